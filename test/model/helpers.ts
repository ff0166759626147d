import type { Apbdes, BarisAnggaran, KpmDesaDataset } from '../../src/schema/index.js';

/** The example dataset, treated as validated (the schema tests prove it is); a fresh copy per call. */
export async function loadExample(): Promise<KpmDesaDataset> {
  return (await (await fetch('/test/fixtures/desa-sukamaju-2025.json')).json()) as KpmDesaDataset;
}

export function apbdesById(data: KpmDesaDataset, id: string): Apbdes {
  const found = (data.apbdes ?? []).find((a) => a.id === id);
  if (!found) throw new Error(`fixture has no ${id}`);
  return found;
}

/** A small hand-made line; only the fields a test cares about. */
export function line(
  kodeRekening: string,
  anggaran: number,
  extra: Partial<BarisAnggaran> = {},
): BarisAnggaran {
  return { kodeRekening, uraian: `baris ${kodeRekening}`, anggaran, ...extra } as BarisAnggaran;
}

export function budget(baris: BarisAnggaran[], extra: Partial<Apbdes> = {}): Apbdes {
  return {
    id: 'uji',
    tahunAnggaran: 2025,
    versi: 'murni',
    status: 'ditetapkan',
    baris,
    ...extra,
  } as Apbdes;
}

/** `[[sampaiTanggal, jumlah], …]` → Realisasi[] */
export function snaps(...pairs: [string, number][]): BarisAnggaran['realisasi'] {
  return pairs.map(([sampaiTanggal, jumlah]) => ({ sampaiTanggal, jumlah })) as BarisAnggaran['realisasi'];
}
