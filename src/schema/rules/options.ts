/**
 * The thresholds the rules use. Those marked [K] in DATA-MODEL.md are customary rather than
 * verified, so a host can override them through `runRules(data, options)`.
 */

/** 70/30: siltap and allowances above this share of belanja draw a warning. */
export const BATAS_SILTAP = 0.3;

/** Months after year end in which realisation may still be dated (the LPJ period). */
export const MASA_TENGGANG_LPJ_BULAN = 3;

/** A criterion scored at or above this needs evidence, or an info is raised. */
export const SKOR_BUTUH_BUKTI = 3;

export interface RuleOptions {
  /** Share of belanja (0–1) above which siltap draws `siltap_over_30`; default 0.3. */
  batasSiltap?: number;
  /** Grace months after 31 Dec for realisation dates; default 3. */
  masaTenggangBulan?: number;
  /** Lowest score that needs evidence; default 3. */
  skorButuhBukti?: number;
  /**
   * Ids that exist in the input even where their entity failed validation and was left out.
   * A reference to such an id is not dangling: its target's own error is already reported,
   * and one broken kegiatan must not cascade into "missing" errors on every budget line.
   */
  idsInInput?: ReadonlyMap<string, ReadonlySet<string>>;
  /**
   * The collections the data was validated for (a widget's own validator carries only what it
   * shows). A reference into a collection outside this set is not checked, because its target
   * was never loaded; default: every collection.
   */
  collections?: ReadonlySet<string>;
}

type Passed = 'idsInInput' | 'collections';
export type ResolvedRuleOptions = Required<Omit<RuleOptions, Passed>> & Pick<RuleOptions, Passed>;

export function resolveOptions(options: RuleOptions = {}): ResolvedRuleOptions {
  return {
    batasSiltap: options.batasSiltap ?? BATAS_SILTAP,
    masaTenggangBulan: options.masaTenggangBulan ?? MASA_TENGGANG_LPJ_BULAN,
    skorButuhBukti: options.skorButuhBukti ?? SKOR_BUTUH_BUKTI,
    idsInInput: options.idsInInput,
    collections: options.collections,
  };
}
