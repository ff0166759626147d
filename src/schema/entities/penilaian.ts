/** Section 7: the criteria framework (as data) and a group's assessment against it. */
import * as z from 'zod/mini';
import {
  count, date, doc, entity, expecting, id, opt, slug, teks, text, url,
} from './common.js';
import { JENIS_BUKTI, METODE_PENILAIAN } from './enums.js';
import { KPM_8_KRITERIA_ID } from './kpm-8-kriteria-id.js';

export const kriteriaSchema = doc(
  entity({
    kode: doc(slug(), 'Kode kriteria, mis. legalitas', 'Criterion code, e.g. legalitas'),
    nama: doc(teks(), 'Nama kriteria', 'Criterion name'),
    deskripsi: opt(teks(), 'Deskripsi kriteria', 'Criterion description'),
    indikator: opt(
      z.array(
        z.object({
          id: doc(id(), 'Id indikator', 'Indicator id'),
          teks: doc(teks(), 'Bunyi indikator', 'Indicator text'),
        }),
      ),
      'Indikator yang disarankan',
      'Suggested indicators',
    ),
  }),
  'Kriteria penilaian',
  'Assessment criterion',
  'Kriteria',
);

export const kerangkaPenilaianSchema = doc(
  entity({
    id: doc(id(), 'Id kerangka', 'Framework id'),
    nama: doc(teks(), 'Nama kerangka', 'Framework name'),
    sumber: opt(text(), 'Sumber kerangka', 'Where the framework comes from'),
    deskripsi: opt(teks(), 'Deskripsi', 'Description'),
    skala: doc(
      z.object({
        min: doc(count(), 'Skor terendah', 'Lowest score'),
        maks: doc(count(), 'Skor tertinggi', 'Highest score'),
        label: opt(
          z.record(
            expecting(z.string().check(z.regex(/^\d+$/)), {
              id: 'angka skor, mis. "1"',
              en: 'a score number, e.g. "1"',
            }),
            teks(),
          ),
          'Label tiap skor',
          'Label of each score',
        ),
      }),
      'Skala skor',
      'Score scale',
    ),
    kriteria: doc(z.array(kriteriaSchema).check(z.minLength(1)), 'Kriteria (minimal satu)', 'Criteria (at least one)'),
  }),
  'Kerangka penilaian (kriteria sebagai data)',
  'Assessment framework (criteria as data)',
  'KerangkaPenilaian',
);

export const buktiSchema = doc(
  entity({
    jenis: doc(z.enum(JENIS_BUKTI), 'Jenis bukti', 'Evidence type'),
    judul: doc(text(), 'Judul', 'Title'),
    url: opt(url(), 'Tautan', 'Link'),
    tanggal: opt(date(), 'Tanggal', 'Date'),
    keterangan: opt(text(), 'Keterangan', 'Note'),
  }),
  'Bukti pendukung skor',
  'Evidence for a score',
  'Bukti',
);

export const penilaianKriteriaSchema = doc(
  entity({
    kode: doc(slug(), 'Kode kriteria dalam kerangka', 'Criterion code in the framework'),
    skor: doc(z.nullable(count()), 'Skor; null = belum dinilai', 'Score; null = not yet assessed'),
    indikator: opt(
      z.array(
        z.object({
          id: doc(id(), 'Id indikator', 'Indicator id'),
          terpenuhi: doc(z.boolean(), 'Terpenuhi?', 'Met?'),
        }),
      ),
      'Indikator yang dinilai',
      'Indicators checked',
    ),
    bukti: doc(z.array(buktiSchema), 'Bukti (boleh kosong)', 'Evidence (may be empty)'),
    catatan: opt(text(), 'Catatan', 'Notes'),
    rekomendasi: opt(text(), 'Rekomendasi', 'Recommendation'),
  }),
  'Skor satu kriteria',
  'Score for one criterion',
  'PenilaianKriteria',
);

export const penilaianKelompokSchema = doc(
  entity({
    id: doc(id(), 'Id penilaian', 'Assessment id'),
    kelompokId: doc(id(), 'Kelompok yang dinilai', 'Group assessed'),
    // Section 7: "`kerangkaId` defaults to kpm-8-kriteria", so an assessment that leaves it
    // out is read against the built-in framework rather than rejected.
    kerangkaId: doc(
      z._default(id(), KPM_8_KRITERIA_ID),
      'Kerangka yang dipakai; bila kosong: kpm-8-kriteria bawaan',
      'Framework used; when left out: the built-in kpm-8-kriteria',
    ),
    tanggal: doc(date(), 'Tanggal penilaian', 'Assessment date'),
    metode: doc(z.enum(METODE_PENILAIAN), 'Metode penilaian', 'Assessment method'),
    penilai: opt(
      z.object({
        nama: opt(text(), 'Nama penilai', 'Assessor name'),
        peran: opt(text(), 'Peran penilai', 'Assessor role'),
        organisasiId: opt(id(), 'Organisasi penilai', 'Assessor organisation'),
      }),
      'Penilai',
      'Assessor',
    ),
    kriteria: doc(z.array(penilaianKriteriaSchema), 'Satu entri per kriteria kerangka', 'One entry per framework criterion'),
    ringkasan: opt(text(), 'Ringkasan', 'Summary'),
  }),
  'Penilaian kelompok terhadap kerangka',
  'A group assessment against a framework',
  'PenilaianKelompok',
);

export type Kriteria = z.infer<typeof kriteriaSchema>;
export type KerangkaPenilaian = z.infer<typeof kerangkaPenilaianSchema>;
export type Bukti = z.infer<typeof buktiSchema>;
export type PenilaianKriteria = z.infer<typeof penilaianKriteriaSchema>;
export type PenilaianKelompok = z.infer<typeof penilaianKelompokSchema>;

export { KPM_8_KRITERIA, KPM_8_KRITERIA_ID } from './kpm-8-kriteria.js';
