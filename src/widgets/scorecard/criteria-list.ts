import { html, nothing, type TemplateResult } from 'lit';
import { formatDate } from '../../core/format.js';
import type { Lang } from '../../core/locale.js';
import { rovingTabIndex } from '../../core/roving-focus.js';
import { sanitizeUrl } from '../../core/sanitize-url.js';
import { teksIn } from '../../core/teks.js';
import { scoreFraction } from '../../model/scorecard-kerangka.js';
import type { CriterionScore, IndikatorCheck, ScorecardScore } from '../../model/scorecard-score.js';
import type { CriterionChange, ScorecardTrend } from '../../model/scorecard-trend.js';
import { LABEL_JENIS_BUKTI, type Bukti } from '../../schema/index.js';
import type { ScorecardStrings } from './strings.js';
import { changeText, indicatorText, scoreText } from './view-model.js';

export interface CriteriaListOptions {
  score: ScorecardScore;
  trend?: ScorecardTrend;
  active: number;
  s: ScorecardStrings;
  lang: Lang;
  onKey: (e: KeyboardEvent) => void;
  onFocus: (index: number) => void;
  /** Whether a criterion (by kode) has been opened: only those carry their detail's content. */
  isOpen: (kode: string) => boolean;
  /** Called as a criterion opens, before the browser draws it open. */
  onOpen: (kode: string) => void;
}

/**
 * The bar as one template per shape it can take (track only, with the score, with the
 * previous score, with both): a row costs one template instance for it, not three.
 */
function bar(k: CriterionScore, before: number | null): TemplateResult {
  const w = (f: number) => Math.round(f * 1000) / 10;
  if (k.fraction === null) {
    return before === null
      ? html`<svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true"><rect class="track" x="0" y="1" width="100" height="8"></rect></svg>`
      : html`<svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true"><rect class="track" x="0" y="1" width="100" height="8"></rect><line class="prev" x1=${w(before)} x2=${w(before)} y1="0" y2="10"></line></svg>`;
  }
  return before === null
    ? html`<svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true"><rect class="track" x="0" y="1" width="100" height="8"></rect><rect class="fill" x="0" y="1" width=${w(k.fraction)} height="8"></rect></svg>`
    : html`<svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true"><rect class="track" x="0" y="1" width="100" height="8"></rect><rect class="fill" x="0" y="1" width=${w(k.fraction)} height="8"></rect><line class="prev" x1=${w(before)} x2=${w(before)} y1="0" y2="10"></line></svg>`;
}

function changeBadge(c: CriterionChange | undefined, s: ScorecardStrings, lang: Lang) {
  if (!c || c.selisih === null) return nothing;
  const arrow = c.selisih > 0 ? '▲' : c.selisih < 0 ? '▼' : '=';
  const text = c.selisih === 0 ? s.noChange : s.change(changeText(c.selisih, lang));
  return html`<span class="change" part="change"><span aria-hidden="true">${arrow}</span> ${text}</span>`;
}

function evidenceItem(b: Bukti, lang: Lang): TemplateResult {
  const href = sanitizeUrl(b.url);
  const jenis = LABEL_JENIS_BUKTI[b.jenis][lang];
  const tanggal = b.tanggal ? html` <span class="muted">(${formatDate(b.tanggal, lang)})</span>` : nothing;
  const keterangan = b.keterangan ? ` — ${b.keterangan}` : nothing;
  // The link is part of the item's template: one template instance per item, not two.
  return href
    ? html`<li><span class="jenis">${jenis}:</span> <a href=${href} rel="noopener noreferrer" target="_blank">${b.judul}</a>${tanggal}${keterangan}</li>`
    : html`<li><span class="jenis">${jenis}:</span> ${b.judul}${tanggal}${keterangan}</li>`;
}

function indicatorItem(i: IndikatorCheck, s: ScorecardStrings, lang: Lang): TemplateResult {
  const teks = teksIn(i.teks, lang);
  // One template per state, with its mark and class written in: two bindings fewer per item.
  if (i.terpenuhi === true) {
    return html`<li class="met"><span aria-hidden="true">✓</span> ${teks} <span class="sr-only">(${s.indicatorMet})</span><span class="muted" aria-hidden="true"> — ${s.indicatorMet}</span></li>`;
  }
  return i.terpenuhi === false
    ? html`<li class="unmet"><span aria-hidden="true">✗</span> ${teks} <span class="sr-only">(${s.indicatorNotMet})</span><span class="muted" aria-hidden="true"> — ${s.indicatorNotMet}</span></li>`
    : html`<li class="unmet"><span aria-hidden="true">?</span> ${teks} <span class="sr-only">(${s.indicatorUnknown})</span><span class="muted" aria-hidden="true"> — ${s.indicatorUnknown}</span></li>`;
}

