/**
 * Cross-field rules of DATA-MODEL.md section 12, run over a dataset that already passed the
 * structural (zod) check. Pure: the same document always gives the same issues, in the order
 * of the rule families below.
 */
import type { KpmDesaDataset } from '../entities/dataset.js';
import type { ValidationIssue } from '../issues.js';
import { balanceRules } from './balance.js';
import { runRuleFamilies, type Rule } from './family.js';
import { kegiatanRules } from './kegiatan.js';
import { kodeRules } from './kode.js';
import type { RuleOptions } from './options.js';
import { penilaianRules } from './penilaian.js';
import { periodRules } from './periods.js';
import { realisasiRules } from './realisasi.js';
import { referenceRules } from './references.js';
import { timingRules } from './timing.js';
import { usulanRules } from './usulan.js';
import { wilayahRules } from './wilayah.js';

export {
  BATAS_SILTAP,
  MASA_TENGGANG_LPJ_BULAN,
  SKOR_BUTUH_BUKTI,
  needsEvidence,
  type ResolvedRuleOptions,
  type RuleOptions,
} from './options.js';
export { formatPersen, formatRupiah } from './format.js';
export { checkConsent } from './usulan.js';
export { runRuleFamilies, type Rule } from './family.js';
export {
  balanceRules,
  kegiatanRules,
  kodeRules,
  penilaianRules,
  periodRules,
  realisasiRules,
  referenceRules,
  timingRules,
  usulanRules,
  wilayahRules,
};

/** Every family, in the order their issues are reported. */
export const ALL_RULES: readonly Rule[] = [
  wilayahRules,
  referenceRules,
  kodeRules,
  realisasiRules,
  balanceRules,
  timingRules,
  kegiatanRules,
  penilaianRules,
  usulanRules,
  periodRules,
];

export function runRules(data: KpmDesaDataset, options?: RuleOptions): ValidationIssue[] {
  return runRuleFamilies(ALL_RULES, data, options);
}
