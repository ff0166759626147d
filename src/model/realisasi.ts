import type { Apbdes, BarisAnggaran } from '../schema/index.js';
import { makeFigure, type Figure } from './figure.js';

/**
 * Realisation snapshots are cumulative, so the figure "as of" a date is the latest snapshot
 * on or before it — never a sum of snapshots. Without `asOf` the latest snapshot counts.
 * A line with no snapshot by then has realised 0.
 */
export function realisasiAsOf(line: BarisAnggaran, asOf?: string): number {
  let bestDate: string | undefined;
  let best = 0;
  for (const snap of line.realisasi ?? []) {
    if (asOf !== undefined && snap.sampaiTanggal > asOf) continue;
    // `>=` so that of two snapshots on one date the later-listed (a correction) wins.
    if (bestDate === undefined || snap.sampaiTanggal >= bestDate) {
      bestDate = snap.sampaiTanggal;
      best = snap.jumlah;
    }
  }
  return best;
}

/** Every date any line reports realisation to, ascending and unique: the choices for an as-of picker. */
export function snapshotDates(apbdes: Apbdes): string[] {
  const dates = new Set<string>();
  for (const line of apbdes.baris) for (const snap of line.realisasi ?? []) dates.add(snap.sampaiTanggal);
  return [...dates].sort();
}

export function latestSnapshotDate(apbdes: Apbdes): string | undefined {
  const dates = snapshotDates(apbdes);
  return dates[dates.length - 1];
}

/** Sum of the lines' anggaran and of their realisation as of `asOf`, in integer rupiah. */
export function sumLines(lines: Iterable<BarisAnggaran>, asOf?: string): Figure {
  let anggaran = 0;
  let realisasi = 0;
  for (const line of lines) {
    anggaran += line.anggaran;
    realisasi += realisasiAsOf(line, asOf);
  }
  return makeFigure(anggaran, realisasi);
}
