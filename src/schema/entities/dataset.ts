/** Section 1: the envelope, one document per village. */
import * as z from 'zod/mini';
import { doc, entity, expecting, opt, text, timestamp, url } from './common.js';
import { SISTEM_SUMBER } from './enums.js';
import { desaSchema } from './desa.js';
import { apbdesSchema } from './apbdes.js';
import { dokumenPerencanaanSchema, forumSchema } from './perencanaan.js';
import { kegiatanSchema } from './kegiatan.js';
import { kelompokSchema } from './kelompok.js';
import { kerangkaPenilaianSchema, penilaianKelompokSchema } from './penilaian.js';
import { usulanSchema } from './usulan.js';
import { organisasiSchema } from './organisasi.js';
import { kemitraanSchema } from './kemitraan.js';

export const SCHEMA_VERSION = '0.1.0';

export const SEMVER_PATTERN =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;

/** The top-level collections, each an array of independently validated entities. */
export const collectionSchemas = {
  dokumenPerencanaan: dokumenPerencanaanSchema,
  forum: forumSchema,
  apbdes: apbdesSchema,
  kegiatan: kegiatanSchema,
  kelompokKpm: kelompokSchema,
  kerangkaPenilaian: kerangkaPenilaianSchema,
  penilaianKpm: penilaianKelompokSchema,
  usulan: usulanSchema,
  organisasi: organisasiSchema,
  kemitraan: kemitraanSchema,
} as const;

export type CollectionName = keyof typeof collectionSchemas;
export const COLLECTIONS = Object.keys(collectionSchemas) as CollectionName[];

const collectionDocs: Record<CollectionName, [string, string]> = {
  dokumenPerencanaan: ['Dokumen perencanaan: RPJMDes, RKPDes, APBDes, LPJ …', 'Planning documents: RPJMDes, RKPDes, APBDes, LPJ …'],
  forum: ['Forum musyawarah: musdus, musdes, musrenbangdes …', 'Deliberation forums'],
  apbdes: ['APBDes, satu per tahun dan versi', 'Village budgets, one per year and version'],
  kegiatan: ['Kegiatan / program', 'Programmes and activities'],
  kelompokKpm: ['KPM dan kelompok masyarakat lain', 'KPM and other community groups'],
  kerangkaPenilaian: ['Kerangka penilaian (bawaan "kpm-8-kriteria")', 'Assessment frameworks (default "kpm-8-kriteria")'],
  penilaianKpm: ['Penilaian kelompok', 'Group assessments'],
  usulan: ['Usulan warga (bagian publik)', "Citizens' submissions (public part)"],
  organisasi: ['Organisasi mitra', 'Partner organisations'],
  kemitraan: ['Kemitraan', 'Partnerships'],
};

function collectionShape<K extends CollectionName>(name: K) {
  const [id, en] = collectionDocs[name];
  return opt(z.array(collectionSchemas[name]), id, en);
}

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

export const datasetSchema = doc(
  entity({
    ...envelopeShape,
    desa: desaSchema,
    dokumenPerencanaan: collectionShape('dokumenPerencanaan'),
    forum: collectionShape('forum'),
    apbdes: collectionShape('apbdes'),
    kegiatan: collectionShape('kegiatan'),
    kelompokKpm: collectionShape('kelompokKpm'),
    kerangkaPenilaian: collectionShape('kerangkaPenilaian'),
    penilaianKpm: collectionShape('penilaianKpm'),
    usulan: collectionShape('usulan'),
    organisasi: collectionShape('organisasi'),
    kemitraan: collectionShape('kemitraan'),
  }),
  'Dataset KPM satu desa',
  'KPM dataset for one village',
  'KpmDesaDataset',
);

export type KpmDesaDataset = z.infer<typeof datasetSchema>;
