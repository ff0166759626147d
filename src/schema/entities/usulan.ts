/**
 * Section 8: citizens' submissions. `Usulan` is the public-safe record a receiver publishes;
 * `UsulanBaru` is what the form produces (no receiver-assigned fields, plus `clientId`).
 */
import * as z from 'zod/mini';
import {
  amount, bidang, count, date, doc, email, entity, expecting, id, koordinat, money, opt,
  subBidang, text, textMax, timestamp, year,
} from './common.js';
import {
  FORUM_USULAN, JENIS_KELAMIN, JENIS_PENGUSUL, JENIS_USULAN, KATEGORI_USULAN,
  KELOMPOK_SASARAN, STATUS_USULAN,
} from './enums.js';

const kelompokSasaran = () => z.array(z.enum(KELOMPOK_SASARAN));

/** The fields a citizen supplies; shared by the published record and the new submission. */
const submittedShape = {
  jenis: doc(z.enum(JENIS_USULAN), 'Jenis: usulan, aspirasi, pengaduan, masukan APBDes', 'Type: proposal, aspiration, complaint, budget feedback'),
  judul: doc(textMax(120), 'Judul (maks. 120 karakter)', 'Title (max. 120 characters)'),
  deskripsi: doc(textMax(2000), 'Uraian (maks. 2000 karakter)', 'Description (max. 2000 characters)'),
  bidang: opt(bidang(), 'Bidang 1–5', 'Sector 1–5'),
  subBidang: opt(subBidang(), 'Sub bidang B.S', 'Sub-sector B.S'),
  kategori: opt(z.enum(KATEGORI_USULAN), 'Kategori topik', 'Topic category'),
  lokasi: opt(
    z.object({
      dusunId: opt(id(), 'Dusun', 'Hamlet'),
      rt: opt(text(), 'RT', 'RT'),
      rw: opt(text(), 'RW', 'RW'),
      deskripsi: opt(text(), 'Keterangan lokasi', 'Location description'),
      koordinat: opt(koordinat(), 'Titik lokasi', 'Point location'),
    }),
    'Lokasi',
    'Location',
  ),
  perkiraan: opt(
    z.object({
      volume: opt(amount(), 'Perkiraan volume', 'Estimated volume'),
      satuan: opt(text(), 'Satuan', 'Unit'),
      biaya: opt(money(), 'Perkiraan biaya (rupiah)', 'Estimated cost (rupiah)'),
    }),
    'Perkiraan',
    'Estimate',
  ),
  penerimaManfaat: opt(
    z.object({
      perkiraanJiwa: opt(count(), 'Perkiraan jumlah jiwa', 'Estimated people'),
      kelompok: opt(kelompokSasaran(), 'Kelompok sasaran', 'Target groups'),
    }),
    'Penerima manfaat',
    'Beneficiaries',
  ),
  forum: doc(z.enum(FORUM_USULAN), 'Disampaikan melalui', 'Channel it came through'),
  forumId: opt(id(), 'Forum tempat disampaikan', 'Forum it was raised in'),
  tahunUsulan: doc(year(), 'Tahun usulan', 'Year submitted'),
  tahunRencana: opt(year(), 'Tahun rencana (biasanya tahun usulan + 1)', 'Planned year (normally the next)'),
  pengusul: doc(
    z.object({
      jenis: doc(z.enum(JENIS_PENGUSUL), 'Jenis pengusul', 'Submitter type'),
      nama: opt(text(), 'Nama (publik hanya bila tampilkanNama)', 'Name (public only with tampilkanNama)'),
      kelompokId: opt(id(), 'Kelompok pengusul', 'Submitting group'),
      jenisKelamin: opt(z.enum(JENIS_KELAMIN), 'Jenis kelamin', 'Sex'),
      kelompokRentan: opt(kelompokSasaran(), 'Kelompok rentan yang diwakili', 'Vulnerable groups represented'),
      tampilkanNama: doc(z.boolean(), 'Tampilkan nama?', 'Show name?'),
    }),
    'Pengusul',
    'Submitter',
  ),
  kontakPribadi: opt(
    z.object({
      telepon: opt(text(), 'Telepon', 'Phone'),
      email: opt(email(), 'Email', 'Email'),
    }),
    'Kontak pribadi: hanya di penyimpanan penerima, dihapus oleh toPublic()',
    "Private contact: kept only in the receiver's store, removed by toPublic()",
  ),
  persetujuan: doc(
    z.object({
      simpanData: doc(
        expecting(z.literal(true), {
          id: 'true (persetujuan menyimpan data wajib)',
          en: 'true (consent to store the data is required)',
        }),
        'Setuju data disimpan (harus true)',
        'Consents to storage (must be true)',
      ),
      publikasiIsi: doc(z.boolean(), 'Isi boleh dipublikasikan', 'Content may be published'),
      publikasiNama: doc(z.boolean(), 'Nama boleh dipublikasikan', 'Name may be published'),
      bolehDihubungi: doc(z.boolean(), 'Boleh dihubungi', 'May be contacted'),
      tanggal: doc(timestamp(), 'Waktu persetujuan', 'Time of consent'),
      versiKebijakan: doc(text(), 'Versi kebijakan privasi', 'Privacy policy version'),
    }),
    'Persetujuan (UU 27/2022 PDP)',
    'Consent (personal data protection law)',
  ),
};

export const usulanSchema = doc(
  entity({
    id: doc(id(), 'Id, diberikan penerima', 'Id, assigned by the receiver'),
    ...submittedShape,
    status: doc(z.enum(STATUS_USULAN), 'Status tindak lanjut', 'Follow-up status'),
    riwayatStatus: opt(
      z.array(
        z.object({
          status: doc(z.enum(STATUS_USULAN), 'Status', 'Status'),
          tanggal: doc(date(), 'Tanggal', 'Date'),
          catatan: opt(text(), 'Catatan', 'Note'),
        }),
      ),
      'Riwayat status',
      'Status history',
    ),
    tanggapan: opt(text(), 'Tanggapan publik', 'Public answer'),
    kegiatanId: opt(id(), 'Kegiatan yang mewujudkannya', 'Activity that realised it'),
  }),
  'Usulan, aspirasi atau pengaduan warga (bagian publik)',
  "A citizen's proposal, aspiration or complaint (public part)",
  'Usulan',
);

export const usulanBaruSchema = doc(
  entity({
    clientId: doc(
      expecting(z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9-_]{7,127}$/)), {
        id: 'id acak dari perangkat (8–128 huruf, angka, "-" atau "_")',
        en: 'a random device id (8–128 letters, digits, "-" or "_")',
      }),
      'Id acak buatan perangkat (kunci idempoten)',
      'Random id made by the device (idempotency key)',
    ),
    ...submittedShape,
  }),
  'Kiriman usulan baru dari formulir',
  'A new submission from the form',
  'UsulanBaru',
);

export type Usulan = z.infer<typeof usulanSchema>;
export type UsulanBaru = z.infer<typeof usulanBaruSchema>;
