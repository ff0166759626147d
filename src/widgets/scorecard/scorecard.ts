import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { renderLiveRegion } from '../../core/a11y-announce.js';
import { splitList } from '../../core/attr-list.js';
import { KpmElement } from '../../core/base-element.js';
import { csvBlob } from '../../core/csv.js';
import { downloadBlob } from '../../core/download.js';
import { clearDraft, loadDraft, saveDraft } from '../../core/draft-storage.js';
import { formatDate } from '../../core/format.js';
import { rovingIndex } from '../../core/roving-focus.js';
import { teksIn } from '../../core/teks.js';
import { alignToKerangka, blankAssessment, finalizeAssessment, isAssessmentDraft } from '../../model/scorecard-draft.js';
import { groupScorecard, pickGroupIds, type GroupScorecard } from '../../model/scorecard-groups.js';
import { resolveKerangka } from '../../model/scorecard-kerangka.js';
import { assessmentsOf } from '../../model/scorecard-trend.js';
import {
  KPM_8_KRITERIA,
  LABEL_JENIS_KELOMPOK,
  LABEL_METODE_PENILAIAN,
  validatePenilaianKelompok,
  type KerangkaPenilaian,
  type KpmDesaDataset,
  type PenilaianKelompok,
  type ValidationIssue,
} from '../../schema/index.js';
import { renderCriteriaList } from './criteria-list.js';
import { renderEditForm } from './edit-form.js';
import { hasRadar, renderRadar } from './radar.js';
import { scorecardStyles } from './scorecard.styles.js';
import { scorecardStrings } from './strings.js';
import { groupName, scorecardCsv, scoreTable, scoreText, summaryText } from './view-model.js';
import { scorecardValidator } from './validator.js';

/** Detail of `kpm-change` and `kpm-submit`: the assessment as the form would hand it over. */
export interface ScorecardAssessmentDetail {
  penilaian: PenilaianKelompok;
}

interface EditSession {
  key: string;
  kelompokId: string;
  kerangka: KerangkaPenilaian;
  draft: PenilaianKelompok;
  /** The assessment ids the dataset has: a new assessment gets another. */
  taken: ReadonlySet<string>;
}

function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * `<kpm-scorecard>`: a community group's standing on the criteria of its assessment framework
 * (by default the eight KPM Desa criteria) — a bar list with evidence, indicators and
 * recommendations, a radar picture of it, the trend against the previous assessment, and who
 * assessed and how. With `mode="edit"` the group fills in its own assessment.
 *
 * @attr group - Group id(s), space-separated (default: the first `kelompok_pemberdayaan`, else the first group).
 * @attr mode - `edit` for the self-assessment form; read-only otherwise.
 * @attr framework - Edit mode: id of the framework to fill in (default: the group's latest assessment's, else the first in the data, else `kpm-8-kriteria`).
 * @attr lang - `id` (default) or `en`; followed live from the nearest ancestor.
 * @attr src - URL of the dataset JSON. Also: `.data`, inline `<script type="application/json">`, or a `<kpm-data>` ancestor.
 * @attr controls - `none` hides the table toggle, download and print buttons.
 * @attr today - Edit mode: the date a new assessment gets (YYYY-MM-DD; default today).
 * @event kpm-change - Edit mode: every edit. Detail: `{ penilaian }` (the cleaned draft, not yet validated).
 * @event kpm-submit - Edit mode: the group saved a valid assessment. Cancelable. Detail: `{ penilaian }` (a `PenilaianKelompok`).
 * @event kpm-error - The data could not be loaded or has errors in its groups, frameworks or assessments.
 * @event kpm-ready - The widget has data to show.
 * @csspart group - One group's scorecard. @csspart title - Its heading. @csspart method - Who assessed, how and when.
 * @csspart summary - The generated summary. @csspart radar - The radar picture. @csspart criteria - The list of criteria.
 * @csspart criterion - One criterion row. @csspart score - Its score text. @csspart change - Its change since the previous assessment.
 * @csspart flag - The "high score without evidence" flag. @csspart indicators - An indicator checklist. @csspart evidence - An evidence list.
 * @csspart weakest - The weakest criteria and their recommendations. @csspart actions - Buttons. @csspart table - The data table. @csspart table-more - Under a long table: how many rows show, and the button for more.
 * @csspart form - The self-assessment form. @csspart criterion-edit - One criterion's fieldset. @csspart evidence-row - One evidence entry.
 * @csspart error-summary - The list of form errors.
 * @cssproperty --kpm-color-accent - Bars, radar outline and primary button. Every `--kpm-*` token of the theme applies.
 */
