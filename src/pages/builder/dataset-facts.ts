/** What the builder reads off a dataset for its options, the fallback link and file names. */
import { sanitizeHttpUrl } from '../../core/sanitize-url.js';
import { pickApbdes } from '../../model/apbdes-select.js';
import type { KpmDesaDataset } from '../../schema/index.js';

/** Years the data speaks about (budgets and kegiatan), newest first. */
export function datasetYears(data: KpmDesaDataset): number[] {
  const years = new Set<number>();
  for (const a of data.apbdes ?? []) years.add(a.tahunAnggaran);
  for (const k of data.kegiatan ?? []) if (typeof k.tahun === 'number') years.add(k.tahun);
  return [...years].sort((a, b) => b - a);
}

/** The APBDes PDF of the year (else of the current budget), as a safe http(s) URL, or null. */
export function apbdesPdf(data: KpmDesaDataset, year: number | undefined): { href: string; tahun: number } | null {
  const list = data.apbdes ?? [];
  const apbdes = pickApbdes(list, { year }) ?? pickApbdes(list);
  const href = sanitizeHttpUrl(apbdes?.dokumenUrl);
  return href && apbdes ? { href, tahun: apbdes.tahunAnggaran } : null;
}

/** `desa-sukamaju-2025.json`: the village name as a file-name slug and the year (default: the latest budget's). */
export function datasetFileName(data: KpmDesaDataset, year: number | undefined): string {
  const slug = data.desa.nama
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60) || 'desa';
  const budgets = (data.apbdes ?? []).map((a) => a.tahunAnggaran);
  const tahun = year ?? (budgets.length ? Math.max(...budgets) : (datasetYears(data)[0] ?? Number((data.generatedAt ?? new Date().toISOString()).slice(0, 4))));
  return `desa-${slug}-${tahun}.json`;
}
