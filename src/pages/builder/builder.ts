import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { renderLiveRegion } from '../../core/a11y-announce.js';
import { downloadBlob } from '../../core/download.js';
import { normalizeLang, type Lang } from '../../core/locale.js';
import type { KpmDesaDataset } from '../../schema/index.js';
import { sanitizeHttpUrl } from '../../core/sanitize-url.js';
import { apbdesPdf, datasetFileName, datasetYears } from './dataset-facts.js';
import { importCsv, importJson, type ImportOutcome } from './import-run.js';
import { readFile, readText, type ReadInput } from './input-read.js';
import { renderIssues, severityCounts } from './issue-view.js';
import { builderStyles } from './builder.styles.js';
import { iframeSnippet, widgetSnippet } from './snippet.js';
import { builderStrings, type DataMode } from './strings.js';
import { hasDataFor, isWidgetName, WIDGET_NAMES, WIDGETS, type WidgetName } from './widgets.js';

const DATA_FILE = 'kpm-data.json';
const DEFAULT_ACCENT = '#0b5cad';
// `new URL(literal, import.meta.url)`: Vite emits the file as an asset of the built page, and
// the dev server and the test server serve it from its place in the repository.
const APBDES_TEMPLATE = new URL('../../../examples/templates/apbdes-template.csv', import.meta.url).href;
const KEGIATAN_TEMPLATE = new URL('../../../examples/templates/kegiatan-template.csv', import.meta.url).href;

/**
 * `<kpm-builder>`: the no-code page for village admins — data in (file, drop, paste; JSON,
 * budget CSV, .xlsx), issues out with rows/lines and fixes, a live preview of every widget,
 * and a snippet to paste. Everything stays in the browser.
 *
 * @attr lang - Page language, `id` (default) or `en`.
 * @attr script-url - Default address of kpm-widgets.js written into the snippet.
 * @attr embed-url - Address of embed.html for the iframe snippet (default: next to the page).
 */
export class KpmBuilder extends LitElement {
  static override styles = builderStyles;

  @property({ reflect: true }) override lang = 'id';
  @property({ attribute: 'script-url' }) scriptUrl = '';
  @property({ attribute: 'embed-url' }) embedUrl = '';

  @state() private outcome: ImportOutcome | null = null;
  @state() private source: { name: string; kind: 'json' | 'apbdes' | 'kegiatan' | 'xlsx' } | null = null;
  @state() private problem: string | null = null;
  @state() private status = '';
  @state() private dragging = false;
  @state() private namaDesa = '';
  @state() private kodeWilayah = '';
  @state() private merge = false;
  @state() private widget: WidgetName = 'budget-chart';
  @state() private widgetLang: Lang = 'id';
  @state() private year = '';
  @state() private useAccent = false;
  @state() private accent = DEFAULT_ACCENT;
  @state() private showAll = false;
  /** Per widget: view and attribute values the admin chose ('' = the widget's default). */
  @state() private options: Record<WidgetName, Record<string, string>> = Object.fromEntries(
    WIDGET_NAMES.map((n) => [n, { view: WIDGETS[n].views[0] ?? '' }]),
  ) as unknown as Record<WidgetName, Record<string, string>>;
  @state() private mode: DataMode = 'inline';
  @state() private scriptUrlInput = '';
  @state() private dataUrl = '';

  private focusResults = false;

  private get language(): Lang {
    return normalizeLang(this.lang);
  }

  private get s() {
    return builderStrings(this.language);
  }

  private get data() {
    return this.outcome?.data ?? null;
  }

  // ---- input ----

  private async onFile(e: Event): Promise<void> {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    if (file) await this.importFile(file);
  }

  private onDragOver(e: DragEvent): void {
    e.preventDefault();
    this.dragging = true;
  }

  private async onDrop(e: DragEvent): Promise<void> {
    e.preventDefault();
    this.dragging = false;
    const file = e.dataTransfer?.files[0];
    if (file) await this.importFile(file);
  }

  private onPaste(): void {
    const text = (this.renderRoot.querySelector('#paste') as HTMLTextAreaElement).value;
    this.importRead(readText(text, this.language === 'en' ? 'pasted text' : 'teks tempelan'));
  }