export class KpmScorecard extends KpmElement {
  static override dataKeys = ['kelompokKpm', 'kerangkaPenilaian', 'penilaianKpm'];
  static override datasetValidator = scorecardValidator;
  static override styles = [...KpmElement.styles, scorecardStyles];

  @property({ reflect: true }) group?: string;
  @property({ reflect: true }) mode?: string;
  @property({ reflect: true }) framework?: string;

  @state() private showTable = false;
  @state() private announcement = '';
  @state() private active: Record<string, number> = {};
  @state() private errors: ValidationIssue[] = [];

  private groups: GroupScorecard[] = [];
  private session: EditSession | null = null;
  private focusPending: string | null = null;
  /** Criteria (group and kode) opened at least once: only they render their detail content. */
  private readonly opened = new Set<string>();
  /**
   * Every closed criterion's detail, rendered once the browser is idle after the first ready
   * frame: the first frame stays light (the details are half of a scorecard's nodes), and then
   * find-in-page finds an indicator or a piece of evidence, opening its row as it does.
   */
  @state() private allDetails = false;
  private idleFill: number | null = null;

  private get s() {
    return scorecardStrings(this.language);
  }

  private get editing(): boolean {
    return this.mode === 'edit';
  }

  protected override hasContent(data: KpmDesaDataset): boolean {
    return pickGroupIds(data, splitList(this.group)).length > 0;
  }

  protected override emptyMessage(): string {
    return this.editing ? this.s.edit.noGroup : this.s.empty;
  }

  protected override renderSkeleton(): TemplateResult {
    return html`<div class="skeleton" part="skeleton" aria-hidden="true">
      <div class="bar"></div><div class="bar"></div><div class="bar"></div><div class="bar"></div><div class="bar"></div>
    </div>`;
  }

  protected renderReady(data: KpmDesaDataset): TemplateResult {
    return this.editing ? this.renderEdit(data) : this.renderRead(data);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // A removed scorecard is not kept alive by a pending fill (nor filled for nobody).
    if (this.idleFill !== null) (window.cancelIdleCallback ?? window.clearTimeout)(this.idleFill);
    this.idleFill = null;
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    if (!this.allDetails && this.idleFill === null && this.isConnected && this.renderRoot.querySelector('.criteria .detail:empty')) {
      // Safari has no requestIdleCallback: a task after the frame there.
      const whenIdle = window.requestIdleCallback ?? ((fn: () => void) => window.setTimeout(fn, 50));
      this.idleFill = whenIdle(
        () => {
          this.idleFill = null;
          this.allDetails = true;
        },
        { timeout: 2000 },
      );
    }
    if (this.focusPending) {
      const target = this.renderRoot.querySelector<HTMLElement>(this.focusPending);
      this.focusPending = null;
      target?.focus();
    }
  }

  // --- read mode ---

  private renderRead(data: KpmDesaDataset): TemplateResult {
    const s = this.s;
    this.groups = pickGroupIds(data, splitList(this.group)).map((id) => groupScorecard(data, id));
    return html`<div class=${this.groups.length > 1 ? 'groups several' : 'groups'}>
        ${this.groups.map((g) => this.renderGroup(g))}
      </div>
      ${this.controls === 'none'
        ? nothing
        : html`<div class="actions" part="actions" role="group" aria-label=${s.actions}>
            <button type="button" aria-expanded=${this.showTable ? 'true' : 'false'} aria-controls="table"
              @click=${() => (this.showTable = !this.showTable)}>${this.showTable ? s.hideTable : s.showTable}</button>
            <button type="button" data-download="csv" @click=${() => this.downloadCsv()}>${s.downloadCsv}</button>
            <button type="button" data-action="print" @click=${() => window.print()}>${s.print}</button>
          </div>`}
      <div id="table" class="table-wrap" ?hidden=${!this.showTable}>
        ${this.showTable ? this.groups.map((g) => { const t = scoreTable(g, s, this.language); return t ? this.renderTable(t) : nothing; }) : nothing}
      </div>
      ${renderLiveRegion(this.announcement)}`;
  }

