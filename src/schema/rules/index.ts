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
import { resolveOptions, type ResolvedRuleOptions, type RuleOptions } from './options.js';
import { checkPenilaian } from './penilaian.js';
import { checkPeriods } from './periods.js';
import { checkRealisasi } from './realisasi.js';
import { checkReferences } from './references.js';
import { checkTiming } from './timing.js';
import { checkUsulan } from './usulan.js';
import { checkWilayah } from './wilayah.js';

export {
  BATAS_SILTAP,
  MASA_TENGGANG_LPJ_BULAN,
  SKOR_BUTUH_BUKTI,
  type ResolvedRuleOptions,
  type RuleOptions,
} from './options.js';
export { formatPersen, formatRupiah } from './format.js';
export { checkConsent } from './usulan.js';

/**
 * One family of rules over a structurally sound dataset. A validator composed for one widget
 * (dataset-validator.ts) runs only the families for what it carries; each family only looks
 * at the collections it is about, so one that is left out of `data` is simply not checked.
 */
export type Rule = (data: KpmDesaDataset, options: ResolvedRuleOptions) => ValidationIssue[];

/** `desa.kodeWilayah` against `desa.jenis`. */
export const wilayahRules: Rule = (data) => checkWilayah(data);
/** Every `…Id` between collections the data carries (options.collections). */
export const referenceRules: Rule = (data, o) => checkReferences(data, o.idsInInput, o.collections);
/** Kode rekening and kode kegiatan of budget lines, kegiatan and usulan. */
export const kodeRules: Rule = (data) => checkKode(data);
/** Realisation of budget lines and kegiatan. */
export const realisasiRules: Rule = (data, o) => checkRealisasi(data, o);
/** APBDes balance: pembiayaan, surplus, siltap share. */
export const balanceRules: Rule = (data, o) => checkBalance(data, o);
/** Dates of forums, planning documents and budgets in the planning calendar. */
export const timingRules: Rule = (data) => checkTiming(data);
export const kegiatanRules: Rule = (data) => checkKegiatan(data);
/** Terms, schedules and partnership periods that end before they start (every collection). */
export const periodRules: Rule = (data) => checkPeriods(data);
/** Assessments against their framework (kerangkaPenilaian, or the built-in one). */
export const penilaianRules: Rule = (data, o) => checkPenilaian(data, o);
export const usulanRules: Rule = (data) => checkUsulan(data);

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

/**
 * Runs the given families in the order given. (Not filtered through ALL_RULES: referring to it
 * here would put every family into every widget's bundle.)
 */
export function runRuleFamilies(rules: readonly Rule[], data: KpmDesaDataset, options?: RuleOptions): ValidationIssue[] {
  const resolved = resolveOptions(options);
  return rules.flatMap((rule) => rule(data, resolved));
}

export function runRules(data: KpmDesaDataset, options?: RuleOptions): ValidationIssue[] {
  return runRuleFamilies(ALL_RULES, data, options);
}