  /** Reads and imports one file; public so pages and tests can hand over a File directly. */
  async importFile(file: File): Promise<void> {
    this.status = this.s.reading(file.name);
    this.importRead(await readFile(file));
  }

  private importRead(input: ReadInput): void {
    if (!input.ok) {
      this.problem = this.s.problem[input.problem];
      this.outcome = null;
      this.status = this.problem;
      this.focusResults = true;
      return;
    }
    this.problem = null;
    const current = this.data;
    const outcome =
      input.kind === 'json'
        ? importJson(input.text)
        : importCsv(input.text, {
            namaDesa: this.namaDesa,
            kodeWilayah: this.kodeWilayah,
            current,
            merge: this.merge,
            generatedAt: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
          });
    this.source = { name: input.name, kind: input.fromXlsx ? 'xlsx' : outcome.source };
    this.outcome = outcome;
    if (outcome.data) {
      // A JSON names its village; after a CSV the fields keep what the admin typed.
      if (input.kind === 'json') {
        this.namaDesa = outcome.data.desa.nama;
        this.kodeWilayah = outcome.data.desa.kodeWilayah;
      }
      const years = datasetYears(outcome.data);
      if (this.year !== '' && !years.includes(Number(this.year))) this.year = '';
      // A kegiatan-only file previews as a timeline, not as an empty budget chart.
      const data = outcome.data as unknown as Record<string, unknown>;
      if (!hasDataFor(this.widget, data)) this.widget = WIDGET_NAMES.find((n) => hasDataFor(n, data)) ?? this.widget;
    }
    const counts = severityCounts(outcome);
    this.status = this.s.imported(counts.error, counts.warning);
    this.focusResults = true;
  }

  // ---- options ----

  private setOption(name: string, value: string): void {
    this.options = { ...this.options, [this.widget]: { ...this.options[this.widget], [name]: value } };
  }

  /** The attributes a widget gets, in snippet order; '' values are left out by the writers. */
  private attributesOf(name: WidgetName): [string, string][] {
    const spec = WIDGETS[name];
    const chosen = this.options[name];
    const out: [string, string][] = [['lang', this.widgetLang]];
    if (spec.views.length) out.push(['view', chosen.view ?? '']);
    if (spec.year) out.push(['year', this.year]);
    for (const a of spec.attributes) out.push([a.name, chosen[a.name] ?? '']);
    return out;
  }

  // ---- snippet ----

  private get defaultScriptUrl(): string {
    return this.scriptUrl || new URL('../kpm-widgets.js', location.href).href;
  }

  private snippetMemo: { data: unknown; key: string; text: string } | null = null;

  /** The snippet, rebuilt only when an option or the data changed (inline data can be megabytes). */
  private snippet(): string {
    const data = this.data;
    if (!data) return '';
    const key = JSON.stringify([this.widget, this.attributesOf(this.widget), this.mode, this.scriptUrlInput, this.defaultScriptUrl,
      this.dataUrl, this.useAccent, this.accent, this.lang, this.embedUrl]);
    if (this.snippetMemo?.data !== data || this.snippetMemo.key !== key) {
      this.snippetMemo = { data, key, text: this.buildSnippet(data) };
    }
    return this.snippetMemo.text;
  }

  private buildSnippet(data: KpmDesaDataset): string {
    const spec = WIDGETS[this.widget];
    const s = this.s;
    const accent = this.useAccent ? this.accent : null;
    if (this.mode === 'iframe') {
      const params: [string, string][] = this.attributesOf(this.widget);
      if (accent) params.push(['accent', accent]);
      return iframeSnippet({
        embedUrl: this.embedUrl || new URL('embed.html', location.href).href,
        widget: this.widget,
        src: sanitizeHttpUrl(this.dataUrl) ?? '',
        params,
        frame: `kpm-${this.widget}`,
        title: s.iframeTitle(s.widgetNames[this.widget], data.desa.nama),
        height: 640,
      });
    }
    const year = this.year === '' ? undefined : Number(this.year);
    const pdf = apbdesPdf(data, year);
    return widgetSnippet({
      scriptUrl: this.scriptUrlInput || this.defaultScriptUrl,
      tag: spec.tag,
      attributes: this.attributesOf(this.widget),
      accent,
      fallback: pdf
        ? { href: pdf.href, text: s.fallbackPdf(data.desa.nama, String(pdf.tahun)) }
        : { href: null, text: s.fallbackText(data.desa.nama) },
      data: this.mode === 'inline' ? { inline: data } : { src: DATA_FILE },
    });
  }

