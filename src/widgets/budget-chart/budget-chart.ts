import { html, nothing, render, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { KpmElement } from '../../core/base-element.js';
import { renderLiveRegion } from '../../core/a11y-announce.js';
import { csvBlob } from '../../core/csv.js';
import { downloadBlob, serializeSvg, svgBlob, svgToPng } from '../../core/download.js';
import { formatDate, formatNumber, formatPercent, formatRupiah } from '../../core/format.js';
import { rovingIndex } from '../../core/roving-focus.js';
import { sanitizeHttpUrl, sanitizeUrl } from '../../core/sanitize-url.js';
import { availableYears, pickApbdes, siltapShare, snapshotDates, versionsOfYear } from '../../model/index.js';
import { danaDesaKegiatan } from '../../model/apbdes-dana-desa.js';
import type { Apbdes, KpmDesaDataset, VersiApbdes } from '../../schema/index.js';
import { LABEL_VERSI_APBDES } from '../../schema/entities/enums.js';
import type { ValidationIssue } from '../../schema/issues.js';
import type { DatasetResult, DatasetState } from '../../core/dataset-state.js';
import type { CsvFile } from '../../core/dataset-controller.js';
import { renderBars } from './bars.js';
import { budgetChartStyles } from './budget-chart.styles.js';
import { renderChartSvg, svgHeight, SVG_WIDTH, type SvgColors } from './chart-svg.js';
import { BUDGET_VIEWS, budgetStrings, type BudgetView } from './strings.js';
import { changesTable, chartModel, modelCsv, rowsTable, type ChartModel } from './view-model.js';
import { budgetChartValidator } from './validator.js';
import { villageTitle } from '../../core/village.js';

/** Schema warnings and the views where each one applies. */
const WARNING_VIEWS: Readonly<Record<string, readonly BudgetView[]>> = {
  apbdes_version_twice: ['ringkasan'],
  realisasi_over_anggaran: ['ringkasan', 'pendapatan', 'belanja', 'jenis', 'pembiayaan'],
  silpa_not_zero: ['ringkasan', 'pembiayaan'],
  siltap_over_30: ['ringkasan', 'jenis'],
  sumber_dana_overspent: ['ringkasan'],
};

/**
 * `<kpm-budget-chart>`: the APBDes transparency chart — where the money comes from, where it
 * goes and how much is spent so far, as bars with one tab stop, a generated summary, a real
 * table of the same numbers and CSV/SVG/PNG downloads.
 *
 * @attr view - ringkasan | pendapatan | belanja | jenis | pembiayaan | tren (default ringkasan).
 * @attr year - Fiscal year (default: the latest in the data).
 * @attr version - rancangan | murni | perubahan, or a budget's `id` (default: the current budget of the year).
 * @attr as-of - Realisation date YYYY-MM-DD (default: the latest snapshot).
 * @attr src - A dataset JSON file, or a CSV of budget lines in the template of docs/budget-csv.md
 *   (read as CSV when served as `text/csv` or when the path ends in `.csv`).
 * @attr village-name - For a CSV `src`: the village's name (default: the surrounding `<kpm-data>`'s).
 * @attr village-code - For a CSV `src`: the Kemendagri village code, e.g. 33.99.01.2001 (optional).
 * @attr version - For a CSV `src` also the version of rows without a `versi` cell (default murni).
 * @csspart figure - The chart's figure. @csspart title - Its heading. @csspart summary - The generated summary.
 * @csspart controls - View, year, version and date pickers. @csspart chart - The list of marks. @csspart no-rows - Said instead, when the budget has no line for the view.
 * @csspart bar-row - One mark's row. @csspart bar - One mark. @csspart tooltip - The tooltip.
 * @csspart table - The data table. @csspart table-more - Under a long table: how many rows show, and the button for more. @csspart warnings - Data warnings. @csspart kontak - The complaints line.
 * @event kpm-select - A bar was opened in the belanja drill-down. Detail: `{ path: string[] }`.
 */
export class KpmBudgetChart extends KpmElement {
  static override dataKeys = ['apbdes'];
  static override datasetValidator = budgetChartValidator;
  static override styles = [...KpmElement.styles, budgetChartStyles];

  /** Reads `src` CSVs in the budget template; the core loader calls it (dataset-controller.ts). */
  static csvImporter = (text: string, host: HTMLElement, file: CsvFile): Promise<DatasetResult> => (host as KpmBudgetChart).importCsv(text, file);

  @property({ reflect: true }) view: string = 'ringkasan';
  @property({ type: Number, reflect: true }) year?: number;
  @property({ reflect: true }) version?: string;
  @property({ reflect: true, attribute: 'as-of' }) asOf?: string;
  @property({ attribute: 'village-name' }) villageName?: string;
  @property({ attribute: 'village-code' }) villageCode?: string;

  @state() private path: string[] = [];
  @state() private active = 0;
  @state() private tip: number | null = null;
  @state() private showTable = false;
  @state() private pendapatanLevel: 'jenis' | 'kelompok' = 'jenis';
  @state() private announcement = '';

  private focusPending = false;
  private current: { apbdes: Apbdes; model: ChartModel; title: string } | null = null;

  /**
   * A CSV of budget lines to a validated dataset; the village from attributes or `<kpm-data>`.
   * The importer is its own chunk: pages that load JSON never download it.
   */
  private async importCsv(text: string, file: CsvFile): Promise<DatasetResult> {
    const { importBudgetCsvWith } = await import('../../schema/import/budget-csv-validated.js');
    const outer = (this.closest('kpm-data') as { state?: DatasetState } | null)?.state;
    const desa = outer?.status === 'ready' ? outer.result.data?.desa : undefined;
    const pinned = /^\d{4}-\d{2}-\d{2}$/.test(this.today ?? '') ? `${this.today}T00:00:00Z` : null;
    // "Data per …" is when the file last changed on the server, not when it was read.
    const generatedAt = pinned ?? file.lastModified ?? new Date().toISOString().replace(/\.\d+Z$/, 'Z');
    return importBudgetCsvWith(budgetChartValidator, text, {
      desa: this.villageName ? undefined : desa,
      namaDesa: this.villageName,
      kodeWilayah: this.villageCode,
      versi: this.version,
      generatedAt,
    });
  }

  private get viewName(): BudgetView {
    return (BUDGET_VIEWS as readonly string[]).includes(this.view) ? (this.view as BudgetView) : 'ringkasan';
  }

  private get strings() {
    return budgetStrings(this.language);
  }

  /**
   * The budget shown: the asked year and version, falling back to the current one. `version`
   * may also be a budget's id, as the version picker sets it when a year has two budgets of
   * one version (a draft beside the enacted one).
   */
  private pick(list: readonly Apbdes[]): Apbdes | undefined {
    const byId = list.find((a) => a.id === this.version && (this.year === undefined || a.tahunAnggaran === this.year));
    if (byId) return byId;
    const versi = this.version && this.version in LABEL_VERSI_APBDES ? (this.version as VersiApbdes) : undefined;
    return pickApbdes(list, { year: this.year, versi }) ?? pickApbdes(list, { year: this.year }) ?? pickApbdes(list);
  }

  protected override hasContent(data: KpmDesaDataset): boolean {
    return (data.apbdes ?? []).length > 0;
  }

  protected override emptyMessage(): string {
    return this.strings.empty;
  }

  protected override documentUrl(data: KpmDesaDataset): string | undefined {
    return this.pick(data.apbdes ?? [])?.dokumenUrl;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('view') || changed.has('year') || changed.has('version')) {
      this.path = [];
      this.active = 0;
      this.tip = null;
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.focusPending) {
      this.focusPending = false;
      (this.renderRoot.querySelector(`.mark[data-index="${this.active}"]`) as HTMLElement | null)?.focus();
    }
  }

  private chartTitle(data: KpmDesaDataset, apbdes: Apbdes): string {
    return this.strings.title(villageTitle(data.desa, this.language), apbdes.tahunAnggaran, this.versionName(apbdes));
  }

  /** "Perubahan", or "Perubahan, draf" for a budget not yet enacted: a draft must not read as the enacted budget. */
  private versionName(a: Apbdes): string {
    return a.status === 'draf' ? this.strings.draftVersion[a.versi] : LABEL_VERSI_APBDES[a.versi][this.language];
  }

  protected renderReady(data: KpmDesaDataset): TemplateResult {
    const all = data.apbdes ?? [];
    const apbdes = this.pick(all)!;
    const s = this.strings;
    const view = this.viewName;
    const model = chartModel({
      view,
      apbdes,
      all,
      asOf: this.asOf,
      path: this.path,
      pendapatanLevel: this.pendapatanLevel,
      lang: this.language,
      s,
    });
    const title = this.chartTitle(data, apbdes);
    this.current = { apbdes, model, title };
    const active = Math.min(this.active, Math.max(0, model.rows.length - 1));
    return html`<figure part="figure" aria-labelledby="title">
        <figcaption>
          <h2 id="title" part="title">${title}</h2>
          <p class="summary" part="summary">${model.summary}</p>
        </figcaption>
        ${this.controls === 'none' ? nothing : this.renderControls(all, apbdes)}
        ${this.renderWarnings(all.indexOf(apbdes), view)}
        ${view === 'belanja' ? this.renderBreadcrumb(model) : nothing}
        ${view === 'pendapatan' && this.controls !== 'none' ? this.renderLevelToggle() : nothing}
        ${model.rows.length === 0
          ? html`<p class="no-rows" part="no-rows" role="status">${s.noRows(s.views[view])}</p>`
          : renderBars({
            rows: model.rows,
            active,
            tip: this.tip,
            s,
            lang: this.language,
            cards: view === 'ringkasan',
            realised: model.realised !== false,
            label: s.chartLabel(s.views[view]),
            onKey: (e) => this.onKey(e),
            onActivate: (i) => this.onActivate(i),
            onFocus: (i) => this.onFocusMark(i),
            onHover: (i) => (this.tip = i),
          })}
        <p id="drill-hint" class="sr-only">${s.drillHint}</p>
        ${view === 'jenis' ? this.renderSiltap(apbdes) : nothing}
        ${view === 'tren' ? this.renderChanges(model) : nothing}
        ${view === 'ringkasan' ? this.renderDanaDesa(apbdes) : nothing}
        <div class="actions">
          <button type="button" aria-expanded=${this.showTable ? 'true' : 'false'} aria-controls="table"
            @click=${() => (this.showTable = !this.showTable)}>${this.showTable ? s.hideTable : s.showTable}</button>
          ${this.controls === 'none'
            ? nothing
            : html`<span class="views" role="group" aria-label=${s.downloads}>
                <button type="button" data-download="csv" @click=${() => this.downloadCsv()}>${s.downloadCsv}</button>
                <button type="button" data-download="svg" @click=${() => this.downloadSvg()}>${s.downloadSvg}</button>
                <button type="button" data-download="png" @click=${() => this.downloadPng()}>${s.downloadPng}</button>
              </span>`}
        </div>
        <div id="table" class="table-wrap" ?hidden=${!this.showTable}>
          ${this.showTable ? this.renderTables(model, title) : nothing}
        </div>
        ${this.renderKontak(data)}
      </figure>
      ${renderLiveRegion(this.announcement)}`;
  }

  private renderControls(all: readonly Apbdes[], apbdes: Apbdes): TemplateResult {
    const s = this.strings;
    const years = availableYears(all);
    const versions = versionsOfYear(all, apbdes.tahunAnggaran);
    // An `as-of` between two reports (the figures are each line's latest report by then) is an
    // option of its own, so the picker shows the date the summary names.
    const reported = snapshotDates(apbdes);
    const dates = this.asOf && !reported.includes(this.asOf) ? [...reported, this.asOf].sort() : reported;
    const shownDate = this.asOf ?? dates[dates.length - 1];
    return html`<div class="controls" part="controls">
      <div class="views" role="group" aria-label=${s.viewLabel}>
        ${BUDGET_VIEWS.map(
          (v) => html`<button type="button" data-view=${v} aria-pressed=${v === this.viewName ? 'true' : 'false'}
            @click=${() => (this.view = v)}>${s.views[v]}</button>`,
        )}
      </div>
      ${years.length > 1
        ? html`<label class="select">${s.yearLabel}
            <select name="year" @change=${(e: Event) => this.pickYear(Number((e.target as HTMLSelectElement).value))}>
              ${years.map((y) => html`<option value=${y} ?selected=${y === apbdes.tahunAnggaran}>${y}</option>`)}
            </select></label>`
        : nothing}
      ${versions.length > 1
        ? html`<label class="select">${s.versionLabel}
            <select name="version" @change=${(e: Event) => this.pickVersion((e.target as HTMLSelectElement).value)}>
              ${versions.map((a) => {
                // A version with two budgets this year (a draft beside the enacted one) is told apart by its id.
                const twin = versions.some((b) => b !== a && b.versi === a.versi);
                const name = this.versionName(a);
                const ambiguous = twin && versions.some((b) => b !== a && this.versionName(b) === name);
                return html`<option value=${twin ? a.id : a.versi} ?selected=${a === apbdes}>${ambiguous ? `${name} (${a.id})` : name}</option>`;
              })}
            </select></label>`
        : nothing}
      ${dates.length > 1
        ? html`<label class="select">${s.asOfLabel}
            <select name="as-of" @change=${(e: Event) => (this.asOf = (e.target as HTMLSelectElement).value)}>
              ${dates.map((d) => html`<option value=${d} ?selected=${d === shownDate}>${formatDate(d, this.language)}</option>`)}
            </select></label>`
        : nothing}
    </div>`;
  }

  private pickYear(year: number): void {
    this.year = year;
    this.version = undefined;
    this.asOf = undefined;
  }

  private pickVersion(version: string): void {
    this.version = version;
    this.asOf = undefined;
  }

  private renderLevelToggle(): TemplateResult {
    const s = this.strings;
    return html`<div class="views" role="group" aria-label=${s.views.pendapatan}>
      ${(['jenis', 'kelompok'] as const).map(
        (level) => html`<button type="button" data-level=${level} aria-pressed=${this.pendapatanLevel === level ? 'true' : 'false'}
          @click=${() => {
            this.pendapatanLevel = level;
            this.active = 0;
            this.tip = null;
          }}>${s.pendapatanBy[level]}</button>`,
      )}
    </div>`;
  }

  private renderBreadcrumb(model: ChartModel): TemplateResult {
    const trail = model.trail;
    return html`<nav aria-label=${this.strings.breadcrumbLabel} part="breadcrumb">
      <ol>
        ${trail.map((step, i) =>
          i === trail.length - 1
            ? html`<li><span aria-current="location">${step.label}</span></li>`
            : html`<li><button type="button" @click=${() => this.goUp(trail.length - 1 - i)}>${step.label}</button></li>`,
        )}
      </ol>
    </nav>`;
  }

  private renderWarnings(index: number, view: BudgetView): TemplateResult | typeof nothing {
    const st = this.datasetState;
    if (st.status !== 'ready' || index < 0) return nothing;
    // Issue paths name input positions; an unsound APBDes left out earlier shifts the rest.
    const prefix = `apbdes[${st.result.inputIndex?.apbdes?.[index] ?? index}]`;
    const shown = st.result.issues.filter(
      (i: ValidationIssue) =>
        i.severity === 'warning' &&
        (i.path === prefix || i.path.startsWith(`${prefix}.`)) &&
        WARNING_VIEWS[i.code]?.includes(view),
    );
    if (!shown.length) return nothing;
    return html`<div class="warnings" part="warnings" role="note">
      <p><strong>⚠ ${this.strings.warningsTitle}</strong></p>
      <ul>${shown.map((i) => html`<li>${i.message[this.language]}</li>`)}</ul>
    </div>`;
  }

  private renderSiltap(apbdes: Apbdes): TemplateResult {
    const s = this.strings;
    const lang = this.language;
    const sh = siltapShare(apbdes);
    const width = (f: number | null) => Math.min(1000, Math.round((f ?? 0) * 1000));
    return html`<div class="siltap" part="siltap">
      <p>${s.siltap(formatPercent(sh.share, lang), formatRupiah(sh.siltap, lang), formatPercent(sh.threshold, lang))}
        <strong>${sh.over ? s.siltapOver : s.siltapWithin}</strong></p>
      <svg class="meter" viewBox="0 0 1000 24" preserveAspectRatio="none" role="img"
        aria-label=${`${s.siltapBasis}: ${formatPercent(sh.share, lang)} / ${formatPercent(sh.threshold, lang)}`}>
        <rect class="track" x="0" y="2" width="1000" height="20"></rect>
        <rect class=${sh.over ? 'fill over' : 'fill'} x="0" y="6" width=${width(sh.share)} height="12"></rect>
        <line class="cap" x1=${width(sh.threshold)} x2=${width(sh.threshold)} y1="0" y2="24"></line>
      </svg>
    </div>`;
  }

  private renderChanges(model: ChartModel): TemplateResult {
    const s = this.strings;
    const lang = this.language;
    return html`<div class="extra" part="changes">
      <h3>${s.perubahanTitle}</h3>
      ${model.changes.length
        ? html`<ul class="changes">${model.changes.map(
            (c) => html`<li>${c.uraian}: ${formatRupiah(c.semula, lang)} → ${formatRupiah(c.menjadi, lang)}</li>`,
          )}</ul>`
        : html`<p>${s.noPerubahan}</p>`}
    </div>`;
  }

  /**
   * The baliho's Dana Desa list. A list of labelled facts rather than a four-column table, so
   * it reads the same on a 320 px phone (stacked) as on a wide page or paper (one line each).
   */
  private renderDanaDesa(apbdes: Apbdes): TemplateResult | typeof nothing {
    const s = this.strings;
    const rows = danaDesaKegiatan(apbdes, 5, this.asOf);
    if (!rows.length) return nothing;
    return html`<section class="extra" part="dana-desa" aria-labelledby="dd-title">
      <h3 id="dd-title">${s.danaDesaTitle}</h3>
      <ul class="dd-list">
        ${rows.map(
          (r) => html`<li>
            <span class="dd-name">${r.namaKegiatan}</span>
            <span class="dd-meta">${r.lokasi ? html`<span>${s.lokasi}: ${r.lokasi}</span>` : nothing}
              ${r.volume !== undefined ? html`<span>${s.volume}: ${`${formatNumber(r.volume, this.language)} ${r.satuan ?? ''}`.trim()}</span>` : nothing}</span>
            <span class="dd-amount"><span class="sr-only">${s.anggaran}: </span>${formatRupiah(r.anggaran, this.language)}</span>
          </li>`,
        )}
      </ul>
    </section>`;
  }

  private renderTables(model: ChartModel, title: string): TemplateResult {
    const s = this.strings;
    return html`${this.renderTable(rowsTable(title, model.rows, s, this.language, model.realised !== false))}
      ${model.changes.length ? this.renderTable(changesTable(s.perubahanTitle, model.changes, s, this.language)) : nothing}`;
  }

  private renderKontak(data: KpmDesaDataset): TemplateResult | typeof nothing {
    const k = data.desa.kontak;
    if (!k) return nothing;
    const email = k.email ? sanitizeUrl(`mailto:${k.email}`) : null;
    const tel = k.telepon ? sanitizeUrl(`tel:${k.telepon.replace(/[^\d+]/g, '')}`) : null;
    const web = sanitizeHttpUrl(k.website);
    const parts = [
      k.telepon ? (tel ? html`<a href=${tel}>${k.telepon}</a>` : html`${k.telepon}`) : null,
      k.email ? (email ? html`<a href=${email}>${k.email}</a>` : html`${k.email}`) : null,
      web ? html`<a href=${web} rel="noopener noreferrer" target="_blank">${k.website}</a>` : null,
      k.alamat ? html`${k.alamat}` : null,
    ].filter((p) => p !== null);
    if (!parts.length) return nothing;
    return html`<p class="kontak" part="kontak">${this.strings.kontak}: ${parts.map((p, i) => html`${i ? ' · ' : ''}${p}`)}</p>`;
  }

  // --- interaction ---

  private onFocusMark(index: number): void {
    this.active = index;
    this.tip = index;
  }

  private onActivate(index: number): void {
    const row = this.current?.model.rows[index];
    if (!row) return;
    if (row.drill && this.viewName === 'belanja') {
      this.path = [...this.path, row.key];
      this.active = 0;
      this.tip = null;
      this.focusPending = true;
      this.emit('kpm-select', { path: [...this.path] });
      this.announceLevel();
    } else {
      this.tip = this.tip === index ? null : index;
    }
  }

  /** Goes `levels` up the drill-down and puts focus back on the bar it came from. */
  private goUp(levels = 1): void {
    if (!this.path.length) return;
    const cut = Math.max(0, this.path.length - levels);
    const from = this.path[cut];
    this.path = this.path.slice(0, cut);
    this.tip = null;
    this.focusPending = true;
    // The index is found after the re-render, from the key of the bar we left.
    void this.updateComplete.then(() => {
      const i = this.current?.model.rows.findIndex((r) => r.key === from) ?? -1;
      if (i >= 0 && i !== this.active) {
        this.active = i;
        this.focusPending = true;
      }
      this.announceLevel();
    });
  }

  private announceLevel(): void {
    void this.updateComplete.then(() => {
      const m = this.current?.model;
      if (!m) return;
      const here = m.trail[m.trail.length - 1];
      this.announcement = this.strings.nowShowing(here?.label ?? '', m.rows.length);
    });
  }

  private onKey(e: KeyboardEvent): void {
    const rows = this.current?.model.rows ?? [];
    const next = rovingIndex(e.key, this.active, rows.length);
    if (next !== null) {
      e.preventDefault();
      this.active = next;
      this.tip = next;
      this.focusPending = true;
      return;
    }
    if (e.key !== 'Escape') return;
    if (this.tip !== null) {
      this.tip = null;
    } else if (this.path.length) {
      this.goUp();
    } else {
      return;
    }
    e.preventDefault();
    e.stopPropagation();
  }

  // --- downloads ---

  /** The CSV text's rows, as the download writes them (for developers and tests). */
  csvRows() {
    return this.current ? modelCsv(this.current.model, this.strings) : [];
  }

  private fileBase(): string {
    const a = this.current?.apbdes;
    return `apbdes-${a?.tahunAnggaran ?? ''}-${a?.versi ?? ''}-${this.viewName}`;
  }

  private downloadCsv(): void {
    downloadBlob(csvBlob(this.csvRows()), `${this.fileBase()}.csv`);
  }

  /** The chart as standalone SVG text, with the colours the page shows. */
  chartSvg(): string {
    if (!this.current) return '';
    const cs = getComputedStyle(this);
    const v = (name: string) => cs.getPropertyValue(name).trim();
    const colors: SvgColors = {
      text: v('--_text'),
      muted: v('--_muted'),
      bg: v('--_bg'),
      surface: v('--_surface'),
      tones: {
        b1: v('--_bidang-1'), b2: v('--_bidang-2'), b3: v('--_bidang-3'), b4: v('--_bidang-4'), b5: v('--_bidang-5'),
        in: v('--_accent'), out: v('--_bidang-2'),
      },
    };
    const { model, title } = this.current;
    const host = document.createElement('div');
    render(renderChartSvg(title, model.summary, model.rows, colors, this.strings, this.language, model.realised !== false), host);
    return serializeSvg(host.querySelector('svg')!);
  }

  private downloadSvg(): void {
    downloadBlob(svgBlob(this.chartSvg()), `${this.fileBase()}.svg`);
  }

  private async downloadPng(): Promise<void> {
    const rows = this.current?.model.rows.length ?? 0;
    const png = await svgToPng(this.chartSvg(), SVG_WIDTH, svgHeight(rows));
    downloadBlob(png, `${this.fileBase()}.png`);
  }
}
