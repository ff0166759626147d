import type { Apbdes, BarisAnggaran } from '../schema/index.js';
import {
  SUMBER_DANA_KODE,
  akunOf,
  isKodeWithin,
  sumberDanaOfKodeRekening,
  type SumberDanaSlug,
} from '../schema/codes/index.js';
import { differenceFigure, makeFigure, sumFigure, type Figure } from './figure.js';
import { realisasiAsOf } from './realisasi.js';
import { compareText } from './kode-order.js';

/** Money in and out of one funding source. */
export interface SumberDanaRow {
  sumberDana: SumberDanaSlug;
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
export function sumberDanaOf(line: BarisAnggaran): SumberDanaSlug {
  return (line.sumberDana as SumberDanaSlug | undefined) ?? sumberDanaOfKodeRekening(line.kodeRekening) ?? 'lainnya';
}

const ORDER = Object.keys(SUMBER_DANA_KODE) as SumberDanaSlug[];

/** One row per source that has any line, in the order of the sumber dana list (DATA-MODEL.md section 11). */
export function perSumberDana(apbdes: Apbdes, asOf?: string): SumberDanaRow[] {
  type Sums = Record<Side, { anggaran: number; realisasi: number }>;
  const sums = new Map<SumberDanaSlug, Sums>();
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
  const rank = (slug: SumberDanaSlug) => {
    const i = ORDER.indexOf(slug);
    return i < 0 ? ORDER.length : i;
  };
  return [...sums.keys()]
    .sort((a, b) => rank(a) - rank(b) || compareText(a, b))
    .map((sumberDana) => {
      const s = sums.get(sumberDana)!;
      const penerimaan = makeFigure(s.penerimaan.anggaran, s.penerimaan.realisasi);
      const belanja = makeFigure(s.belanja.anggaran, s.belanja.realisasi);
      const pengeluaranPembiayaan = makeFigure(s.pengeluaranPembiayaan.anggaran, s.pengeluaranPembiayaan.realisasi);
      const saldo = differenceFigure(penerimaan, sumFigure(belanja, pengeluaranPembiayaan));
      return { sumberDana, penerimaan, belanja, pengeluaranPembiayaan, saldo };
    });
}