  private async copy(): Promise<void> {
    const area = this.renderRoot.querySelector('#snippet') as HTMLTextAreaElement;
    let message = this.s.copied;
    try {
      await navigator.clipboard.writeText(area.value);
    } catch {
      area.focus();
      area.select();
      message = document.execCommand('copy') ? this.s.copied : this.s.copyFailed;
    }
    // Cleared first, so a second copy is announced again.
    this.status = '';
    await this.updateComplete;
    this.status = message;
  }

  private download(name: string): void {
    const data = this.data;
    if (!data) return;
    downloadBlob(new Blob([JSON.stringify(data, null, 2) + '\n'], { type: 'application/json' }), name);
  }

  // ---- lifecycle ----

  protected override willUpdate(changed: PropertyValues): void {
    // The widgets speak the page's language until the admin picks another for them.
    if (changed.has('lang')) this.widgetLang = this.language;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.syncPreview();
    if (this.focusResults) {
      this.focusResults = false;
      (this.renderRoot.querySelector('#results') as HTMLElement | null)?.focus();
    }
  }

  /**
   * The preview is built by hand rather than by the template: the tag and the attribute set
   * change with the chosen widget, and accent goes through the CSSOM (CSP-safe).
   */
  private syncPreview(): void {
    const box = this.renderRoot.querySelector('#preview');
    const data = this.data;
    if (!box || !data) return;
    const names = this.showAll ? [...WIDGET_NAMES] : [this.widget];
    const existing = [...box.children] as (HTMLElement & { data?: unknown })[];
    if (existing.map((e) => e.localName).join() !== names.map((n) => WIDGETS[n].tag).join()) {
      box.replaceChildren(...names.map((n) => document.createElement(WIDGETS[n].tag)));
    }
    ([...box.children] as (HTMLElement & { data?: unknown })[]).forEach((el, k) => {
      const name = names[k]!;
      for (const [attr, value] of this.attributesOf(name)) {
        if (value === '') el.removeAttribute(attr);
        else if (el.getAttribute(attr) !== value) el.setAttribute(attr, value);
      }
      if (this.useAccent) el.style.setProperty('--kpm-color-accent', this.accent);
      else el.style.removeProperty('--kpm-color-accent');
      if (el.data !== data) el.data = data;
    });
  }

  // ---- render ----

  override render() {
    const s = this.s;
    return html`<div class="page" lang=${this.language}>
      <a class="skip" href="#content" @click=${this.skip}>${s.skip}</a>
      <header>
        <h1>${s.title}</h1>
        <div class="langs" role="group" aria-label=${s.langLabel}>
          ${(['id', 'en'] as const).map(
            (l) => html`<button type="button" lang=${l} aria-pressed=${this.language === l ? 'true' : 'false'}
              @click=${() => this.setLang(l)}>${s.langNames[l]}</button>`,
          )}
        </div>
        <p>${s.intro}</p>
      </header>
      <div id="content" tabindex="-1">
        ${this.renderInput()} ${this.renderResults()} ${this.data ? html`${this.renderPreview()} ${this.renderSnippet()}` : nothing}
      </div>
      ${renderLiveRegion(this.status)}
    </div>`;
  }

  private skip(e: Event): void {
    e.preventDefault();
    (this.renderRoot.querySelector('#content') as HTMLElement).focus();
  }

  private setLang(l: Lang): void {
    this.lang = l;
  }

