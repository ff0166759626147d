// Turns one case's timings into the row the bench reports; kept pure so it can be tested.

export type CaseResult =
  | { name: string; target: number | null; n: number; median: number; min: number; max: number; within: boolean | null }
  | { name: string; target: number | null; error: string };

export function median(samples: readonly number[]): number {
  if (samples.length === 0) throw new Error('median of no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The median decides within/over: one slow outlier (a GC pause) should not fail a budget. */
export function summarize(name: string, target: number | null, samples: readonly number[]): CaseResult {
  const med = median(samples);
  return {
    name,
    target,
    n: samples.length,
    median: med,
    min: Math.min(...samples),
    max: Math.max(...samples),
    within: target === null ? null : med <= target,
  };
}
