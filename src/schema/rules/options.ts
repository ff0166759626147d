/**
 * The thresholds the rules use. Those marked [K] in DATA-MODEL.md are customary rather than
 * verified, so a host can override them through `runRules(data, options)`.
 */

/** 70/30: siltap and allowances above this share of belanja draw a warning. */
export const BATAS_SILTAP = 0.3;

/** Months after year end in which realisation may still be dated (the LPJ period). */
export const MASA_TENGGANG_LPJ_BULAN = 3;

/** A criterion scored at or above this needs evidence, or an info is raised (on the 1–4 scale). */
export const SKOR_BUTUH_BUKTI = 3;

/** The scale SKOR_BUTUH_BUKTI is written for: the built-in kpm-8-kriteria framework's. */
export const SKALA_BAWAAN = { min: 1, maks: 4 } as const;

/**
 * Whether `skor` needs evidence on the scale `skala`: at or above `threshold` when one is
 * given; otherwise at the place SKOR_BUTUH_BUKTI has on the built-in 1–4 scale, two thirds
 * of the way from min to maks (3 on 1–4, 67 and up on 0–100, only 2 on 0–2). Whole numbers
 * only, so no rounding decides a borderline score.
 */
export function needsEvidence(skala: { min: number; maks: number }, skor: number, threshold?: number): boolean {
  if (threshold !== undefined) return skor >= threshold;
  const base = SKALA_BAWAAN;
  return (skor - skala.min) * (base.maks - base.min) >= (skala.maks - skala.min) * (SKOR_BUTUH_BUKTI - base.min);
}

export interface RuleOptions {
  /** Share of belanja (0–1) above which siltap draws `siltap_over_30`; default 0.3. */
  batasSiltap?: number;
  /** Grace months after 31 Dec for realisation dates; default 3. */
  masaTenggangBulan?: number;
  /** Lowest score that needs evidence, on every framework; default: 3 on the 1–4 scale, the same place on others (`needsEvidence`). */
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

type Passed = 'idsInInput' | 'collections' | 'skorButuhBukti';
export type ResolvedRuleOptions = Required<Omit<RuleOptions, Passed>> & Pick<RuleOptions, Passed>;

export function resolveOptions(options: RuleOptions = {}): ResolvedRuleOptions {
  return {
    batasSiltap: options.batasSiltap ?? BATAS_SILTAP,
    masaTenggangBulan: options.masaTenggangBulan ?? MASA_TENGGANG_LPJ_BULAN,
    skorButuhBukti: options.skorButuhBukti,
    idsInInput: options.idsInInput,
    collections: options.collections,
  };
}
