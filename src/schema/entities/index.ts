/** The entity schemas, their inferred types and label tables (what `rules/` and widgets import). */
export * from './common.js';
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
