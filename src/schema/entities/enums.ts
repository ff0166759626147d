/**
 * Every enum of the data model with its id/en label table (DATA-MODEL section 11 and the
 * enums inline in sections 1–10). Widgets read labels from here and never hard-code text.
 * Each value list is derived from its label table, so a slug cannot lack a label.
 *
 * The tables live in one file per part of the model (enums-apbdes.ts …) so that a build split
 * into chunks (dist/autoload/) gives each widget the tables of what it shows: a module shared
 * by several widgets goes into a shared chunk whole.
 */
export * from './enums-desa.js';
export * from './enums-apbdes.js';
export * from './enums-perencanaan.js';
export * from './enums-kegiatan.js';
export * from './enums-kelompok.js';
export * from './enums-penilaian.js';
export * from './enums-usulan.js';
export * from './enums-mitra.js';
import type { LABEL_KELOMPOK_SASARAN } from './enums-perencanaan.js';
import type { LABEL_STATUS_KEGIATAN } from './enums-kegiatan.js';
import type { LABEL_SUMBER_DANA, LABEL_VERSI_APBDES, NOMOR_BIDANG } from './enums-apbdes.js';

export type SumberDana = keyof typeof LABEL_SUMBER_DANA;
export type StatusKegiatan = keyof typeof LABEL_STATUS_KEGIATAN;
export type VersiApbdes = keyof typeof LABEL_VERSI_APBDES;
export type Bidang = (typeof NOMOR_BIDANG)[number];
export type KelompokSasaran = keyof typeof LABEL_KELOMPOK_SASARAN;