  private renderInput() {
    const s = this.s;
    return html`<section aria-labelledby="input-title">
      <h2 id="input-title">${s.inputTitle}</h2>
      <div class="drop ${this.dragging ? 'dragging' : ''}" @dragover=${this.onDragOver}
        @dragleave=${() => (this.dragging = false)} @drop=${this.onDrop}>
        <label for="file">${s.fileLabel}</label>
        <input id="file" type="file" accept=".json,.csv,.txt,.xlsx,application/json,text/csv" aria-describedby="file-hint" @change=${this.onFile} />
        <p id="file-hint" class="hint-text">${this.dragging ? s.dropHere : s.fileHint}</p>
      </div>
      <label for="paste">${s.pasteLabel}</label>
      <textarea id="paste" rows="5" spellcheck="false"></textarea>
      <button type="button" @click=${this.onPaste}>${s.pasteButton}</button>
      <fieldset>
        <legend>${s.villageLegend}</legend>
        <p class="hint-text" id="village-hint">${s.villageHint}</p>
        <label for="nama">${s.namaDesa}</label>
        <input id="nama" type="text" autocomplete="off" .value=${this.namaDesa} aria-describedby="village-hint"
          @input=${(e: Event) => (this.namaDesa = (e.target as HTMLInputElement).value)} />
        <label for="kode">${s.kodeWilayah}</label>
        <input id="kode" type="text" autocomplete="off" inputmode="decimal" .value=${this.kodeWilayah}
          @input=${(e: Event) => (this.kodeWilayah = (e.target as HTMLInputElement).value)} />
        <div class="check">
          <input id="merge" type="checkbox" .checked=${this.merge} ?disabled=${!this.data} aria-describedby="merge-hint"
            @change=${(e: Event) => (this.merge = (e.target as HTMLInputElement).checked)} />
          <label for="merge">${s.merge}</label>
        </div>
        <p class="hint-text" id="merge-hint">${s.mergeHint}</p>
      </fieldset>
      <p class="templates">${s.templates}:
        <a href=${APBDES_TEMPLATE} download="apbdes-template.csv">${s.templateApbdes}</a> ·
        <a href=${KEGIATAN_TEMPLATE} download="kegiatan-template.csv">${s.templateKegiatan}</a></p>
    </section>`;
  }

  private renderResults() {
    const s = this.s;
    const o = this.outcome;
    let summary: unknown;
    if (this.problem) summary = html`<p class="summary error">${this.problem}</p>`;
    else if (!o) summary = html`<p class="summary">${s.noData}</p>`;
    else {
      const c = severityCounts(o);
      const from = this.source ? s.sourceName(this.source.name, s.kinds[this.source.kind]) : '';
      const verdict = !o.data ? s.invalid : o.ok ? s.valid : s.partial;
      summary = html`<p class="summary ${o.data ? '' : 'error'}">${from} ${verdict} ${s.counts(c.error, c.warning, c.info)}</p>`;
    }
    return html`<section aria-labelledby="results-title">
      <h2 id="results-title">${s.issuesTitle}</h2>
      <div id="results" tabindex="-1">${summary}</div>
      ${o ? renderIssues(o, this.language) : nothing}
    </section>`;
  }

