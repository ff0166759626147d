import type { Apbdes, BarisAnggaran } from '../schema/index.js';
import type { LocalizedText } from '../schema/issues.js';
import { KODE_REKENING, akunOf, jenisOf, kelompokOf, isKodeWithin } from '../schema/codes/index.js';
import { differenceFigure, makeFigure, sumFigure, type Figure } from './figure.js';
import { latestSnapshotDate, realisasiAsOf, sumLines } from './realisasi.js';
import { compareKode } from './kode-order.js';

/** The headline figures of one APBDes (DATA-MODEL.md Appendix A.1, "derived figures"). */
export interface ApbdesSummary {
  pendapatan: Figure;
  belanja: Figure;
  /** 6.1, e.g. SiLPA of the previous year. */
  penerimaanPembiayaan: Figure;
  /** 6.2, e.g. penyertaan modal. */
  pengeluaranPembiayaan: Figure;
  /** 6.1 − 6.2; may be negative; persen null. */
  pembiayaanNetto: Figure;
  /** Pendapatan − belanja; may be negative; persen null. */
  surplusDefisit: Figure;
  /** Surplus/defisit + pembiayaan netto: 0 in a balanced plan; its realisasi is the SiLPA carried forward. */
  silpaBerjalan: Figure;
  /** The realisation date used, or null when the budget has no realisation yet. */
  asOf: string | null;
}

export type KodeLevel = 'akun' | 'kelompok' | 'jenis';

export interface KodeRow extends Figure {
  kode: string;
  label: LocalizedText;
}

export function linesUnder(apbdes: Apbdes, kode: string): BarisAnggaran[] {
  return apbdes.baris.filter((line) => isKodeWithin(line.kodeRekening, kode));
}

/**
 * `asOf` defaults to the budget's latest snapshot, and the date actually used is returned so a
 * widget can say "realisasi s.d. 30 Juni 2025" without computing it again.
 */
export function summarizeApbdes(apbdes: Apbdes, asOf?: string): ApbdesSummary {
  const at = asOf ?? latestSnapshotDate(apbdes);
  const pendapatan = sumLines(linesUnder(apbdes, '4'), at);
  const belanja = sumLines(linesUnder(apbdes, '5'), at);
  const penerimaanPembiayaan = sumLines(linesUnder(apbdes, '6.1'), at);
  const pengeluaranPembiayaan = sumLines(linesUnder(apbdes, '6.2'), at);
  const pembiayaanNetto = differenceFigure(penerimaanPembiayaan, pengeluaranPembiayaan);
  const surplusDefisit = differenceFigure(pendapatan, belanja);
  return {
    pendapatan,
    belanja,
    penerimaanPembiayaan,
    pengeluaranPembiayaan,
    pembiayaanNetto,
    surplusDefisit,
    silpaBerjalan: sumFigure(surplusDefisit, pembiayaanNetto),
    asOf: at ?? null,
  };
}

/**
 * The code a line is counted under at `level`. A jenis missing from the shipped list (only a
 * warning in validation: Siskeudes versions differ) falls back to its kelompok, and a line
 * coded above the level asked for stays at the deepest level it has.
 */
export function kodeAtLevel(kodeRekening: string, level: KodeLevel): string {
  if (level === 'akun') return akunOf(kodeRekening);
  const kelompok = kelompokOf(kodeRekening) ?? akunOf(kodeRekening);
  if (level === 'kelompok') return kelompok;
  const jenis = jenisOf(kodeRekening);
  return jenis !== undefined && jenis in KODE_REKENING ? jenis : kelompok;
}

/** The shipped label of a code, or the code itself when the list does not know it. */
export function kodeLabel(kode: string): LocalizedText {
  return KODE_REKENING[kode] ?? { id: kode, en: kode };
}

/**
 * Totals per akun, kelompok or jenis, in chart-of-accounts order; only codes that have lines.
 * `akun` restricts the rows to pendapatan (4), belanja (5) or pembiayaan (6).
 */
export function groupByKode(
  apbdes: Apbdes,
  level: KodeLevel,
  akun?: '4' | '5' | '6',
  asOf?: string,
): KodeRow[] {
  const sums = new Map<string, { anggaran: number; realisasi: number }>();
  for (const line of apbdes.baris) {
    if (akun !== undefined && akunOf(line.kodeRekening) !== akun) continue;
    const kode = kodeAtLevel(line.kodeRekening, level);
    const sum = sums.get(kode) ?? { anggaran: 0, realisasi: 0 };
    sum.anggaran += line.anggaran;
    sum.realisasi += realisasiAsOf(line, asOf);
    sums.set(kode, sum);
  }
  return [...sums.keys()]
    .sort(compareKode)
    .map((kode) => {
      const { anggaran, realisasi } = sums.get(kode)!;
      return { kode, label: kodeLabel(kode), ...makeFigure(anggaran, realisasi) };
    });
}
