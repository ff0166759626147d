/**
 * One assessment against its framework: per-criterion score and scale label, indicators as a
 * checklist, evidence counts, the "high score without evidence" flag, the average over the
 * assessed criteria, n/m assessed and the weakest criteria. Not-assessed (`skor: null`, or a
 * criterion the assessment lacks) is kept apart from every number, never read as zero.
 */
import type { Teks } from '../schema/entities/common.js';
import type { Bukti, KerangkaPenilaian, PenilaianKelompok } from '../schema/entities/penilaian.js';
import { needsEvidence, scaleLabel, scoreFraction } from './scorecard-kerangka.js';

export interface IndikatorCheck {
  id: string;
  /** The framework's wording; an indicator the framework does not list shows its id. */
  teks: Teks;
  /** null: the assessment does not say. */
  terpenuhi: boolean | null;
}

export interface CriterionScore {
  kode: string;
  nama: Teks;
  deskripsi?: Teks;
  skor: number | null;
  label: Teks | null;
  /** score / scale maximum, for bars and the radar; null when not assessed. */
  fraction: number | null;
  indikator: IndikatorCheck[];
  /** Indicators answered as met. */
  indikatorTerpenuhi: number;
  /** Indicators the assessment answers (met or not); the rest are unknown, never "not met". */
  indikatorDiketahui: number;
  bukti: Bukti[];
  /** Evidence count per kind, in first-seen order. */
  buktiPerJenis: { jenis: Bukti['jenis']; jumlah: number }[];
  /** Scored at or above the evidence threshold with no evidence at all. */
  tanpaBukti: boolean;
  catatan?: string;
  rekomendasi?: string;
}

export interface ScorecardScore {
  penilaian: PenilaianKelompok;
  kerangka: KerangkaPenilaian;
  kriteria: CriterionScore[];
  /** Criteria with a score. */
  dinilai: number;
  /** Criteria in the framework. */
  total: number;
  /** Mean of the assessed scores; null when none is assessed. */
  rataRata: number | null;
  /** The assessed criteria sharing the lowest score, in framework order; none when all are at the top. */
  terlemah: CriterionScore[];
  /** The criteria flagged `tanpaBukti`. */
  tanpaBukti: CriterionScore[];
  jumlahBukti: number;
}

export interface ScoreOptions {
  /**
   * Lowest score that needs evidence, on the framework's own scale. By default the schema
   * rule's 3 of the built-in 1–4 scale, moved to the same place on the framework's scale
   * (`needsEvidence`): 3 on 1–4, 67 on 0–100.
   */
  skorButuhBukti?: number;
}

function indicatorChecks(
  listed: NonNullable<KerangkaPenilaian['kriteria'][number]['indikator']>,
  given: readonly { id: string; terpenuhi: boolean }[],
): IndikatorCheck[] {
  const byId = new Map(given.map((g) => [g.id, g.terpenuhi]));
  const checks: IndikatorCheck[] = listed.map((i) => ({ id: i.id, teks: i.teks, terpenuhi: byId.get(i.id) ?? null }));
  const known = new Set(listed.map((i) => i.id));
  for (const g of given) if (!known.has(g.id)) checks.push({ id: g.id, teks: g.id, terpenuhi: g.terpenuhi });
  return checks;
}

function countByJenis(bukti: readonly Bukti[]): CriterionScore['buktiPerJenis'] {
  const counts = new Map<Bukti['jenis'], number>();
  for (const b of bukti) counts.set(b.jenis, (counts.get(b.jenis) ?? 0) + 1);
  return [...counts].map(([jenis, jumlah]) => ({ jenis, jumlah }));
}

export function scoreAssessment(
  penilaian: PenilaianKelompok,
  kerangka: KerangkaPenilaian,
  options: ScoreOptions = {},
): ScorecardScore {
  const high = (skor: number) => needsEvidence(kerangka, skor, options.skorButuhBukti);
  const given = new Map(penilaian.kriteria.map((k) => [k.kode, k]));
  const kriteria = kerangka.kriteria.map((def): CriterionScore => {
    const entry = given.get(def.kode);
    const skor = entry?.skor ?? null;
    const bukti = entry?.bukti ?? [];
    const indikator = indicatorChecks(def.indikator ?? [], entry?.indikator ?? []);
    return {
      kode: def.kode,
      nama: def.nama,
      ...(def.deskripsi !== undefined ? { deskripsi: def.deskripsi } : {}),
      skor,
      label: scaleLabel(kerangka, skor),
      fraction: scoreFraction(kerangka, skor),
      indikator,
      indikatorTerpenuhi: indikator.filter((i) => i.terpenuhi === true).length,
      indikatorDiketahui: indikator.filter((i) => i.terpenuhi !== null).length,
      bukti,
      buktiPerJenis: countByJenis(bukti),
      tanpaBukti: skor !== null && high(skor) && bukti.length === 0,
      ...(entry?.catatan !== undefined ? { catatan: entry.catatan } : {}),
      ...(entry?.rekomendasi !== undefined ? { rekomendasi: entry.rekomendasi } : {}),
    };
  });
  const assessed = kriteria.filter((k) => k.skor !== null);
  const sum = assessed.reduce((s, k) => s + k.skor!, 0);
  const lowest = Math.min(...assessed.map((k) => k.skor!));
  return {
    penilaian,
    kerangka,
    kriteria,
    dinilai: assessed.length,
    total: kriteria.length,
    rataRata: assessed.length ? sum / assessed.length : null,
    terlemah: assessed.length && lowest < kerangka.skala.maks ? assessed.filter((k) => k.skor === lowest) : [],
    tanpaBukti: kriteria.filter((k) => k.tanpaBukti),
    jumlahBukti: kriteria.reduce((s, k) => s + k.bukti.length, 0),
  };
}