  private renderPreview() {
    const s = this.s;
    const spec = WIDGETS[this.widget];
    const chosen = this.options[this.widget];
    const years = datasetYears(this.data!);
    const select = (id: string, label: string, value: string, values: readonly string[], on: (v: string) => void, names?: (v: string) => string) =>
      html`<div class="field"><label for=${id}>${label}</label>
        <select id=${id} @change=${(e: Event) => on((e.target as HTMLSelectElement).value)}>
          ${values.map((v) => html`<option value=${v} ?selected=${v === value}>${names ? names(v) : v || s.defaultOption}</option>`)}
        </select></div>`;
    return html`<section aria-labelledby="preview-title">
      <h2 id="preview-title">${s.previewTitle}</h2>
      <fieldset class="options">
        <legend>${s.optionsLegend}</legend>
        ${select('widget', s.widget, this.widget, WIDGET_NAMES, (v) => isWidgetName(v) && (this.widget = v), (v) => s.widgetNames[v as WidgetName])}
        ${spec.views.length ? select('view', s.view, chosen.view ?? '', spec.views, (v) => this.setOption('view', v)) : nothing}
        ${spec.year
          ? select('year', s.year, this.year, ['', ...years.map(String)], (v) => (this.year = v), (v) => v || s.allYears)
          : nothing}
        ${select('wlang', s.language, this.widgetLang, ['id', 'en'], (v) => (this.widgetLang = normalizeLang(v)), (v) => s.langNames[v as Lang])}
        ${spec.attributes.map((a) =>
          a.options
            ? select(`attr-${a.name}`, a.name, chosen[a.name] ?? '', a.options, (v) => this.setOption(a.name, v))
            : html`<div class="field"><label for=${`attr-${a.name}`}>${a.name}</label>
                <input id=${`attr-${a.name}`} type="text" .value=${chosen[a.name] ?? ''}
                  @change=${(e: Event) => this.setOption(a.name, (e.target as HTMLInputElement).value.trim())} /></div>`,
        )}
        <div class="field check">
          <input id="use-accent" type="checkbox" .checked=${this.useAccent} @change=${(e: Event) => (this.useAccent = (e.target as HTMLInputElement).checked)} />
          <label for="use-accent">${s.useAccent}</label>
        </div>
        <div class="field"><label for="accent">${s.accent}</label>
          <input id="accent" type="color" .value=${this.accent} ?disabled=${!this.useAccent}
            @input=${(e: Event) => (this.accent = (e.target as HTMLInputElement).value)} /></div>
        <div class="field check">
          <input id="show-all" type="checkbox" .checked=${this.showAll} @change=${(e: Event) => (this.showAll = (e.target as HTMLInputElement).checked)} />
          <label for="show-all">${s.showAll}</label>
        </div>
      </fieldset>
      <div id="preview" class="preview" role="region" aria-label=${s.previewOf(this.showAll ? s.showAll : s.widgetNames[this.widget])}></div>
    </section>`;
  }

  private renderSnippet() {
    const s = this.s;
    const data = this.data!;
    const year = this.year === '' ? undefined : Number(this.year);
    return html`<section aria-labelledby="snippet-title">
      <h2 id="snippet-title">${s.snippetTitle}</h2>
      <fieldset>
        <legend>${s.dataMode}</legend>
        ${(['inline', 'file', 'iframe'] as const).map(
          (m) => html`<div class="check">
            <input type="radio" name="mode" id=${`mode-${m}`} value=${m} .checked=${this.mode === m} aria-describedby=${`mode-${m}-hint`}
              @change=${() => (this.mode = m)} />
            <label for=${`mode-${m}`}>${s.modes[m]}</label></div>
            <p class="hint-text" id=${`mode-${m}-hint`}>${s.modeHints[m]}</p>`,
        )}
      </fieldset>
      ${this.mode === 'iframe'
        ? html`<div class="field"><label for="data-url">${s.dataUrl}</label>
            <input id="data-url" type="url" .value=${this.dataUrl} aria-describedby="data-url-hint"
              @input=${(e: Event) => (this.dataUrl = (e.target as HTMLInputElement).value.trim())} />
            <p class="hint-text" id="data-url-hint">${s.dataUrlHint}</p></div>`
        : html`<div class="field"><label for="script-url">${s.scriptUrl}</label>
            <input id="script-url" type="url" .value=${this.scriptUrlInput || this.defaultScriptUrl} aria-describedby="script-url-hint"
              @input=${(e: Event) => (this.scriptUrlInput = (e.target as HTMLInputElement).value.trim())} />
            <p class="hint-text" id="script-url-hint">${s.scriptUrlHint}</p></div>`}
      <label for="snippet">${s.snippetLabel}</label>
      <textarea id="snippet" readonly rows="8" spellcheck="false" .value=${this.snippet()}></textarea>
      <div class="actions">
        <button type="button" id="copy" @click=${this.copy}>${s.copy}</button>
        ${this.mode !== 'inline'
          ? html`<button type="button" id="download-file" @click=${() => this.download(DATA_FILE)}>${s.downloadDataFile}</button>`
          : nothing}
        <button type="button" id="download-dataset" @click=${() => this.download(datasetFileName(data, year))}>${s.downloadDataset}</button>
      </div>
    </section>`;
  }
}
