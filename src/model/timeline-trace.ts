/**
 * The trace of one kegiatan back through the planning cycle: the citizens' usulan it came
 * from, the planning documents it is in, and the APBDes lines that fund it — with what has
 * been spent so far.
 */
import type { Apbdes, BarisAnggaran, DokumenPerencanaan, Kegiatan, KpmDesaDataset, Usulan } from '../schema/index.js';
import { pickApbdes } from './apbdes-select.js';
import { realisasiAsOf } from './realisasi.js';

export interface FundingLine {
  apbdes: Apbdes;
  line: BarisAnggaran;
  realisasi: number;
}

export interface KegiatanTrace {
  usulan: Usulan[];
  dokumen: DokumenPerencanaan[];
  /** Lines of the year's current APBDes (perubahan over murni) that name this kegiatan. */
  funding: FundingLine[];
  /** Spent so far: the kegiatan's own realisation if it has one, else its lines' sum; null when neither exists. */
  realisasi: number | null;
}

export function traceKegiatan(data: KpmDesaDataset, k: Kegiatan): KegiatanTrace {
  const linked = new Set(k.usulanIds ?? []);
  const usulan = (data.usulan ?? []).filter((u) => linked.has(u.id) || u.kegiatanId === k.id);
  const docIds = new Set(k.dokumenIds ?? []);
  const dokumen = (data.dokumenPerencanaan ?? []).filter((d) => docIds.has(d.id));
  const apbdes = pickApbdes(data.apbdes ?? [], { year: k.tahun });
  const funding: FundingLine[] = (apbdes?.baris ?? [])
    .filter((line) => line.kegiatanId === k.id)
    .map((line) => ({ apbdes: apbdes!, line, realisasi: realisasiAsOf(line) }));
  // realisasiAsOf reads only the snapshots, which a kegiatan keeps in the same shape as a line.
  const own = k.realisasiAnggaran?.length ? realisasiAsOf({ realisasi: k.realisasiAnggaran } as BarisAnggaran) : null;
  const fromLines = funding.some((f) => f.line.realisasi?.length) ? funding.reduce((s, f) => s + f.realisasi, 0) : null;
  return { usulan, dokumen, funding, realisasi: own ?? fromLines };
}
