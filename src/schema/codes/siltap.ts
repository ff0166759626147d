/**
 * The "30" of the 70/30 rule (PP 11/2019): siltap and allowances of the village head,
 * officials and BPD. One definition, shared by the validation warning and the model's
 * siltap share, so a widget and the validator never disagree about the same budget.
 */
import { isKodeWithin } from './kode-rekening.js';

/** Siltap by jenis rekening. */
export const SILTAP_JENIS: readonly string[] = ['5.1.1', '5.1.2', '5.1.4'];

/** The same costs by kegiatan, for data whose lines are not coded down to those jenis. */
export const SILTAP_KEGIATAN: readonly string[] = ['1.1.01', '1.1.02', '1.1.05'];

export type SiltapBasis = 'jenis' | 'kegiatan';

interface Line {
  kodeRekening: string;
  kodeKegiatan?: string;
}

const byJenis = (line: Line) => SILTAP_JENIS.some((j) => isKodeWithin(line.kodeRekening, j));
const byKegiatan = (line: Line) =>
  line.kodeKegiatan !== undefined && SILTAP_KEGIATAN.includes(line.kodeKegiatan);

/**
 * How to recognise siltap lines among a budget's belanja lines: by jenis when any line carries
 * a siltap jenis, otherwise by kegiatan. Never both, so a budget coded both ways is read one
 * consistent way.
 */
export function siltapSelector(belanja: readonly Line[]): {
  basis: SiltapBasis;
  isSiltap: (line: Line) => boolean;
} {
  return belanja.some(byJenis)
    ? { basis: 'jenis', isSiltap: byJenis }
    : { basis: 'kegiatan', isSiltap: byKegiatan };
}
