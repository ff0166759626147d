/** Section 1: the whole document, one per village: the envelope and every collection. */
import * as z from 'zod/mini';
import { doc, entity, opt } from './common.js';
import { envelopeShape, type CollectionName } from './envelope.js';
import { desaSchema } from './desa.js';
import { apbdesSchema } from './apbdes.js';
import { dokumenPerencanaanSchema, forumSchema } from './perencanaan.js';
import { kegiatanSchema } from './kegiatan.js';
import { kelompokSchema } from './kelompok.js';
import { kerangkaPenilaianSchema, penilaianKelompokSchema } from './penilaian.js';
import { usulanSchema } from './usulan.js';
import { organisasiSchema } from './organisasi.js';
import { kemitraanSchema } from './kemitraan.js';

export {
  COLLECTIONS,
  SCHEMA_VERSION,
  SEMVER_PATTERN,
  envelopeShape,
  sumberSchema,
  type CollectionName,
} from './envelope.js';

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
} as const satisfies Record<CollectionName, unknown>;

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

type DatasetShape = z.infer<typeof datasetSchema>;
/**
 * A validated dataset. `generatedAt` and `sumber` are required in a file, but a file whose
 * `generatedAt` or `sumber` is broken still gives its sound entities (with an error naming the
 * field): then they are absent here, and whoever shows provenance must cope.
 */
export type KpmDesaDataset = Omit<DatasetShape, 'generatedAt' | 'sumber'> & Partial<Pick<DatasetShape, 'generatedAt' | 'sumber'>>;
