import type { Apbdes } from '../schema/entities/index.js';
import { linesUnder } from './apbdes-totals.js';
import { realisasiAsOf } from './realisasi.js';
import { compareText } from './kode-order.js';

/** One row of the baliho list "kegiatan utama Dana Desa". */
export interface DanaDesaKegiatan {
  kodeKegiatan?: string;
  namaKegiatan: string;
  lokasi?: string;
  volume?: number;
  satuan?: string;
  anggaran: number;
  realisasi: number;
}

/**
 * The belanja lines paid from Dana Desa, largest first (ties by name, so the order never
 * depends on the data's line order), at most `limit` of them: what a baliho lists next to
 * the charts (DATA-MODEL.md B.1). The name is `namaKegiatan` where a line carries it.
 */
export function danaDesaKegiatan(apbdes: Apbdes, limit = 5, asOf?: string): DanaDesaKegiatan[] {
  return linesUnder(apbdes, '5')
    .filter((line) => line.sumberDana === 'dana_desa')
    .map((line) => ({
      ...(line.kodeKegiatan !== undefined ? { kodeKegiatan: line.kodeKegiatan } : {}),
      namaKegiatan: line.namaKegiatan ?? line.uraian,
      ...(line.lokasi !== undefined ? { lokasi: line.lokasi } : {}),
      ...(line.volume !== undefined ? { volume: line.volume } : {}),
      ...(line.satuan !== undefined ? { satuan: line.satuan } : {}),
      anggaran: line.anggaran,
      realisasi: realisasiAsOf(line, asOf),
    }))
    .sort((a, b) => b.anggaran - a.anggaran || compareText(a.namaKegiatan, b.namaKegiatan))
    .slice(0, Math.max(0, limit));
}
