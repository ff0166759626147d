/**
 * Calendar arithmetic for the timeline on `YYYY-MM-DD` strings. Plan dates carry no zone, so
 * every computation is a whole UTC day: no reader's time zone can shift a bar by a day.
 */
import type { LABEL_SATUAN_DURASI } from '../schema/index.js';

export type SatuanDurasi = keyof typeof LABEL_SATUAN_DURASI;

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 (UTC) of a `YYYY-MM-DD` date. */
export function dayNumber(iso: string): number {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return Math.round(Date.UTC(y!, m! - 1, d!) / DAY_MS);
}

/**
 * The calendar date (`YYYY-MM-DD`) at `instant` in the village's time zone. "Today" is the
 * village's day, not UTC's: until 07:00 WIB (08:00 WITA, 09:00 WIT) UTC is still on
 * yesterday, which drew the today line a day early every morning.
 */
export function calendarDateIn(instant: Date, timeZone = 'Asia/Jakarta'): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })
    .formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

export function isoOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The first day of the month `months` after the month of `iso` (negative goes back). */
export function addMonths(iso: string, months: number): string {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7)) - 1 + months;
  return new Date(Date.UTC(y, m, 1)).toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  return isoOfDay(dayNumber(iso) + days);
}

/**
 * The last day of a span of `jumlah` units that starts on `iso` (inclusive, so one day ends
 * the day it starts). Months and years follow the calendar, not a fixed day count.
 */
export function endOfDuration(iso: string, jumlah: number, satuan: SatuanDurasi): string {
  const n = Math.max(1, jumlah);
  if (satuan === 'hari') return addDays(iso, n - 1);
  if (satuan === 'minggu') return addDays(iso, 7 * n - 1);
  const months = satuan === 'bulan' ? n : 12 * n;
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7)) - 1 + months;
  const d = Number(iso.slice(8, 10));
  return addDays(new Date(Date.UTC(y, m, d)).toISOString().slice(0, 10), -1);
}

/** The first day of a span of `jumlah` units that ends on `iso`: the inverse of endOfDuration. */
export function startOfDuration(iso: string, jumlah: number, satuan: SatuanDurasi): string {
  const n = Math.max(1, jumlah);
  if (satuan === 'hari') return addDays(iso, 1 - n);
  if (satuan === 'minggu') return addDays(iso, 1 - 7 * n);
  const months = satuan === 'bulan' ? n : 12 * n;
  const next = addDays(iso, 1);
  const y = Number(next.slice(0, 4));
  const m = Number(next.slice(5, 7)) - 1 - months;
  return new Date(Date.UTC(y, m, Number(next.slice(8, 10)))).toISOString().slice(0, 10);
}

export const yearOf = (iso: string): number => Number(iso.slice(0, 4));
export const monthOf = (iso: string): number => Number(iso.slice(5, 7));