/** The inside of an open criterion: its description, indicator checklist, evidence and notes. */
function detail(k: CriterionScore, s: ScorecardStrings, lang: Lang): TemplateResult {
  return html`${k.deskripsi ? html`<p class="muted">${teksIn(k.deskripsi, lang)}</p>` : nothing}
    ${k.indikator.length
      ? html`<ul class="checklist" part="indicators">${k.indikator.map((i) => indicatorItem(i, s, lang))}</ul>`
      : nothing}
    <p class="sub">${s.evidenceTitle}</p>
    ${k.bukti.length
      ? html`<ul class="evidence" part="evidence">${k.bukti.map((b) => evidenceItem(b, lang))}</ul>`
      : html`<p class="muted">${s.noEvidence}</p>`}
    ${k.catatan ? html`<p><strong>${s.catatan}:</strong> ${k.catatan}</p>` : nothing}
    ${k.rekomendasi ? html`<p><strong>${s.rekomendasi}:</strong> ${k.rekomendasi}</p>` : nothing}`;
}

/** The criterion (by kode) a click or toggle inside the list is about. */
function kodeOf(e: Event): string | undefined {
  return (e.target as Element).closest<HTMLElement>('li.criterion')?.dataset.kode;
}

/**
 * The accessible primary view: one row per criterion with its score, scale word, bar, change,
 * evidence count and flag; each opens (native details) to its indicators and evidence. One tab
 * stop: arrows move between rows, Enter or Space opens a row.
 *
 * A closed row carries no detail content in the first frame: the details were half of the
 * nodes of a scorecard (12 groups: 8,800 of 16,800) and nobody sees them closed; the widget
 * fills them in once the browser is idle (so find-in-page finds their text). Before that, the
 * content is rendered on the summary's click (Enter and Space click it too), which runs before
 * the browser opens the row, so it never paints open and empty; `toggle` (which does not
 * bubble, hence the capturing listener) covers rows opened from script.
 */
export function renderCriteriaList(o: CriteriaListOptions): TemplateResult {
  const { score, trend, s, lang } = o;
  const open = (e: Event) => {
    const kode = kodeOf(e);
    if (kode !== undefined && (e.type === 'click' ? (e.target as Element).closest('summary') : (e.target as HTMLDetailsElement).open)) o.onOpen(kode);
  };
  return html`<ol class="criteria" part="criteria" aria-label=${s.listLabel} @keydown=${o.onKey} @click=${open}
    @toggle=${{ handleEvent: open, capture: true }}>
    ${score.kriteria.map((k, i) => {
      const indicators = indicatorText(k, s);
      const change = trend?.perubahan[i];
      const before = change ? scoreFraction(score.kerangka, change.sebelumnya) : null;
      const value = k.skor === null ? s.notAssessed : `${scoreText(k.skor, lang)}${k.label ? ` – ${teksIn(k.label, lang)}` : ''}`;
      return html`<li class=${k.skor === null ? 'criterion unassessed' : 'criterion'} part="criterion" data-kode=${k.kode}>
        <details>
          <summary data-index=${i} tabindex=${rovingTabIndex(i, o.active)} @focus=${() => o.onFocus(i)}>
            <span class="name"><span class="num">${i + 1}.</span> ${teksIn(k.nama, lang)}</span>
            <span class="score" part="score">${value}</span>
            ${bar(k, before)}
            <span class="meta">
              ${changeBadge(change, s, lang)}
              <span>${s.evidenceCount(k.bukti.length)}</span>
              ${indicators ? html`<span>${indicators}</span>` : nothing}
              ${k.tanpaBukti ? html`<span class="flag" part="flag">⚠ ${s.noEvidenceFlag(scoreText(k.skor!, lang))}</span>` : nothing}
            </span>
          </summary>
          <div class="detail">${o.isOpen(k.kode) ? detail(k, s, lang) : nothing}</div>
        </details>
      </li>`;
    })}
  </ol>`;
}
