/**
 * Section 12, realisation: snapshots are cumulative, so they must fall within the fiscal year
 * (plus the LPJ grace period), never go down over time, and the latest one is what is
 * compared with the budget.
 */
import type { Rule } from './family.js';
import type { Realisasi } from '../entities/apbdes.js';
import type { KpmDesaDataset } from '../entities/dataset.js';
import { formatPath, makeIssue, type ValidationIssue } from '../issues.js';
import type { Segments } from './segments.js';
import { formatRupiah } from './format.js';
import type { ResolvedRuleOptions } from './options.js';

/** The last day realisation of `tahun` may be dated: `tenggang` months after 31 Dec. */
function lastAllowedDate(tahun: number, tenggang: number): string {
  // Day 0 of the month after the grace period is the last day of the grace period.
  const end = new Date(Date.UTC(tahun + 1, tenggang, 0));
  return end.toISOString().slice(0, 10);
}

/** Indexes of the snapshots in date order; the sort is stable, so equal dates keep their order. */
function byDate(realisasi: readonly Realisasi[]): number[] {
  return realisasi
    .map((_, k) => k)
    .sort((a, b) => realisasi[a].sampaiTanggal.localeCompare(realisasi[b].sampaiTanggal));
}

/** The cumulative snapshot with the latest date, with its index. */
export function latestRealisasi(
  realisasi: readonly Realisasi[] | undefined,
): { index: number; jumlah: number } | undefined {
  if (!realisasi?.length) return undefined;
  const order = byDate(realisasi);
  const index = order[order.length - 1];
  return { index, jumlah: realisasi[index].jumlah };
}

/** The first and last date realisation of `tahun` may carry, worked out once per year. */
type YearBounds = (tahun: number) => { first: string; last: string };

function yearBounds(options: ResolvedRuleOptions): YearBounds {
  // A budget of 5,000 lines asks for the same year 5,000 times; a Date per line was a third of this rule.
  const known = new Map<number, { first: string; last: string }>();
  return (tahun) => {
    let bounds = known.get(tahun);
    if (!bounds) {
      bounds = { first: `${tahun}-01-01`, last: lastAllowedDate(tahun, options.masaTenggangBulan) };
      known.set(tahun, bounds);
    }
    return bounds;
  };
}

function checkSnapshots(
  realisasi: readonly Realisasi[] | undefined,
  tahun: number,
  anggaran: number | undefined,
  at: Segments,
  bounds: YearBounds,
): ValidationIssue[] {
  if (!realisasi?.length) return [];
  const issues: ValidationIssue[] = [];
  const { first, last } = bounds(tahun);
  realisasi.forEach((r, k) => {
    if (r.sampaiTanggal >= first && r.sampaiTanggal <= last) return;
    issues.push(
      makeIssue(
        formatPath([...at, k, 'sampaiTanggal']),
        'error',
        'realisasi_outside_year',
        `Tanggal realisasi ${r.sampaiTanggal} di luar tahun anggaran ${tahun} (batas akhir ${last}, termasuk masa penyusunan LPJ).`,
        `Realisation date ${r.sampaiTanggal} is outside fiscal year ${tahun} (latest allowed ${last}, including the LPJ period).`,
      ),
    );
  });

  // One snapshot (the usual case) is in order by itself and is the latest.
  const order = realisasi.length === 1 ? [0] : byDate(realisasi);
  for (let n = 1; n < order.length; n++) {
    const before = realisasi[order[n - 1]];
    const after = realisasi[order[n]];
    if (after.jumlah >= before.jumlah) continue;
    issues.push(
      makeIssue(
        formatPath([...at, order[n], 'jumlah']),
        'error',
        'realisasi_decreasing',
        `Realisasi adalah jumlah kumulatif, tetapi ${formatRupiah(after.jumlah)} s.d. ${after.sampaiTanggal} lebih kecil dari ${formatRupiah(before.jumlah)} s.d. ${before.sampaiTanggal}. Koreksi dicatat sebagai baris tersendiri.`,
        `Realisation is cumulative, but ${formatRupiah(after.jumlah, 'en')} to ${after.sampaiTanggal} is less than ${formatRupiah(before.jumlah, 'en')} to ${before.sampaiTanggal}. Record a correction as a separate line.`,
      ),
    );
  }

  const latestIndex = order[order.length - 1];
  const latest = { index: latestIndex, jumlah: realisasi[latestIndex].jumlah };
  if (anggaran !== undefined && latest.jumlah > anggaran) {
    issues.push(
      makeIssue(
        formatPath([...at, latest.index, 'jumlah']),
        'warning',
        'realisasi_over_anggaran',
        `Realisasi ${formatRupiah(latest.jumlah)} melebihi anggaran ${formatRupiah(anggaran)}.`,
        `Realisation ${formatRupiah(latest.jumlah, 'en')} exceeds the budget of ${formatRupiah(anggaran, 'en')}.`,
      ),
    );
  }
  return issues;
}

export function checkRealisasi(data: KpmDesaDataset, options: ResolvedRuleOptions): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const bounds = yearBounds(options);
  data.apbdes?.forEach((a, i) =>
    a.baris.forEach((b, j) => {
      if (!b.realisasi?.length) return;
      issues.push(...checkSnapshots(b.realisasi, a.tahunAnggaran, b.anggaran, ['apbdes', i, 'baris', j, 'realisasi'], bounds));
    }),
  );
  data.kegiatan?.forEach((k, i) =>
    issues.push(
      ...checkSnapshots(k.realisasiAnggaran, k.tahun, k.anggaran?.total, ['kegiatan', i, 'realisasiAnggaran'], bounds),
    ),
  );
  return issues;
}

/** Realisation of budget lines and kegiatan. */
export const realisasiRules: Rule = (data, o) => checkRealisasi(data, o);
