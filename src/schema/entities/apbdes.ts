/** Section 3: the village budget, its leaf lines and their cumulative realisation. */
import * as z from 'zod/mini';
import {
  amount, date, doc, entity, id, kodeKegiatan, kodeRekening, money, opt, text, url, year,
} from './common.js';
import { PERIODE_REALISASI, STATUS_APBDES, SUMBER_DANA, VERSI_APBDES } from './enums.js';

export const realisasiSchema = doc(
  entity({
    sampaiTanggal: doc(date(), 'Realisasi kumulatif sampai tanggal ini', 'Cumulative realisation up to this date'),
    jumlah: doc(money(), 'Jumlah realisasi kumulatif (rupiah)', 'Cumulative amount realised (rupiah)'),
    periode: opt(z.enum(PERIODE_REALISASI), 'Periode laporan', 'Reporting period'),
    sumber: opt(text(), 'Sumber angka, mis. "Laporan Semester I"', 'Source of the figure, e.g. "Laporan Semester I"'),
  }),
  'Realisasi kumulatif',
  'Cumulative realisation snapshot',
  'Realisasi',
);

export const barisAnggaranSchema = doc(
  entity({
    kodeRekening: doc(kodeRekening(), 'Kode rekening 4.x, 5.x atau 6.x (tingkat jenis atau lebih rinci)', 'Account code 4.x, 5.x or 6.x (jenis level or deeper)'),
    uraian: doc(text(), 'Uraian baris seperti dipublikasikan', 'Line label as published'),
    anggaran: doc(money(), 'Anggaran (rupiah)', 'Budget (rupiah)'),
    sumberDana: opt(z.enum(SUMBER_DANA), 'Sumber dana (wajib untuk 5.x dan 6.2)', 'Funding source (required for 5.x and 6.2)'),
    kodeKegiatan: opt(kodeKegiatan(), 'Kode kegiatan B.S.KK (wajib untuk 5.x)', 'Activity code B.S.KK (required for 5.x)'),
    namaKegiatan: opt(text(), 'Nama kegiatan bila uraian berupa objek belanja', 'Activity name when the label is an expense object'),
    volume: opt(amount(), 'Volume keluaran', 'Output volume'),
    satuan: opt(text(), 'Satuan keluaran', 'Output unit'),
    lokasi: opt(text(), 'Lokasi', 'Location'),
    kegiatanId: opt(id(), 'Tautan ke kegiatan', 'Link to a kegiatan'),
    anggaranSemula: opt(money(), 'Pada APBDes perubahan: anggaran sebelum perubahan', 'In a revised budget: the amount before the change'),
    kodeSumberSiskeudes: opt(text(), 'Kode sumber dana Siskeudes asli, mis. DDS', 'Original Siskeudes funding code, e.g. DDS'),
    realisasi: opt(z.array(realisasiSchema), 'Realisasi kumulatif', 'Cumulative realisation snapshots'),
  }),
  'Baris anggaran (hanya baris rinci/daun)',
  'Budget line (leaf lines only)',
  'BarisAnggaran',
);

export const apbdesSchema = doc(
  entity({
    id: doc(id(), 'Id APBDes', 'Budget id'),
    tahunAnggaran: doc(year(), 'Tahun anggaran', 'Fiscal year'),
    versi: doc(z.enum(VERSI_APBDES), 'Versi: rancangan, murni atau perubahan', 'Version: proposed, approved or revised'),
    status: doc(z.enum(STATUS_APBDES), 'Status: draf atau ditetapkan', 'Status: draft or enacted'),
    nomorPerdes: opt(text(), 'Nomor Perdes, mis. "Perdes No. 8 Tahun 2024"', 'Village regulation number'),
    tanggalPenetapan: opt(date(), 'Tanggal penetapan', 'Date enacted'),
    menggantikanId: opt(id(), 'APBDes yang digantikan (perubahan → murni)', 'Budget this one replaces (revised → original)'),
    referensiKode: opt(text(), 'Versi daftar kode, mis. "permendagri-20-2018"', 'Code-list version, e.g. "permendagri-20-2018"'),
    baris: doc(z.array(barisAnggaranSchema).check(z.minLength(1)), 'Baris anggaran (minimal satu)', 'Budget lines (at least one)'),
    dokumenUrl: opt(url(), 'PDF Perdes atau penjabaran', 'PDF of the regulation or its breakdown'),
  }),
  'APBDes (anggaran pendapatan dan belanja desa)',
  'Village budget (APBDes)',
  'Apbdes',
);

export type Realisasi = z.infer<typeof realisasiSchema>;
export type BarisAnggaran = z.infer<typeof barisAnggaranSchema>;
export type Apbdes = z.infer<typeof apbdesSchema>;
