/**
 * Which kegiatan the timeline shows and in what groups. Filters combine with AND; inside one
 * filter the listed values combine with OR (bidang 2 or 3), as a deep link reads them.
 */
import { STATUS_KEGIATAN, type Kegiatan, type StatusKegiatan } from '../schema/index.js';
import { compareText } from './kode-order.js';
import { kegiatanSpan } from './timeline-layout.js';

export interface KegiatanFilter {
  year?: number;
  bidang?: readonly number[];
  status?: readonly string[];
  dusun?: readonly string[];
  /** Words that must all appear in the name, description, location, output or code. */
  q?: string;
}

/** Lower case without diacritics, so "Kedungwaru" finds "kedungwaru" and "é" finds "e". */
export function searchKey(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

function haystack(k: Kegiatan): string {
  return searchKey(
    [k.nama, k.deskripsi, k.lokasi?.deskripsi, k.keluaran, k.sasaran, k.kodeKegiatan, k.id, k.pelaksana?.nama]
      .filter(Boolean)
      .join(' '),
  );
}

export function filterKegiatan(list: readonly Kegiatan[], f: KegiatanFilter): Kegiatan[] {
  const words = searchKey(f.q ?? '').split(/\s+/).filter(Boolean);
  const has = <T>(set: readonly T[] | undefined, v: T | undefined) => !set?.length || (v !== undefined && set.includes(v));
  return list.filter(
    (k) =>
      (f.year === undefined || k.tahun === f.year) &&
      has(f.bidang, k.bidang) &&
      has(f.status, k.status) &&
      has(f.dusun, k.lokasi?.dusunId) &&
      (!words.length || words.every((w) => haystack(k).includes(w))),
  );
}

export type GroupBy = 'bidang' | 'status' | 'tahun';
export const GROUP_BYS: readonly GroupBy[] = ['bidang', 'status', 'tahun'];

export interface KegiatanGroup {
  /** The bidang number, the status slug or the year. */
  key: number | StatusKegiatan;
  items: Kegiatan[];
}

/** Start date, then name: the order a reader scans a schedule in. */
function bySchedule(list: Kegiatan[]): Kegiatan[] {
  // Spans computed once, not per comparison: a thousand kegiatan take ten thousand comparisons.
  const start = new Map(list.map((k) => [k, kegiatanSpan(k).mulai]));
  return list.sort((a, b) => compareText(start.get(a)!, start.get(b)!) || compareText(a.nama, b.nama) || compareText(a.id, b.id));
}

/** Groups in their natural order (bidang 1–5, status from usulan to dibatalkan, years ascending); empty groups left out. */
export function groupKegiatan(list: readonly Kegiatan[], by: GroupBy): KegiatanGroup[] {
  const map = new Map<number | StatusKegiatan, Kegiatan[]>();
  for (const k of list) {
    const key = by === 'bidang' ? k.bidang : by === 'status' ? k.status : k.tahun;
    let items = map.get(key);
    if (!items) map.set(key, (items = []));
    items.push(k);
  }
  const order = (key: number | StatusKegiatan) => (typeof key === 'number' ? key : STATUS_KEGIATAN.indexOf(key));
  return [...map.entries()]
    .sort(([a], [b]) => order(a) - order(b))
    .map(([key, items]) => ({ key, items: bySchedule(items) }));
}

/** The fiscal years that have kegiatan, ascending. */
export function kegiatanYears(list: readonly Kegiatan[]): number[] {
  return [...new Set(list.map((k) => k.tahun))].sort((a, b) => a - b);
}
