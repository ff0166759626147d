import type { Apbdes, BarisAnggaran } from '../schema/entities/index.js';
import { isKodeWithin } from '../schema/codes/index.js';
import { BATAS_SILTAP } from '../schema/rules/options.js';
import { persenOf } from './figure.js';
import { linesUnder } from './apbdes-totals.js';

/** Jenis of siltap, tunjangan and BPD allowances: the "30" of the 70/30 rule (PP 11/2019). */
export const SILTAP_JENIS: readonly string[] = ['5.1.1', '5.1.2', '5.1.4'];
/** The same costs by kegiatan, for data whose lines are not coded down to those jenis. */
export const SILTAP_KEGIATAN: readonly string[] = ['1.1.01', '1.1.02', '1.1.05'];

export interface SiltapShare {
  siltap: number;
  belanja: number;
  /** siltap / belanja as a fraction; null when there is no belanja. */
  share: number | null;
  threshold: number;
  over: boolean;
  /** Which rule found the siltap lines: by jenis rekening, or (when no line has those jenis) by kegiatan. */
  basis: 'jenis' | 'kegiatan';
}

/**
 * Share of planned belanja (anggaran) that goes to siltap and allowances, against the same
 * configurable cap the validation rules use (`BATAS_SILTAP`). Rule: the lines coded to the
 * siltap jenis, when the budget has any; only when it has none (data not coded down to those
 * jenis), the lines of the siltap kegiatan. Never both, so other costs booked inside those
 * kegiatan (e.g. 5.1.3 jaminan sosial) do not count when the jenis are there.
 */
export function siltapShare(apbdes: Apbdes, threshold: number = BATAS_SILTAP): SiltapShare {
  const belanjaLines = linesUnder(apbdes, '5');
  const byJenis = (line: BarisAnggaran) => SILTAP_JENIS.some((j) => isKodeWithin(line.kodeRekening, j));
  const byKegiatan = (line: BarisAnggaran) =>
    line.kodeKegiatan !== undefined && SILTAP_KEGIATAN.includes(line.kodeKegiatan);
  const basis = belanjaLines.some(byJenis) ? 'jenis' : 'kegiatan';
  const isSiltap = basis === 'jenis' ? byJenis : byKegiatan;
  let siltap = 0;
  let belanja = 0;
  for (const line of belanjaLines) {
    belanja += line.anggaran;
    if (isSiltap(line)) siltap += line.anggaran;
  }
  const share = persenOf(siltap, belanja);
  return { siltap, belanja, share, threshold, over: share !== null && share > threshold, basis };
}
