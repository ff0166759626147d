/**
 * Trend: an assessment against the previous one of the same group on the same framework.
 * Changes are only computed where both have a score; a criterion newly assessed or dropped
 * has no change rather than a jump from or to zero.
 */
import type { PenilaianKelompok, Teks } from '../schema/index.js';
import { compareText } from './kode-order.js';
import type { ScorecardScore } from './scorecard-score.js';

export interface CriterionChange {
  kode: string;
  nama: Teks;
  skor: number | null;
  sebelumnya: number | null;
  /** skor − sebelumnya; null unless both are assessed. */
  selisih: number | null;
}

export interface ScorecardTrend {
  sebelumnya: PenilaianKelompok;
  perubahan: CriterionChange[];
  rataRataSebelumnya: number | null;
  /** Change of the average; null unless both averages exist. */
  selisihRataRata: number | null;
}

/** A group's assessments, newest first (by date, then the later one in the list). */
export function assessmentsOf(list: readonly PenilaianKelompok[], kelompokId: string): PenilaianKelompok[] {
  return list
    .map((p, i) => ({ p, i }))
    .filter(({ p }) => p.kelompokId === kelompokId)
    .sort((a, b) => compareText(b.p.tanggal, a.p.tanggal) || b.i - a.i)
    .map(({ p }) => p);
}

/** The assessment before `current`: same group, same framework, the newest one dated earlier. */
export function previousAssessment(
  list: readonly PenilaianKelompok[],
  current: PenilaianKelompok,
): PenilaianKelompok | undefined {
  return assessmentsOf(list, current.kelompokId).find(
    (p) => p !== current && p.kerangkaId === current.kerangkaId && p.tanggal < current.tanggal,
  );
}

export function assessmentTrend(current: ScorecardScore, previous: ScorecardScore): ScorecardTrend {
  const before = new Map(previous.kriteria.map((k) => [k.kode, k.skor]));
  const perubahan = current.kriteria.map((k): CriterionChange => {
    const sebelumnya = before.get(k.kode) ?? null;
    return {
      kode: k.kode,
      nama: k.nama,
      skor: k.skor,
      sebelumnya,
      selisih: k.skor !== null && sebelumnya !== null ? k.skor - sebelumnya : null,
    };
  });
  const a = current.rataRata;
  const b = previous.rataRata;
  return {
    sebelumnya: previous.penilaian,
    perubahan,
    rataRataSebelumnya: b,
    selisihRataRata: a !== null && b !== null ? a - b : null,
  };
}
