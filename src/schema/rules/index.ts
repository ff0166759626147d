/**
 * Cross-field rules of DATA-MODEL.md section 12, run over a dataset that already passed the
 * structural (zod) check. Pure: the same document always gives the same issues, in the order
 * of the rule families below.
 */
import type { KpmDesaDataset } from '../entities/index.js';
import type { ValidationIssue } from '../issues.js';
import { checkBalance } from './balance.js';
import { checkKegiatan } from './kegiatan.js';
import { checkKode } from './kode.js';
import { resolveOptions, type RuleOptions } from './options.js';
import { checkPenilaian } from './penilaian.js';
import { checkRealisasi } from './realisasi.js';
import { checkReferences } from './references.js';
import { checkTiming } from './timing.js';
import { checkUsulan } from './usulan.js';
import { checkWilayah } from './wilayah.js';

export {
  BATAS_SILTAP,
  MASA_TENGGANG_LPJ_BULAN,
  SKOR_BUTUH_BUKTI,
  type RuleOptions,
} from './options.js';
export { formatPersen, formatRupiah } from './format.js';
export { checkConsent } from './usulan.js';

export function runRules(data: KpmDesaDataset, options?: RuleOptions): ValidationIssue[] {
  const resolved = resolveOptions(options);
  return [
    ...checkWilayah(data),
    ...checkReferences(data, resolved.idsInInput),
    ...checkKode(data),
    ...checkRealisasi(data, resolved),
    ...checkBalance(data, resolved),
    ...checkTiming(data),
    ...checkKegiatan(data),
    ...checkPenilaian(data, resolved),
    ...checkUsulan(data),
  ];
}
