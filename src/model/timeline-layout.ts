/**
 * Where each kegiatan sits on the time axis. Positions are in the caller's units (a viewBox
 * width), from whole days: a bar starts at the beginning of its first day and ends at the
 * end of its last, so a one-day activity is one day wide and a 2025 window of width 365
 * puts each day at its day-of-year.
 */
import type { Kegiatan } from '../schema/index.js';
import { addDays, addMonths, dayNumber, endOfDuration, isoOfDay, startOfDuration, yearOf } from './timeline-dates.js';

export type Zoom = 'year' | 'quarter' | 'month';
export const ZOOMS: readonly Zoom[] = ['year', 'quarter', 'month'];

export interface TimeSpan {
  mulai: string;
  selesai: string;
  /** True when either end was not in `jadwal` and came from a duration or the fiscal year. */
  approximate: boolean;
}

/**
 * The dates a bar spans: `jadwal.mulai`…`jadwal.selesai`; a missing end is derived from
 * `durasi`, else taken from the fiscal year (1 Jan / 31 Dec of `tahun`) and flagged
 * approximate. Reversed dates are put in order rather than drawn as a negative bar.
 */
export function kegiatanSpan(k: Pick<Kegiatan, 'tahun' | 'jadwal'>): TimeSpan {
  const j = k.jadwal ?? {};
  const fyStart = `${k.tahun}-01-01`;
  const fyEnd = `${k.tahun}-12-31`;
  let mulai = j.mulai;
  let selesai = j.selesai;
  const approximate = mulai === undefined || selesai === undefined;
  if (mulai === undefined && selesai !== undefined) {
    mulai = j.durasi ? startOfDuration(selesai, j.durasi.jumlah, j.durasi.satuan) : selesai < fyStart ? selesai : fyStart;
  } else if (selesai === undefined && mulai !== undefined) {
    selesai = j.durasi ? endOfDuration(mulai, j.durasi.jumlah, j.durasi.satuan) : mulai > fyEnd ? mulai : fyEnd;
  }
  mulai ??= fyStart;
  selesai ??= fyEnd;
  return mulai <= selesai ? { mulai, selesai, approximate } : { mulai: selesai, selesai: mulai, approximate };
}

export interface TimeWindow {
  /** First day shown. */
  start: string;
  /** Last day shown (inclusive). */
  end: string;
  days: number;
}

function window(start: string, endExclusive: string): TimeWindow {
  const days = dayNumber(endExclusive) - dayNumber(start);
  return { start, end: addDays(endExclusive, -1), days };
}

export interface WindowOptions {
  zoom: Zoom;
  /** The years the data spans (the filter's year, or the first and last year of the items). */
  firstYear: number;
  lastYear: number;
  /** The date a quarter or month view opens on (today when it falls in the years; else the first year's start). */
  anchor?: string;
  /** Steps away from the opening window: years at year zoom, quarters, months. */
  pan?: number;
}

/**
 * The visible stretch of time. Year zoom shows every year of the data at once (one year
 * when a year is picked) and pans by a year; quarter and month zoom show a calendar quarter
 * or month, starting from the anchor's, and pan by one of those.
 */
export function timeWindow(o: WindowOptions): TimeWindow {
  const pan = o.pan ?? 0;
  const first = Math.min(o.firstYear, o.lastYear);
  const last = Math.max(o.firstYear, o.lastYear);
  if (o.zoom === 'year') return window(`${first + pan}-01-01`, `${last + pan + 1}-01-01`);
  const inYears = o.anchor && yearOf(o.anchor) >= first && yearOf(o.anchor) <= last;
  const anchor = inYears ? o.anchor! : `${first}-01-01`;
  const month = Number(anchor.slice(5, 7)) - 1;
  const monthStart = `${anchor.slice(0, 7)}-01`;
  if (o.zoom === 'quarter') {
    const start = addMonths(monthStart, -(month % 3) + 3 * pan);
    return window(start, addMonths(start, 3));
  }
  const start = addMonths(monthStart, pan);
  return window(start, addMonths(start, 1));
}