  private renderGroup(g: GroupScorecard): TemplateResult {
    const s = this.s;
    const lang = this.language;
    const name = groupName(g);
    const headingId = `title-${g.kelompokId}`;
    const jenis = g.kelompok ? LABEL_JENIS_KELOMPOK[g.kelompok.jenis][lang] : null;
    if (!g.skor) {
      return html`<section class="group" part="group" aria-labelledby=${headingId} data-group=${g.kelompokId}>
        <h2 id=${headingId} part="title">${s.title(name)}</h2>
        ${jenis ? html`<p class="muted">${jenis}</p>` : nothing}
        <p part="summary">${s.noAssessment}</p>
        ${g.tanpaKerangka ? html`<p class="muted">${s.unknownFramework(g.tanpaKerangka)}</p>` : nothing}
      </section>`;
    }
    const score = g.skor;
    const summary = summaryText(score, g.tren, s, lang);
    const maks = scoreText(score.kerangka.skala.maks, lang);
    const radar = hasRadar(score);
    return html`<section class="group" part="group" aria-labelledby=${headingId} data-group=${g.kelompokId}>
      <h2 id=${headingId} part="title">${s.title(name)}</h2>
      <p class="muted">${[jenis, teksIn(score.kerangka.nama, lang)].filter(Boolean).join(' · ')}</p>
      ${this.renderMethod(score.penilaian)}
      <div class="headline">
        <span><span class="big">${score.rataRata === null ? '–' : scoreText(score.rataRata, lang)}</span>
          ${score.rataRata === null ? nothing : html`<span class="muted">/ ${maks}</span>`} ${s.average}</span>
        <span class="big">${s.assessed(score.dinilai, score.total)}</span>
      </div>
      <figure aria-labelledby=${headingId}>
        <p class="summary" part="summary">${summary}</p>
        <div class=${radar ? 'picture' : 'picture list-only'}>
          ${radar
            ? html`<div>
                ${renderRadar(score, g.tren, s.radarLabel)}
                ${g.tren
                  ? html`<p class="legend" aria-hidden="true"><span class="now">${formatDate(score.penilaian.tanggal, lang)}</span>
                      <span class="before">${formatDate(g.tren.sebelumnya.tanggal, lang)}</span></p>`
                  : nothing}
              </div>`
            : nothing}
          ${renderCriteriaList({
            score,
            trend: g.tren,
            active: this.active[g.kelompokId] ?? 0,
            s,
            lang,
            onKey: (e) => this.onKey(e, g),
            onFocus: (i) => (this.active = { ...this.active, [g.kelompokId]: i }),
            isOpen: (kode) => this.allDetails || this.opened.has(`${g.kelompokId}\n${kode}`),
            onOpen: (kode) => this.open(`${g.kelompokId}\n${kode}`),
          })}
        </div>
      </figure>
      ${g.tren ? html`<p class="muted">${s.previous(formatDate(g.tren.sebelumnya.tanggal, lang))}:
        ${g.tren.rataRataSebelumnya === null ? '–' : scoreText(g.tren.rataRataSebelumnya, lang)} / ${maks}</p>` : nothing}
      ${score.terlemah.length
        ? html`<div class="weakest" part="weakest">
            <h3>${s.weakestTitle}</h3>
            <ul>${score.terlemah.map((k) => html`<li><strong>${teksIn(k.nama, lang)}</strong>
              (${scoreText(k.skor!, lang)}${k.label ? ` – ${teksIn(k.label, lang)}` : ''}):
              ${k.rekomendasi ?? s.noRekomendasi}</li>`)}</ul>
          </div>`
        : nothing}
      ${score.penilaian.ringkasan ? html`<p><strong>${s.ringkasan}:</strong> ${score.penilaian.ringkasan}</p>` : nothing}
      ${g.tanpaKerangka ? html`<p class="muted">${s.unknownFramework(g.tanpaKerangka)}</p>` : nothing}
    </section>`;
  }

