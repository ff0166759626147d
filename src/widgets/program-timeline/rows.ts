import { html, nothing, svg, type TemplateResult } from 'lit';
import { formatNumber } from '../../core/format.js';
import type { Lang } from '../../core/locale.js';
import { rovingTabIndex } from '../../core/roving-focus.js';
import { barLayout, type TimeWindow } from '../../model/timeline-layout.js';
import { progressText, STATUS_ICON, warningText, type TimelineRow } from './row-model.js';
import type { TimelineStrings } from './strings.js';

/** The width of a bar's viewBox; the model lays bars out in these units. */
export const AXIS_WIDTH = 1000;

export interface RowGroup {
  /** Stable across languages (the bidang number, status or year), for the group's page count. */
  key: string;
  label: string;
  /** Every row of the group, in order; only the first `limit` are rendered. */
  rows: TimelineRow[];
  limit: number;
}

/**
 * Rows shown per group at first and per "show more": about 17 nodes each, so 10,000 kegiatan
 * rendered whole were ~170,000 nodes and seconds of work; filters still search them all.
 */
export const TIMELINE_PAGE = 50;

/** The global indices (over all groups' rows, in order) of the rows that are rendered. */
export function shownIndices(groups: readonly RowGroup[]): number[] {
  const out: number[] = [];
  let offset = 0;
  for (const g of groups) {
    const n = Math.min(g.limit, g.rows.length);
    for (let j = 0; j < n; j++) out.push(offset + j);
    offset += g.rows.length;
  }
  return out;
}

export interface RowsOptions {
  groups: readonly RowGroup[];
  /** The time window, for the timeline view; absent in the list view. */
  window?: TimeWindow;
  todayX: number | null;
  active: number;
  open: string | null;
  lang: Lang;
  s: TimelineStrings;
  onKey: (e: KeyboardEvent) => void;
  onOpen: (index: number) => void;
  onFocus: (index: number) => void;
  /** The reader asked for the next page of a group (by its key). */
  onMore: (key: string) => void;
  /** The open kegiatan's detail, shown right under its row. */
  detail: (row: TimelineRow) => TemplateResult;
}

function bar(row: TimelineRow, w: TimeWindow, todayX: number | null): TemplateResult {
  const b = barLayout(row.span, w, AXIS_WIDTH, row.persen ?? 0);
  const cls = `bar st-${row.k.status}${row.span.approximate ? ' approx' : ''}`;
  return html`<svg class=${cls} part="bar" viewBox="0 0 ${AXIS_WIDTH} 20" preserveAspectRatio="none" aria-hidden="true">
    ${b.visible
      ? svg`<rect class="span" x=${b.x} y="3" width=${b.width} height="14"></rect>
          ${b.fill > 0 ? svg`<rect class="fill" x=${b.x} y="3" width=${b.fill} height="14"></rect>` : nothing}
          ${row.k.status === 'dibatalkan' ? svg`<line class="strike" x1=${b.x} x2=${b.x + b.width} y1="10" y2="10"></line>` : nothing}
          ${b.before ? svg`<path class="more" d="M6 4 L0 10 L6 16"></path>` : nothing}
          ${b.after ? svg`<path class="more" d="M${AXIS_WIDTH - 6} 4 L${AXIS_WIDTH} 10 L${AXIS_WIDTH - 6} 16"></path>` : nothing}`
      : nothing}
    ${todayX === null ? nothing : svg`<line class="today" x1=${todayX} x2=${todayX} y1="0" y2="20"></line>`}
  </svg>`;
}

function meter(row: TimelineRow): TemplateResult {
  const w = row.persen ?? 0;
  return html`<svg class="meter st-${row.k.status}" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true">
    <rect class="span" x="0" y="0" width="100" height="8"></rect>
    ${w > 0 ? svg`<rect class="fill" x="0" y="0" width=${w} height="8"></rect>` : nothing}
  </svg>`;
}

/**
 * The kegiatan rows, grouped, for both views: each row's button carries its whole meaning in
 * text (status, progress, dates), so the bars and meters are decoration for sighted readers.
 * One tab stop: only the active row's button is in the tab order.
 */
export function renderRows(o: RowsOptions): TemplateResult {
  const { s, lang } = o;
  let offset = 0;
  return html`<div class="rows" part="rows" @keydown=${o.onKey}>
    ${o.groups.map((g, gi) => {
      const first = offset;
      offset += g.rows.length;
      const shown = g.rows.slice(0, g.limit);
      const hidden = g.rows.length - shown.length;
      return html`<section class="group" aria-label=${g.label}>
        <h3 class="group-title">${g.label} <span class="count">(${formatNumber(g.rows.length, lang)})</span></h3>
        <ul class=${o.window ? 'marks timeline' : 'marks list'} role="list">
          ${shown.map((row, j) => {
            const i = first + j;
            const k = row.k;
            return html`<li class="row st-${k.status}" part="row" data-id=${k.id}>
              <button type="button" class="mark" data-index=${i} tabindex=${rovingTabIndex(i, o.active)}
                aria-expanded=${o.open === k.id ? 'true' : 'false'} aria-controls="detail" aria-describedby="key-hint"
                @click=${() => o.onOpen(i)} @focus=${() => o.onFocus(i)}>
                <span class="name">${k.nama}</span>
                <span class="meta">
                  <span class="status"><span class="icon" aria-hidden="true">${STATUS_ICON[k.status]}</span> ${row.status}</span>
                  <span class="sep" aria-hidden="true">·</span>
                  <span class="pct">${progressText(row, lang, s)}</span>
                  <span class="sep" aria-hidden="true">·</span>
                  <span class="dates">${row.dates}</span>
                  ${o.window ? nothing : html`<span class="sep" aria-hidden="true">·</span><span class="where">${row.dusun}</span>`}
                </span>
              </button>
              ${o.window ? bar(row, o.window, o.todayX) : meter(row)}
              ${row.warnings.length
                ? html`<p class="flag">⚠ ${row.warnings.map((w) => warningText(w, k, lang, s)).join(' ')}</p>`
                : nothing}
              ${o.open === k.id ? o.detail(row) : nothing}
            </li>`;
          })}
        </ul>
        ${hidden > 0
          ? html`<p class="more" part="more">
              <span id="more-${gi}" class="shown-count">${s.shownOf(formatNumber(shown.length, lang), formatNumber(g.rows.length, lang))}</span>
              <button type="button" data-more=${g.key} aria-describedby="more-${gi}" @click=${() => o.onMore(g.key)}>
                ${s.showMore(formatNumber(Math.min(hidden, TIMELINE_PAGE), lang))}
              </button>
            </p>`
          : nothing}
      </section>`;
    })}
  </div>`;
}