/** Position of the start of day `iso` in a window drawn `width` units wide (may fall outside 0…width). */
export function xOf(iso: string, w: TimeWindow, width: number): number {
  // Multiply first: whole-day widths stay exact integers where they can.
  return ((dayNumber(iso) - dayNumber(w.start)) * width) / w.days;
}

export interface BarLayout {
  /** Left edge and width after clipping to the window. */
  x: number;
  width: number;
  /** The filled part (physical progress), measured along the whole span, clipped too. */
  fill: number;
  /** The bar runs on past the window's left or right edge. */
  before: boolean;
  after: boolean;
  /** Some of the bar is inside the window. */
  visible: boolean;
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** The bar of `span` in window `w`, with `persen` (0–100) of its full length filled. */
export function barLayout(span: TimeSpan, w: TimeWindow, width: number, persen = 0): BarLayout {
  const x0 = xOf(span.mulai, w, width);
  const x1 = xOf(addDays(span.selesai, 1), w, width);
  const left = clamp(x0, 0, width);
  const right = clamp(x1, 0, width);
  const fillEnd = clamp(x0 + ((x1 - x0) * clamp(persen, 0, 100)) / 100, left, right);
  return {
    x: left,
    width: right - left,
    fill: fillEnd - left,
    before: x0 < 0,
    after: x1 > width,
    visible: x1 > 0 && x0 < width,
  };
}

/** The today line's position, or null when today is outside the window. */
export function todayX(today: string, w: TimeWindow, width: number): number | null {
  const d = dayNumber(today);
  if (d < dayNumber(w.start) || d > dayNumber(w.end)) return null;
  // The middle of the day, so the line sits inside the day it marks.
  return ((d - dayNumber(w.start) + 0.5) * width) / w.days;
}

export interface AxisTick {
  iso: string;
  x: number;
  /** A tick that starts a year: the widget prints the year there. */
  yearStart: boolean;
}

/**
 * Axis ticks: month starts at year and quarter zoom (quarter starts only when the window
 * holds more than two years, so labels do not crowd), every seventh day from the 1st at
 * month zoom.
 */
export function axisTicks(w: TimeWindow, zoom: Zoom, width: number): AxisTick[] {
  const ticks: AxisTick[] = [];
  const endDay = dayNumber(w.end);
  if (zoom === 'month') {
    for (let d = dayNumber(w.start); d <= endDay; d += 7) {
      const iso = isoOfDay(d);
      ticks.push({ iso, x: xOf(iso, w, width), yearStart: iso.endsWith('-01-01') });
    }
    return ticks;
  }
  const step = w.days > 2 * 366 ? 3 : 1;
  for (let iso = w.start; dayNumber(iso) <= endDay; iso = addMonths(iso, step)) {
    ticks.push({ iso, x: xOf(iso, w, width), yearStart: iso.endsWith('-01-01') });
  }
  return ticks;
}

/** How many years apart the axis may print year labels: every year, every 2nd, 5th, 10th, … */
export const YEAR_LABEL_STEPS: readonly number[] = [1, 2, 5, 10, 20, 25, 50, 100];

/**
 * Every how many years the axis prints a year, so that no two year labels overlap: the
 * smallest step in `YEAR_LABEL_STEPS` whose labels are at least `labelWidth` apart on a track
 * `trackWidth` wide that shows `days` days (a year is at least 365 of them). The widget prints
 * the years divisible by the step (2020, 2025, 2030 at step 5). Widths are in one unit (px);
 * an unmeasured track (width 0) labels every year, and when even the largest step crowds, the
 * largest step is the answer.
 */
export function yearLabelStep(days: number, trackWidth: number, labelWidth: number): number {
  if (!(days > 0) || !(trackWidth > 0)) return 1;
  const year = (365 * trackWidth) / days;
  return YEAR_LABEL_STEPS.find((step) => step * year >= labelWidth) ?? YEAR_LABEL_STEPS[YEAR_LABEL_STEPS.length - 1]!;
}
