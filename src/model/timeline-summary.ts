/**
 * The figures in the timeline's summary sentence and the warnings shown beside a kegiatan.
 */
import { STATUS_KEGIATAN, type Kegiatan, type Progres, type StatusKegiatan } from '../schema/index.js';
import { yearOf } from './timeline-dates.js';

/** The latest progress entry by date; of two on one date the later-listed (a correction) wins. */
export function latestProgres(k: Pick<Kegiatan, 'progres'>): Progres | undefined {
  let best: Progres | undefined;
  for (const p of k.progres ?? []) if (!best || p.tanggal >= best.tanggal) best = p;
  return best;
}

export interface KegiatanSummary {
  total: number;
  /** Counts in status order, only the statuses that occur. */
  perStatus: { status: StatusKegiatan; count: number }[];
  /**
   * Mean of the latest `persenFisik` as a fraction (0.63), over kegiatan that have a progress
   * entry and are not cancelled: a plan with no work yet has no progress to average, and a
   * cancelled one would only drag the figure down. Null when no kegiatan qualifies.
   */
  averageProgress: number | null;
  /** How many kegiatan the average is over. */
  measured: number;
}

export function summarizeKegiatan(list: readonly Kegiatan[]): KegiatanSummary {
  const counts = new Map<StatusKegiatan, number>();
  let sum = 0;
  let measured = 0;
  for (const k of list) {
    counts.set(k.status, (counts.get(k.status) ?? 0) + 1);
    const p = latestProgres(k);
    if (p && k.status !== 'dibatalkan') {
      sum += p.persenFisik;
      measured += 1;
    }
  }
  return {
    total: list.length,
    perStatus: STATUS_KEGIATAN.filter((s) => counts.has(s)).map((status) => ({ status, count: counts.get(status)! })),
    averageProgress: measured ? sum / measured / 100 : null,
    measured,
  };
}

export type KegiatanWarning =
  | { code: 'progress_drop'; tanggal: string; dari: number; ke: number }
  | { code: 'selesai_below_100'; persen: number }
  | { code: 'outside_fiscal_year'; field: 'mulai' | 'selesai'; tanggal: string };

/**
 * What a reader should be told about a kegiatan's record: a drop in progress with no note to
 * explain it, an activity marked done whose latest report is below 100 % (none without a report),
 * a schedule date outside its fiscal year.
 */
export function kegiatanWarnings(k: Kegiatan): KegiatanWarning[] {
  const out: KegiatanWarning[] = [];
  const log = k.progres ?? [];
  log.forEach((p, i) => {
    const before = log[i - 1];
    if (before && p.persenFisik < before.persenFisik && !p.catatan?.trim()) {
      out.push({ code: 'progress_drop', tanggal: p.tanggal, dari: before.persenFisik, ke: p.persenFisik });
    }
  });
  // Without any progress report there is no figure to contradict "selesai": the row already
  // says no report exists, so claiming "only 0 %" would invent a measurement.
  const latest = latestProgres(k);
  if (k.status === 'selesai' && latest && latest.persenFisik < 100) {
    out.push({ code: 'selesai_below_100', persen: latest.persenFisik });
  }
  for (const field of ['mulai', 'selesai'] as const) {
    const tanggal = k.jadwal?.[field];
    if (tanggal && yearOf(tanggal) !== k.tahun) out.push({ code: 'outside_fiscal_year', field, tanggal });
  }
  return out;
}