  private renderMethod(p: PenilaianKelompok): TemplateResult {
    const s = this.s;
    const lang = this.language;
    const who = p.penilai ? [p.penilai.nama, p.penilai.peran ? `(${p.penilai.peran})` : ''].filter(Boolean).join(' ') : '';
    return html`<div class=${p.metode === 'penilaian_mandiri' ? 'method self' : 'method'} part="method" data-metode=${p.metode}>
      <p><span class="kind">${s.method}: ${LABEL_METODE_PENILAIAN[p.metode][lang]}</span>
        ${who ? html` · ${s.by(who)}` : nothing} · ${s.on(formatDate(p.tanggal, lang))}</p>
      <p class="muted">${s.methodNote[p.metode]}</p>
    </div>`;
  }

  private open(key: string): void {
    if (this.opened.has(key)) return;
    this.opened.add(key);
    this.requestUpdate();
  }

  private onKey(e: KeyboardEvent, g: GroupScorecard): void {
    const target = e.target as HTMLElement;
    if (target.tagName !== 'SUMMARY') return;
    const count = g.skor?.kriteria.length ?? 0;
    const next = rovingIndex(e.key, this.active[g.kelompokId] ?? 0, count);
    if (next === null) {
      if (e.key === 'Escape') {
        const details = target.parentElement as HTMLDetailsElement;
        if (details.open) {
          details.open = false;
          e.preventDefault();
          e.stopPropagation();
        }
      }
      return;
    }
    e.preventDefault();
    this.active = { ...this.active, [g.kelompokId]: next };
    this.focusPending = `section[data-group="${CSS.escape(g.kelompokId)}"] summary[data-index="${next}"]`;
  }

  /** The CSV the download writes, as rows (for developers and tests). */
  csvRows() {
    return scorecardCsv(this.groups, this.s, this.language);
  }

  private downloadCsv(): void {
    const first = this.groups[0]?.kelompokId ?? 'kelompok';
    downloadBlob(csvBlob(this.csvRows()), `skor-${first}.csv`);
  }

  // --- edit mode ---

  private kerangkaFor(data: KpmDesaDataset, kelompokId: string): KerangkaPenilaian {
    const latest = assessmentsOf(data.penilaianKpm ?? [], kelompokId)[0];
    return (
      (this.framework ? resolveKerangka(data, this.framework) : undefined) ??
      (latest ? resolveKerangka(data, latest.kerangkaId) : undefined) ??
      data.kerangkaPenilaian?.[0] ??
      KPM_8_KRITERIA
    );
  }

  /** The session for the current group and framework: the device's draft, else a blank one. */
  private ensureSession(data: KpmDesaDataset): EditSession {
    const kelompokId = pickGroupIds(data, splitList(this.group))[0]!;
    const kerangka = this.kerangkaFor(data, kelompokId);
    const taken = new Set((data.penilaianKpm ?? []).map((p) => p.id));
    const key = `scorecard:${data.desa.kodeWilayah}:${kelompokId}:${kerangka.id}`;
    if (this.session?.key === key) return this.session;
    const saved = loadDraft(key);
    const restored = isAssessmentDraft(saved, kelompokId);
    const draft = restored
      ? alignToKerangka(saved, kerangka)
      : blankAssessment(kelompokId, kerangka, this.today ?? localToday(), undefined, taken);
    this.session = { key, kelompokId, kerangka, draft, taken };
    if (restored) queueMicrotask(() => (this.announcement = this.s.edit.draftRestored(formatDate(draft.tanggal, this.language))));
    return this.session;
  }

