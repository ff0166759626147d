import { html, nothing, svg, type TemplateResult } from 'lit';
import { formatPercent, formatRupiah, formatRupiahCompact } from '../../core/format.js';
import type { Lang } from '../../core/locale.js';
import { rovingTabIndex } from '../../core/roving-focus.js';
import type { BudgetStrings } from './strings.js';
import { announceRow, type ChartRow } from './view-model.js';

export interface BarsContext {
  rows: readonly ChartRow[];
  active: number;
  tip: number | null;
  s: BudgetStrings;
  lang: Lang;
  /** Large figure cards (ringkasan) instead of bars. */
  cards: boolean;
  /** False for a budget with no realisation report yet: each mark shows its budget alone. */
  realised: boolean;
  label: string;
  onKey: (e: KeyboardEvent) => void;
  onActivate: (index: number) => void;
  onFocus: (index: number) => void;
  onHover: (index: number | null) => void;
}

/** Width of a bar in the 0–1000 viewBox; a negative balance draws no bar (its sign is in the text). */
export function barWidth(value: number, max: number): number {
  return max > 0 && value > 0 ? Math.round((value / max) * 10000) / 10 : 0;
}

export function scaleMax(rows: readonly ChartRow[]): number {
  let max = 0;
  for (const r of rows) max = Math.max(max, r.anggaran, r.realisasi);
  return max;
}

function tooltip(row: ChartRow, index: number, ctx: BarsContext): TemplateResult {
  const { s, lang } = ctx;
  // aria-hidden: the mark's own label already says all of this to a screen reader.
  return html`<div class="tip" part="tooltip" id=${`tip-${index}`} aria-hidden="true">
    <strong>${row.label}</strong>
    <span>${s.anggaran}: ${formatRupiah(row.anggaran, lang)}</span>
    ${ctx.realised ? html`<span>${s.realisasi}: ${formatRupiah(row.realisasi, lang)} (${formatPercent(row.persen, lang)})</span>` : nothing}
    ${row.detail ? html`<span>${row.detail}</span>` : nothing}
  </div>`;
}

function bar(row: ChartRow, max: number): TemplateResult {
  return html`<svg class="bar" viewBox="0 0 1000 24" preserveAspectRatio="none" aria-hidden="true" focusable="false">
    ${svg`<rect class="ang" x="0" y="1" width=${barWidth(row.anggaran, max)} height="22"></rect>
      <rect class="real" x="0" y="6" width=${barWidth(row.realisasi, max)} height="12"></rect>`}
  </svg>`;
}

/**
 * The marks: a list of rows, each with one button in a roving tab order. The button holds the
 * label and, for screen readers only, the full figures, so its name is the announcement
 * ("Pelaksanaan Pembangunan Desa: anggaran Rp 1.032.200.000, …") and still starts with the
 * visible label; the bar and compact figures beside it are for the eye, and a click anywhere
 * on the row does what the button does. Labels wrap rather than overlap at any width.
 */
export function renderBars(ctx: BarsContext): TemplateResult {
  const { rows, s, lang } = ctx;
  const max = scaleMax(rows);
  const compact = (n: number) => formatRupiahCompact(n, lang);
  return html`<ul class=${ctx.cards ? 'marks cards' : 'marks'} part="chart" aria-label=${ctx.label} @keydown=${ctx.onKey}>
    ${rows.map((row, i) => {
      const spoken = announceRow(row, s, lang, ctx.realised);
      return html`<li class=${`row tone-${row.tone}`} part="bar-row"
        @mouseenter=${() => ctx.onHover(i)} @mouseleave=${() => ctx.onHover(null)}
        @click=${(e: Event) => (e.target as Element).closest('.mark') || ctx.onActivate(i)}>
        <button type="button" class="mark" part="bar" data-index=${i} data-key=${row.key}
          tabindex=${rovingTabIndex(i, ctx.active)}
          aria-describedby=${row.drill ? 'drill-hint' : nothing}
          @click=${() => ctx.onActivate(i)} @focus=${() => ctx.onFocus(i)}
          ><span class="label">${row.label}</span><span class="sr-only">${spoken.slice(row.label.length)}</span></button>
        ${ctx.cards
          ? html`<span class="big" aria-hidden="true">${compact(row.anggaran)}</span>
              ${ctx.realised ? html`<span class="values" aria-hidden="true">${s.realisasi} ${compact(row.realisasi)}${row.persen === null ? nothing : ` (${formatPercent(row.persen, lang)})`}</span>` : nothing}`
          : html`${bar(row, max)}
              <span class="values" aria-hidden="true">${compact(row.anggaran)}${ctx.realised ? ` · ${s.realisasi} ${compact(row.realisasi)} (${formatPercent(row.persen, lang)})` : ''}</span>`}
        ${row.persen !== null && row.realisasi > row.anggaran ? html`<span class="flag">⚠ ${s.overBudget}</span>` : nothing}
        ${ctx.tip === i ? tooltip(row, i, ctx) : nothing}
      </li>`;
    })}
  </ul>`;
}
