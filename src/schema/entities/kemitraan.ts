/** Section 10: partnerships, who plays which role and where the work happens. */
import * as z from 'zod/mini';
import {
  bidang, date, doc, entity, geometri, id, kodeRekening, kodeWilayah, koordinat, money, opt,
  periode, subBidang, text, url,
} from './common.js';
import { JENIS_DOKUMEN_KEMITRAAN, PERAN_MITRA, STATUS_KEMITRAAN } from './enums.js';

export const kemitraanSchema = doc(
  entity({
    id: doc(id(), 'Id kemitraan', 'Partnership id'),
    judul: doc(text(), 'Judul', 'Title'),
    deskripsi: opt(text(), 'Deskripsi', 'Description'),
    peran: doc(
      z
        .array(
          z.object({
            organisasiId: doc(id(), 'Organisasi', 'Organisation'),
            peran: doc(z.enum(PERAN_MITRA), 'Peran', 'Role'),
          }),
        )
        .check(z.minLength(1)),
      'Peran tiap organisasi (minimal satu)',
      'Role of each organisation (at least one)',
    ),
    sektor: opt(
      z.array(
        z.object({
          bidang: doc(bidang(), 'Bidang 1–5', 'Sector 1–5'),
          subBidang: opt(subBidang(), 'Sub bidang', 'Sub-sector'),
        }),
      ),
      'Sektor',
      'Sectors',
    ),
    tema: opt(z.array(text()), 'Tema bebas, mis. "stunting"', 'Free tags, e.g. "stunting"'),
    lokasi: doc(
      z
        .array(
          z.object({
            kodeWilayah: doc(kodeWilayah(), 'Kode wilayah desa', 'Village code'),
            dusunId: opt(id(), 'Dusun', 'Hamlet'),
            koordinat: opt(koordinat(), 'Titik', 'Point'),
            geometri: opt(geometri(), 'Geometri GeoJSON', 'GeoJSON geometry'),
            keterangan: opt(text(), 'Keterangan', 'Note'),
          }),
        )
        .check(z.minLength(1)),
      'Lokasi kerja (minimal satu)',
      'Where the work happens (at least one)',
    ),
    periode: doc(periode(), 'Periode', 'Period'),
    status: doc(z.enum(STATUS_KEMITRAAN), 'Status', 'Status'),
    nilai: opt(
      z.object({
        jumlah: doc(money(), 'Nilai (rupiah)', 'Value (rupiah)'),
        mataUang: doc(z.literal('IDR'), 'Mata uang (IDR)', 'Currency (IDR)'),
        catatan: opt(text(), 'Catatan', 'Note'),
      }),
      'Nilai kemitraan',
      'Partnership value',
    ),
    tercatatDiApbdes: opt(
      z.object({
        apbdesId: doc(id(), 'APBDes', 'Budget'),
        kodeRekening: doc(kodeRekening(), 'Kode rekening', 'Account code'),
      }),
      'Tercatat di APBDes',
      'Recorded in a village budget',
    ),
    dokumen: opt(
      z.object({
        jenis: doc(z.enum(JENIS_DOKUMEN_KEMITRAAN), 'Jenis dokumen', 'Document type'),
        nomor: opt(text(), 'Nomor', 'Number'),
        tanggal: opt(date(), 'Tanggal', 'Date'),
        url: opt(url(), 'Tautan', 'Link'),
      }),
      'Dokumen kerja sama',
      'Agreement document',
    ),
    kegiatanIds: opt(z.array(id()), 'Kegiatan terkait', 'Linked activities'),
  }),
  'Kemitraan',
  'Partnership',
  'Kemitraan',
);

export type Kemitraan = z.infer<typeof kemitraanSchema>;
