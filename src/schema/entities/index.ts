/** The entity schemas, their inferred types and label tables (what `rules/` and widgets import). */
// The field factories in common.ts stay internal: names like `url` or `date` would crowd the
// public entry, and nothing outside schema/ builds schemas from them.
export {
  ID_PATTERN,
  KODE_KEGIATAN_PATTERN,
  KODE_REKENING_PATTERN,
  KODE_WILAYAH_PATTERN,
  MAX_MONEY,
  SAFE_URL_PATTERN,
  SUB_BIDANG_PATTERN,
  isCalendarDate,
  type Geometri,
  type Koordinat,
  type Teks,
} from './common.js';
export * from './enums.js';
export * from './desa.js';
export * from './apbdes.js';
export * from './perencanaan.js';
export * from './kegiatan.js';
export * from './kelompok.js';
export * from './penilaian.js';
export * from './usulan.js';
export * from './organisasi.js';
export * from './kemitraan.js';
export * from './dataset.js';
