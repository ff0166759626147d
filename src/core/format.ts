/**
 * Numbers, money, percentages and dates, only through Intl with pinned options
 * (DATA-MODEL.md B.3) so every browser prints `Rp 1.250.000.000`, `Rp 1,25 M`, `78,4%`,
 * `30 Juni 2025` the same way. Formatters are cached: charts format hundreds of labels.
 */
import { intlLocale, type Lang } from './locale.js';

type Formatter = Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat;
const cache = new Map<string, Formatter>();

/** The formatter under `key`, made once. */
function cached<F extends Formatter>(key: string, make: () => F): F {
  let f = cache.get(key) as F | undefined;
  if (!f) {
    f = make();
    cache.set(key, f);
  }
  return f;
}

function numberFormat(lang: Lang, key: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  return cached(`n|${lang}|${key}`, () => new Intl.NumberFormat(intlLocale(lang), options));
}

function dateFormat(lang: Lang, key: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached(`d|${lang}|${key}`, () => new Intl.DateTimeFormat(intlLocale(lang), options));
}

const RUPIAH: Intl.NumberFormatOptions = {
  style: 'currency',
  currency: 'IDR',
  minimumFractionDigits: 0,
  maximumFractionDigits: 0,
};

/** Full amount: `Rp 1.250.000.000` (id) / `IDR 1,250,000,000` (en). */
export function formatRupiah(value: number, lang: Lang = 'id'): string {
  return numberFormat(lang, 'rp', RUPIAH).format(value);
}

/** Chart label: `Rp 1,25 M`, `Rp 987,65 jt` (id) / `IDR 1.25B` (en). */
export function formatRupiahCompact(value: number, lang: Lang = 'id'): string {
  return numberFormat(lang, 'rpc', {
    ...RUPIAH,
    notation: 'compact',
    maximumFractionDigits: 2,
  }).format(value);
}

/**
 * For screen readers and aria-labels: "1,25 miliar rupiah" / "1.25 billion rupiah".
 * Compact abbreviations such as "M" read poorly aloud (DATA-MODEL.md B.3).
 */
export function formatRupiahWords(value: number, lang: Lang = 'id'): string {
  const words = numberFormat(lang, 'words', {
    notation: 'compact',
    compactDisplay: 'long',
    maximumFractionDigits: 2,
  }).format(value);
  return `${words} rupiah`;
}

/** A plain number with the locale's separators: `1.234.567,89`. */
export function formatNumber(value: number, lang: Lang = 'id', maximumFractionDigits = 2): string {
  return numberFormat(lang, `num${maximumFractionDigits}`, { maximumFractionDigits }).format(value);
}

/**
 * A fraction as a percentage, as Intl writes it (no space in Indonesian): 0.784 → `78,4%`.
 * `null` (a share of nothing) prints as an en dash so a table never shows `NaN%`.
 */
export function formatPercent(fraction: number | null, lang: Lang = 'id'): string {
  if (fraction === null || !Number.isFinite(fraction)) return '–';
  return numberFormat(lang, 'pct', { style: 'percent', maximumFractionDigits: 1 }).format(fraction);
}

function parseDay(iso: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return null;
  // Plan dates carry no zone: read and print them in UTC so no reader sees the day shift.
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return Number.isNaN(d.getTime()) ? null : d;
}

/** A `YYYY-MM-DD` date in words: `30 Juni 2025` / `30 June 2025`. Unparseable input is returned as is. */
export function formatDate(iso: string, lang: Lang = 'id', style: 'long' | 'medium' = 'long'): string {
  const d = parseDay(iso);
  if (!d) return iso;
  return dateFormat(lang, `date-${style}`, { dateStyle: style, timeZone: 'UTC' }).format(d);
}

/** `Juni 2025` — for axis ticks and period labels. */
export function formatMonthYear(iso: string, lang: Lang = 'id'): string {
  const d = parseDay(iso);
  if (!d) return iso;
  return dateFormat(lang, 'my', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(d);
}

/** A list in prose: `Dana Desa, ADD, dan PADes`. */
export function formatList(items: string[], lang: Lang = 'id'): string {
  return cached(`l|${lang}`, () => new Intl.ListFormat(intlLocale(lang), { style: 'long', type: 'conjunction' })).format(items);
}
