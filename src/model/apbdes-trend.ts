import type { Apbdes, VersiApbdes } from '../schema/index.js';
import { availableYears, pickApbdes } from './apbdes-select.js';
import { summarizeApbdes, type ApbdesSummary } from './apbdes-totals.js';

/** One year of a year-to-year chart: that year's current budget and its figures. */
export interface TrendYear extends ApbdesSummary {
  tahunAnggaran: number;
  apbdesId: string;
  versi: VersiApbdes;
  status: Apbdes['status'];
}

/**
 * For every fiscal year, ascending, the figures of its current budget (the `pickApbdes` rule),
 * with realisation as of that budget's latest snapshot, so a closed year shows its year-end
 * result and the running year its latest report.
 */
export function trendByYear(list: readonly Apbdes[]): TrendYear[] {
  return availableYears(list).map((year) => {
    const apbdes = pickApbdes(list, { year })!;
    return {
      tahunAnggaran: year,
      apbdesId: apbdes.id,
      versi: apbdes.versi,
      status: apbdes.status,
      ...summarizeApbdes(apbdes),
    };
  });
}
