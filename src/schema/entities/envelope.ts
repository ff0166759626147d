/**
 * Section 1, the envelope: what every dataset carries around its collections. Its own file so
 * a validator that composes a few entity schemas does not pull in the whole dataset schema.
 */
import * as z from 'zod/mini';
import { doc, expecting, opt, text, timestamp, url } from './common.js';
import { SISTEM_SUMBER } from './enums.js';

export const SCHEMA_VERSION = '0.1.0';

export const SEMVER_PATTERN =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;

/** The top-level collections, each an array of independently validated entities. */
export const COLLECTIONS = [
  'dokumenPerencanaan',
  'forum',
  'apbdes',
  'kegiatan',
  'kelompokKpm',
  'kerangkaPenilaian',
  'penilaianKpm',
  'usulan',
  'organisasi',
  'kemitraan',
] as const;

export type CollectionName = (typeof COLLECTIONS)[number];

export const sumberSchema = z.object({
  sistem: doc(z.enum(SISTEM_SUMBER), 'Sistem asal data', 'System the data comes from'),
  versi: opt(text(), 'Versi sistem', 'System version'),
  url: opt(url(), 'Tautan sumber', 'Source link'),
  catatan: opt(text(), 'Catatan', 'Notes'),
});

export const envelopeShape = {
  schemaVersion: doc(
    expecting(z.string().check(z.regex(SEMVER_PATTERN)), {
      id: 'nomor versi semver, mis. "0.1.0"',
      en: 'a semver version, e.g. "0.1.0"',
      code: 'invalid_schema_version',
    }),
    'Versi skema data (semver), mis. "0.1.0"',
    'Data schema version (semver), e.g. "0.1.0"',
  ),
  generatedAt: doc(timestamp(), 'Waktu data dibuat', 'When the data was generated'),
  sumber: doc(sumberSchema, 'Asal data', 'Provenance'),
  lisensi: opt(text(), 'Lisensi, mis. "CC-BY-4.0"', 'Licence, e.g. "CC-BY-4.0"'),
};
