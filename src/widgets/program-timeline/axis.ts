import { html, nothing, svg, type TemplateResult } from 'lit';
import { cssomStyle } from '../../core/cssom-style.js';
import { formatDate } from '../../core/format.js';
import { intlLocale, type Lang } from '../../core/locale.js';
import { yearOf } from '../../model/timeline-dates.js';
import { axisTicks, barLayout, xOf, type TimeWindow, type Zoom } from '../../model/timeline-layout.js';
import { pointsBetween, type Milestone, type PlanningLane } from '../../model/timeline-milestones.js';
import { LABEL_JENIS_DOKUMEN, LABEL_JENIS_FORUM } from '../../schema/index.js';
import { AXIS_WIDTH } from './rows.js';
import type { TimelineStrings } from './strings.js';

// Through the CSSOM, which a strict CSP allows (Lit's styleMap writes a style attribute first).
const at = (x: number) => cssomStyle({ left: `${(x / AXIS_WIDTH) * 100}%` });

const monthFormats = new Map<string, Intl.DateTimeFormat>();

/** "Jan", "Agu", "Des" (id) — the short months DATA-MODEL B.3 lists. */
function shortMonth(iso: string, lang: Lang): string {
  let f = monthFormats.get(lang);
  if (!f) monthFormats.set(lang, (f = new Intl.DateTimeFormat(intlLocale(lang), { month: 'short', timeZone: 'UTC' })));
  return f.format(new Date(`${iso}T00:00:00Z`)).replace('.', '');
}

/** A year start prints its year only when the year is divisible by `yearStep` (see `yearLabelStep`). */
function tickLabel(iso: string, zoom: Zoom, lang: Lang, crowded: boolean, yearStep: number): string {
  if (zoom === 'month') return String(Number(iso.slice(8, 10)));
  if (iso.endsWith('-01-01')) return yearOf(iso) % yearStep === 0 ? iso.slice(0, 4) : '';
  return crowded ? '' : shortMonth(iso, lang);
}

/**
 * The axis header above the rows: ticks with month (or day) labels, years where they start
 * (every `yearStep`-th year, so that they do not overlap on a narrow track), and "today".
 */
export function renderAxis(
  w: TimeWindow,
  zoom: Zoom,
  todayX: number | null,
  lang: Lang,
  s: TimelineStrings,
  yearStep = 1,
): TemplateResult {
  const ticks = axisTicks(w, zoom, AXIS_WIDTH);
  const crowded = ticks.length > 24;
  // How many labels share the track: the styles drop the month labels where they would collide.
  const density = ticks.length > 12 ? 'dense-24' : ticks.length > 6 ? 'dense-12' : 'dense-6';
  return html`<div class="axis" part="axis" aria-hidden="true">
    <span class="axis-spacer"></span>
    <div class="axis-track ${density}">
      ${ticks.map((t) => {
        const label = tickLabel(t.iso, zoom, lang, crowded, yearStep);
        return html`<span class=${t.yearStart ? 'tick year' : 'tick minor'} style=${at(t.x)}>${label}</span>`;
      })}
      ${todayX === null ? nothing : html`<span class="tick today-label" style=${at(todayX)}>${s.today}</span>`}
    </div>
  </div>`;
}

export function milestoneLabel(m: Milestone, lang: Lang): string {
  return m.source === 'forum' ? LABEL_JENIS_FORUM[m.forum.jenis][lang] : LABEL_JENIS_DOKUMEN[m.dokumen.jenis][lang];
}

/** The planning lane: the RPJMDes band and a marker per forum (circle) and document (diamond). */
export function renderLane(lane: PlanningLane, w: TimeWindow, todayX: number | null, s: TimelineStrings): TemplateResult {
  const points = pointsBetween(lane, w.start, w.end);
  return html`<div class="lane" part="lane" aria-hidden="true">
    <span class="lane-label">${s.milestonesLane}</span>
    <svg class="lane-svg" viewBox="0 0 ${AXIS_WIDTH} 28" preserveAspectRatio="none">
      ${lane.periods.map((p) => {
        const b = barLayout({ mulai: p.mulai, selesai: p.selesai, approximate: false }, w, AXIS_WIDTH);
        return b.visible ? svg`<rect class="period" x=${b.x} y="2" width=${b.width} height="6"></rect>` : nothing;
      })}
      ${points.map((m) => {
        const x = xOf(m.tanggal, w, AXIS_WIDTH) + (0.5 * AXIS_WIDTH) / w.days;
        const cls = `pt ${m.source}${m.outsideSeason ? ' warn' : ''}`;
        return m.source === 'forum'
          ? svg`<circle class=${cls} cx=${x} cy="18" r="5"></circle>`
          : svg`<path class=${cls} d="M${x} 12 L${x + 6} 18 L${x} 24 L${x - 6} 18 Z"></path>`;
      })}
      ${todayX === null ? nothing : svg`<line class="today" x1=${todayX} x2=${todayX} y1="0" y2="28"></line>`}
    </svg>
  </div>`;
}

/** The same milestones as text: the accessible, printable form of the lane. */
export function renderMilestoneList(
  lane: PlanningLane,
  start: string,
  end: string,
  lang: Lang,
  s: TimelineStrings,
  open = false,
): TemplateResult | typeof nothing {
  const points = pointsBetween(lane, start, end);
  const periods = lane.periods.filter((p) => p.mulai <= end && p.selesai >= start);
  if (!points.length && !periods.length) return nothing;
  return html`<details class="milestones" part="milestones" ?open=${open}>
    <summary>${s.milestonesTitle(points.length + periods.length)}</summary>
    <ul>
      ${periods.map((p) => html`<li><span class="icon" aria-hidden="true">▬</span> ${s.rpjmdes(p.tahunMulai, p.tahunSelesai, p.years)}</li>`)}
      ${points.map(
        (m) => html`<li class=${m.outsideSeason ? 'warn' : nothing}>
          <span class="icon" aria-hidden="true">${m.source === 'forum' ? '●' : '◆'}</span>
          <time datetime=${m.tanggal}>${formatDate(m.tanggal, lang, 'medium')}</time> — ${milestoneLabel(m, lang)}${m.source === 'dokumen' && m.dokumen.nomorPerdes ? ` (${m.dokumen.nomorPerdes})` : ''}${m.source === 'forum' && m.forum.lokasi ? `, ${m.forum.lokasi}` : ''}
          ${m.outsideSeason ? html`<strong class="flag">⚠ ${s.outsideSeason}</strong>` : nothing}
        </li>`,
      )}
    </ul>
  </details>`;
}
