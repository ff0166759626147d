/**
 * The everyday words admins write for enum values that are neither the slug nor its label
 * ("Sedang Berjalan", "Musrenbangdes", "Induk"). Keys are in `plainWords` form. A word that
 * could mean more than one value ("Belum Dimulai": planned, or budgeted?) lists them all, and
 * the cell is refused with those choices rather than guessed.
 */
import type { StatusKegiatan, SumberDana, VersiApbdes } from '../entities/enums.js';

export type Synonyms<K extends string> = Readonly<Record<string, K | readonly K[]>>;

export const STATUS_SYNONYMS: Synonyms<StatusKegiatan> = {
  'sedang berjalan': 'berjalan', 'dalam proses': 'berjalan', proses: 'berjalan', 'on progress': 'berjalan',
  'in progress': 'berjalan', 'dalam pelaksanaan': 'berjalan', pelaksanaan: 'berjalan', 'sedang dikerjakan': 'berjalan',
  rencana: 'direncanakan', 'belum dimulai': ['direncanakan', 'dianggarkan'], 'belum dilaksanakan': ['direncanakan', 'dianggarkan'],
  'sudah selesai': 'selesai', 'telah selesai': 'selesai', tuntas: 'selesai', done: 'selesai',
  ditunda: 'tertunda', tunda: 'tertunda', batal: 'dibatalkan',
};

// Musrenbangdes is the forum that sets the RKPDes: a kegiatan "from Musrenbangdes" is in the RKPDes.
export const SUMBER_RENCANA_SYNONYMS: Synonyms<'rpjmdes' | 'rkpdes' | 'apbdes_perubahan'> = {
  musrenbangdes: 'rkpdes', 'musrenbang desa': 'rkpdes', musrenbang: 'rkpdes', 'rkp desa': 'rkpdes', 'rpjm desa': 'rpjmdes',
  'p apbdes': 'apbdes_perubahan', papbdes: 'apbdes_perubahan',
};

export const VERSI_SYNONYMS: Synonyms<VersiApbdes> = {
  induk: 'murni', 'apbdes murni': 'murni', 'apbdes induk': 'murni', awal: 'murni', penetapan: 'murni',
  'apbdes perubahan': 'perubahan', 'p apbdes': 'perubahan', papbdes: 'perubahan',
  rapbdes: 'rancangan', 'r apbdes': 'rancangan', 'rancangan apbdes': 'rancangan',
};

export const SUMBER_DANA_SYNONYMS: Synonyms<SumberDana> = {
  'pendapatan asli desa': 'pades', 'bantuan provinsi': 'bankeu_provinsi', 'bankeu prov': 'bankeu_provinsi',
  'bantuan kabupaten': 'bankeu_kabkota', 'bantuan kabupaten kota': 'bankeu_kabkota', 'bantuan kota': 'bankeu_kabkota',
  'bagi hasil pajak dan retribusi daerah': 'bhpr', bhprd: 'bhpr', 'sisa lebih perhitungan anggaran': 'silpa',
};
