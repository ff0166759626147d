import type { Apbdes, BarisAnggaran, SumberDana } from '../schema/index.js';
import { LABEL_SUMBER_DANA, SUMBER_DANA } from '../schema/entities/enums.js';
import type { LocalizedText } from '../schema/issues.js';
import { akunOf, isKodeWithin, sumberDanaOfKodeRekening } from '../schema/codes/index.js';
import { differenceFigure, makeFigure, sumFigure, type Figure } from './figure.js';
import { realisasiAsOf } from './realisasi.js';
import { compareKode, compareText } from './kode-order.js';

/** Money in and out of one funding source. */
export interface SumberDanaRow {
  sumberDana: SumberDana;
  label: LocalizedText;
  /** Pendapatan (4.x) and penerimaan pembiayaan (6.1, e.g. SiLPA) booked to this source. */
  penerimaan: Figure;
  belanja: Figure;
  pengeluaranPembiayaan: Figure;
  /** Penerimaan − belanja − pengeluaran pembiayaan: 0 in a plan where the source balances. */
  saldo: Figure;
}

type Side = 'penerimaan' | 'belanja' | 'pengeluaranPembiayaan';

function sideOf(line: BarisAnggaran): Side | undefined {
  const akun = akunOf(line.kodeRekening);
  if (akun === '4' || isKodeWithin(line.kodeRekening, '6.1')) return 'penerimaan';
  if (akun === '5') return 'belanja';
  if (isKodeWithin(line.kodeRekening, '6.2')) return 'pengeluaranPembiayaan';
  return undefined;
}

/**
 * A line's source: its own `sumberDana`, else (income only) the source its kode rekening
 * flows from. Validation requires `sumberDana` on 5.x and 6.2 lines, so `lainnya` is only a
 * last resort that keeps the totals complete.
 */
export function sumberDanaOf(line: BarisAnggaran): SumberDana {
  return line.sumberDana ?? sumberDanaOfKodeRekening(line.kodeRekening) ?? 'lainnya';
}

/** One row per source that has any line, in the order of the sumber dana list (DATA-MODEL.md section 11). */
export function perSumberDana(apbdes: Apbdes, asOf?: string): SumberDanaRow[] {
  type Sums = Record<Side, { anggaran: number; realisasi: number }>;
  const sums = new Map<SumberDana, Sums>();
  for (const line of apbdes.baris) {
    const side = sideOf(line);
    if (side === undefined) continue;
    const slug = sumberDanaOf(line);
    let s = sums.get(slug);
    if (!s) {
      s = {
        penerimaan: { anggaran: 0, realisasi: 0 },
        belanja: { anggaran: 0, realisasi: 0 },
        pengeluaranPembiayaan: { anggaran: 0, realisasi: 0 },
      };
      sums.set(slug, s);
    }
    s[side].anggaran += line.anggaran;
    s[side].realisasi += realisasiAsOf(line, asOf);
  }
  return [...sums.keys()]
    .sort((a, b) => SUMBER_DANA.indexOf(a) - SUMBER_DANA.indexOf(b))
    .map((sumberDana) => {
      const s = sums.get(sumberDana)!;
      const penerimaan = makeFigure(s.penerimaan.anggaran, s.penerimaan.realisasi);
      const belanja = makeFigure(s.belanja.anggaran, s.belanja.realisasi);
      const pengeluaranPembiayaan = makeFigure(s.pengeluaranPembiayaan.anggaran, s.pengeluaranPembiayaan.realisasi);
      const saldo = differenceFigure(penerimaan, sumFigure(belanja, pengeluaranPembiayaan));
      return { sumberDana, label: LABEL_SUMBER_DANA[sumberDana], penerimaan, belanja, pengeluaranPembiayaan, saldo };
    });
}

/** One belanja line of a source, for the customary "kegiatan Dana Desa" list on a baliho. */
export interface BelanjaSumberRow extends Figure {
  kodeRekening: string;
  kodeKegiatan?: string;
  /** The line's `namaKegiatan`, else its uraian. */
  namaKegiatan: string;
  lokasi?: string;
  volume?: number;
  satuan?: string;
  kegiatanId?: string;
}

/** Copies only the optional fields a line has, so rows stay free of `undefined` keys. */
function present<T extends object, K extends keyof T>(source: T, keys: readonly K[]): Partial<Pick<T, K>> {
  const out: Partial<Pick<T, K>> = {};
  for (const k of keys) if (source[k] !== undefined) out[k] = source[k];
  return out;
}

/**
 * The belanja lines paid from one source, largest anggaran first, ties in code order (kegiatan,
 * then rekening, then name) so the order never depends on the data's line order.
 */
export function belanjaOfSumber(apbdes: Apbdes, sumberDana: SumberDana, asOf?: string): BelanjaSumberRow[] {
  return apbdes.baris
    .filter((line) => akunOf(line.kodeRekening) === '5' && line.sumberDana === sumberDana)
    .map((line) => ({
      kodeRekening: line.kodeRekening,
      namaKegiatan: line.namaKegiatan ?? line.uraian,
      ...present(line, ['kodeKegiatan', 'lokasi', 'volume', 'satuan', 'kegiatanId'] as const),
      ...makeFigure(line.anggaran, realisasiAsOf(line, asOf)),
    }))
    .sort(
      (a, b) =>
        b.anggaran - a.anggaran ||
        compareKode(a.kodeKegiatan ?? '0', b.kodeKegiatan ?? '0') ||
        compareKode(a.kodeRekening, b.kodeRekening) ||
        compareText(a.namaKegiatan, b.namaKegiatan),
    );
}
