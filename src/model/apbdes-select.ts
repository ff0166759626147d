import type { Apbdes, VersiApbdes } from '../schema/index.js';
import { compareText } from './kode-order.js';

const VERSI_RANK: Readonly<Record<VersiApbdes, number>> = { rancangan: 0, murni: 1, perubahan: 2 };

/**
 * Which budget is "current" (DATA-MODEL.md section 0). Status is compared first: a budget in
 * force (`ditetapkan`) outranks any draft, so a draft perubahan never replaces a ditetapkan
 * murni; then perubahan > murni > rancangan; then the later `tanggalPenetapan`, then the id,
 * so the choice never depends on the order of the list.
 */
export function compareCurrency(a: Apbdes, b: Apbdes): number {
  return (
    Number(a.status === 'ditetapkan') - Number(b.status === 'ditetapkan') ||
    VERSI_RANK[a.versi] - VERSI_RANK[b.versi] ||
    compareText(a.tanggalPenetapan ?? '', b.tanggalPenetapan ?? '') ||
    compareText(a.id, b.id)
  );
}

export interface PickApbdesOptions {
  /** Fiscal year; default the latest year in the list. */
  year?: number;
  /** Only this version; default the most current version of the year. */
  versi?: VersiApbdes;
}

/** The budget a widget shows by default, or undefined when none matches. */
export function pickApbdes(list: readonly Apbdes[], opts: PickApbdesOptions = {}): Apbdes | undefined {
  const years = availableYears(list);
  const year = opts.year ?? years[years.length - 1];
  let best: Apbdes | undefined;
  for (const a of list) {
    if (a.tahunAnggaran !== year) continue;
    if (opts.versi !== undefined && a.versi !== opts.versi) continue;
    if (best === undefined || compareCurrency(a, best) > 0) best = a;
  }
  return best;
}

/** Fiscal years that have a budget, ascending. */
export function availableYears(list: readonly Apbdes[]): number[] {
  return [...new Set(list.map((a) => a.tahunAnggaran))].sort((a, b) => a - b);
}

/** A year's budgets in the order of the budget cycle (rancangan → murni → perubahan), drafts before the set version. */
export function versionsOfYear(list: readonly Apbdes[], year: number): Apbdes[] {
  return list
    .filter((a) => a.tahunAnggaran === year)
    .sort(
      (a, b) =>
        VERSI_RANK[a.versi] - VERSI_RANK[b.versi] ||
        Number(a.status === 'ditetapkan') - Number(b.status === 'ditetapkan') ||
        compareText(a.tanggalPenetapan ?? '', b.tanggalPenetapan ?? '') ||
        compareText(a.id, b.id),
    );
}

/**
 * The budget a perubahan replaces: the one its `menggantikanId` names, else the current
 * murni of the same year. Undefined for a budget that is not a perubahan.
 */
export function murniOf(list: readonly Apbdes[], perubahan: Apbdes): Apbdes | undefined {
  if (perubahan.versi !== 'perubahan') return undefined;
  if (perubahan.menggantikanId !== undefined) {
    const named = list.find((a) => a.id === perubahan.menggantikanId);
    if (named) return named;
  }
  return pickApbdes(list, { year: perubahan.tahunAnggaran, versi: 'murni' });
}
