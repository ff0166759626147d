/** Section 6: KPM and other community groups, with their members (no NIK, no birth date). */
import * as z from 'zod/mini';
import { count, date, doc, email, entity, id, opt, periode, text, url } from './common.js';
import { JABATAN_ANGGOTA, JENIS_KELAMIN, JENIS_KELOMPOK, JENIS_LEGALITAS } from './enums.js';

export const anggotaSchema = doc(
  entity({
    nama: doc(text(), 'Nama anggota', 'Member name'),
    jabatan: doc(z.enum(JABATAN_ANGGOTA), 'Jabatan', 'Position'),
    bidangTugas: opt(text(), 'Bidang tugas', 'Area of responsibility'),
    jenisKelamin: opt(z.enum(JENIS_KELAMIN), 'Jenis kelamin (L/P)', 'Sex (L/P)'),
    dusunId: opt(id(), 'Dusun asal', 'Home hamlet'),
    mulai: opt(date(), 'Mulai menjabat', 'Start of membership'),
    selesai: opt(date(), 'Selesai menjabat', 'End of membership'),
    skNomor: opt(text(), 'Nomor SK', 'Decree number'),
  }),
  'Anggota kelompok',
  'Group member',
  'Anggota',
);

export const kelompokSchema = doc(
  entity({
    id: doc(id(), 'Id kelompok', 'Group id'),
    nama: doc(text(), 'Nama kelompok', 'Group name'),
    jenis: doc(z.enum(JENIS_KELOMPOK), 'Jenis kelompok', 'Group type'),
    legalitas: opt(
      z.array(
        z.object({
          jenisDokumen: doc(z.enum(JENIS_LEGALITAS), 'Jenis dokumen legalitas', 'Legal document type'),
          nomor: opt(text(), 'Nomor', 'Number'),
          tanggal: opt(date(), 'Tanggal', 'Date'),
          url: opt(url(), 'Tautan', 'Link'),
        }),
      ),
      'Dokumen legalitas',
      'Legal documents',
    ),
    periode: opt(periode(), 'Masa bakti', 'Term'),
    anggota: opt(z.array(anggotaSchema), 'Anggota', 'Members'),
    jumlahAnggota: opt(
      z.object({
        total: doc(count(), 'Jumlah anggota', 'Members'),
        perempuan: opt(count(), 'Anggota perempuan', 'Women members'),
        pemuda: opt(count(), 'Anggota pemuda', 'Young members'),
        disabilitas: opt(count(), 'Anggota penyandang disabilitas', 'Members with disabilities'),
      }),
      'Jumlah anggota (bila nama tidak dipublikasikan)',
      'Member counts (when names are not published)',
    ),
    wilayahKerja: opt(z.array(id()), 'Dusun wilayah kerja', 'Hamlets worked in'),
    kontak: opt(
      z.object({
        telepon: opt(text(), 'Telepon', 'Phone'),
        email: opt(email(), 'Email', 'Email'),
      }),
      'Kontak publik',
      'Public contact',
    ),
    induk: opt(id(), 'Organisasi induk', 'Parent organisation'),
  }),
  'Kelompok masyarakat (KPM dan lainnya)',
  'Community group (KPM and others)',
  'Kelompok',
);

export type Anggota = z.infer<typeof anggotaSchema>;
export type Kelompok = z.infer<typeof kelompokSchema>;
