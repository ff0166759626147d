import type { Apbdes } from '../schema/index.js';
import { siltapSelector, type SiltapBasis } from '../schema/codes/index.js';
import { BATAS_SILTAP } from '../schema/rules/options.js';
import { persenOf } from './figure.js';
import { linesUnder } from './apbdes-totals.js';

export interface SiltapShare {
  siltap: number;
  belanja: number;
  /** siltap / belanja as a fraction; null when there is no belanja. */
  share: number | null;
  threshold: number;
  over: boolean;
  /** Which rule found the siltap lines: by jenis rekening, or (when no line has those jenis) by kegiatan. */
  basis: SiltapBasis;
}

/**
 * Share of planned belanja (anggaran) that goes to siltap and allowances (the 70/30 rule),
 * with the validator's own line selection (`siltapSelector`: jenis 5.1.1/5.1.2/5.1.4 when the
 * budget has any, else kegiatan 1.1.01/1.1.02/1.1.05) and its cap `BATAS_SILTAP`, so a widget
 * and the `siltap_over_30` warning never disagree.
 */
export function siltapShare(apbdes: Apbdes, threshold: number = BATAS_SILTAP): SiltapShare {
  const belanjaLines = linesUnder(apbdes, '5');
  const { basis, isSiltap } = siltapSelector(belanjaLines);
  let siltap = 0;
  let belanja = 0;
  for (const line of belanjaLines) {
    belanja += line.anggaran;
    if (isSiltap(line)) siltap += line.anggaran;
  }
  const share = persenOf(siltap, belanja);
  return { siltap, belanja, share, threshold, over: share !== null && share > threshold, basis };
}