  private renderEdit(data: KpmDesaDataset): TemplateResult {
    const session = this.ensureSession(data);
    const g = data.kelompokKpm?.find((k) => k.id === session.kelompokId);
    return html`${renderEditForm({
        draft: session.draft,
        kerangka: session.kerangka,
        groupName: g?.nama ?? session.kelompokId,
        revisable: assessmentsOf(data.penilaianKpm ?? [], session.kelompokId).filter((p) => p.kerangkaId === session.kerangka.id),
        errors: this.errors,
        s: this.s,
        lang: this.language,
        patch: (edit) => this.patch(edit),
        onLoad: (id) => this.loadExisting(data, id),
        onAddEvidence: (i) => this.addEvidence(i),
        onRemoveEvidence: (i, j) => this.removeEvidence(i, j),
        onSave: (e) => this.save(e),
        onDownload: () => this.downloadJson(),
        onDiscard: () => this.discard(),
      })}
      ${renderLiveRegion(this.announcement)}`;
  }

  /** The draft as it stands (cleaned), for hosts and tests; null outside edit mode. */
  get assessment(): PenilaianKelompok | null {
    return this.session ? finalizeAssessment(this.session.draft) : null;
  }

  private commit(draft: PenilaianKelompok): void {
    const session = this.session!;
    session.draft = draft;
    if (!saveDraft(session.key, draft)) this.announcement = this.s.edit.draftUnsaved;
    // Errors already on screen follow the typing, so a fixed field stops being called wrong.
    if (this.errors.length) this.errors = this.validate().issues.filter((i) => i.severity === 'error');
    this.requestUpdate();
    this.emit<ScorecardAssessmentDetail>('kpm-change', { penilaian: finalizeAssessment(draft) });
  }

  private patch(edit: (d: PenilaianKelompok) => void): void {
    const draft = structuredClone(this.session!.draft);
    edit(draft);
    this.commit(draft);
  }

  private addEvidence(i: number): void {
    const j = this.session!.draft.kriteria[i]!.bukti.length;
    this.patch((d) => d.kriteria[i]!.bukti.push({ jenis: 'dokumen', judul: '' }));
    this.focusPending = `#f-kriteria-${i}-bukti-${j}-judul`;
  }

  private removeEvidence(i: number, j: number): void {
    this.patch((d) => d.kriteria[i]!.bukti.splice(j, 1));
    this.focusPending = `[data-add-evidence="${i}"]`;
  }

  private loadExisting(data: KpmDesaDataset, id: string): void {
    const session = this.session!;
    const found = id ? (data.penilaianKpm ?? []).find((p) => p.id === id) : undefined;
    const draft = found
      ? alignToKerangka(found, session.kerangka)
      : blankAssessment(session.kelompokId, session.kerangka, this.today ?? localToday(), undefined, session.taken);
    this.errors = [];
    this.commit(draft);
    this.announcement = found ? this.s.edit.loaded(formatDate(found.tanggal, this.language)) : this.s.edit.started;
  }

  private discard(): void {
    const session = this.session!;
    clearDraft(session.key);
    session.draft = blankAssessment(session.kelompokId, session.kerangka, this.today ?? localToday(), undefined, session.taken);
    this.errors = [];
    this.announcement = this.s.edit.started;
    this.requestUpdate();
    this.emit<ScorecardAssessmentDetail>('kpm-change', { penilaian: finalizeAssessment(session.draft) });
  }

  private validate() {
    const session = this.session!;
    return validatePenilaianKelompok(finalizeAssessment(session.draft), session.kerangka);
  }

  /** Validates; on errors shows the summary and moves focus to it. */
  private validated(): PenilaianKelompok | null {
    const result = this.validate();
    this.errors = result.issues.filter((i) => i.severity === 'error');
    if (!result.data) {
      this.announcement = '';
      this.focusPending = '.error-summary';
      return null;
    }
    return result.data;
  }

  private save(e: Event): void {
    e.preventDefault();
    const penilaian = this.validated();
    if (!penilaian) return;
    const accepted = this.emit<ScorecardAssessmentDetail>('kpm-submit', { penilaian }, { cancelable: true });
    if (accepted) this.announcement = this.s.edit.saved;
  }

  private downloadJson(): void {
    const penilaian = this.validated();
    if (!penilaian) return;
    const blob = new Blob([`${JSON.stringify(penilaian, null, 2)}\n`], { type: 'application/json' });
    downloadBlob(blob, `${penilaian.id}.json`);
  }
}
