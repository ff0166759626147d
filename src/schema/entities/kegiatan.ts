/** Section 5: programmes and activities, with schedule and physical progress. */
import * as z from 'zod/mini';
import {
  amount, bidang, count, date, doc, entity, expecting, geometri, id, kodeKegiatan, koordinat,
  money, opt, subBidang, text, url, year,
} from './common.js';
import { realisasiSchema } from './apbdes.js';
import {
  JENIS_PEKERJAAN, JENIS_PELAKSANA, POLA_PELAKSANAAN, SATUAN_DURASI, SIFAT_KEGIATAN,
  STATUS_KEGIATAN, SUMBER_DANA, SUMBER_RENCANA,
} from './enums.js';

export const progresSchema = doc(
  entity({
    tanggal: doc(date(), 'Tanggal pengukuran', 'Date measured'),
    persenFisik: doc(
      expecting(z.number().check(z.minimum(0), z.maximum(100)), {
        id: 'persen 0–100',
        en: 'a percentage 0–100',
      }),
      'Kemajuan fisik (%)',
      'Physical progress (%)',
    ),
    catatan: opt(text(), 'Catatan (jelaskan bila persen turun)', 'Note (explain any drop)'),
    fotoUrl: opt(z.array(url()), 'Tautan foto', 'Photo links'),
  }),
  'Catatan kemajuan fisik',
  'Physical progress entry',
  'Progres',
);

export const kegiatanSchema = doc(
  entity({
    id: doc(id(), 'Id kegiatan', 'Activity id'),
    nama: doc(text(), 'Nama kegiatan', 'Activity name'),
    deskripsi: opt(text(), 'Deskripsi', 'Description'),
    bidang: doc(bidang(), 'Bidang 1–5', 'Sector 1–5'),
    subBidang: opt(subBidang(), 'Sub bidang B.S', 'Sub-sector B.S'),
    kodeKegiatan: opt(kodeKegiatan(), 'Kode kegiatan B.S.KK', 'Activity code B.S.KK'),
    tahun: doc(year(), 'Tahun anggaran pelaksanaan', 'Fiscal year of execution'),
    sumberRencana: doc(z.enum(SUMBER_RENCANA), 'Dokumen tempat kegiatan direncanakan', 'Where the activity is planned'),
    dokumenIds: opt(z.array(id()), 'Dokumen perencanaan terkait', 'Linked planning documents'),
    lokasi: opt(
      z.object({
        dusunId: opt(id(), 'Dusun', 'Hamlet'),
        rt: opt(z.array(text()), 'Nomor RT', 'RT numbers'),
        rw: opt(z.array(text()), 'Nomor RW', 'RW numbers'),
        deskripsi: opt(text(), 'Keterangan lokasi', 'Location description'),
        koordinat: opt(koordinat(), 'Titik lokasi', 'Point location'),
        geometri: opt(geometri(), 'Geometri GeoJSON (mis. ruas jalan)', 'GeoJSON geometry (e.g. a road)'),
      }),
      'Lokasi',
      'Location',
    ),
    volume: opt(amount(), 'Volume', 'Volume'),
    satuan: opt(text(), 'Satuan', 'Unit'),
    keluaran: opt(text(), 'Keluaran', 'Output'),
    sasaran: opt(text(), 'Sasaran / manfaat', 'Target / benefit'),
    penerimaManfaat: opt(
      z.object({
        lakiLaki: opt(count(), 'Laki-laki', 'Men'),
        perempuan: opt(count(), 'Perempuan', 'Women'),
        rumahTanggaMiskin: opt(count(), 'Rumah tangga miskin', 'Poor households'),
        disabilitas: opt(count(), 'Penyandang disabilitas', 'Persons with disabilities'),
        kk: opt(count(), 'Kepala keluarga', 'Households'),
      }),
      'Penerima manfaat',
      'Beneficiaries',
    ),
    jenisPekerjaan: opt(z.enum(JENIS_PEKERJAAN), 'Jenis pekerjaan', 'Type of works'),
    sifat: opt(z.enum(SIFAT_KEGIATAN), 'Sifat: baru atau lanjutan', 'New or continued'),
    polaPelaksanaan: opt(z.enum(POLA_PELAKSANAAN), 'Pola pelaksanaan', 'Implementation mode'),
    pelaksana: opt(
      z.object({
        jenis: doc(z.enum(JENIS_PELAKSANA), 'Jenis pelaksana', 'Implementer type'),
        nama: opt(text(), 'Nama pelaksana', 'Implementer name'),
        organisasiId: opt(id(), 'Organisasi pelaksana', 'Implementing organisation'),
        kelompokId: opt(id(), 'Kelompok pelaksana', 'Implementing group'),
      }),
      'Pelaksana',
      'Implementer',
    ),
    anggaran: opt(
      z.object({
        total: doc(money(), 'Total anggaran (rupiah)', 'Total budget (rupiah)'),
        perSumber: opt(
          z.array(
            z.object({
              sumberDana: doc(z.enum(SUMBER_DANA), 'Sumber dana', 'Funding source'),
              jumlah: doc(money(), 'Jumlah (rupiah)', 'Amount (rupiah)'),
            }),
          ),
          'Rincian per sumber dana (jumlahnya sama dengan total)',
          'Split by funding source (sums to the total)',
        ),
        anggaranSemula: opt(money(), 'Anggaran sebelum perubahan', 'Budget before revision'),
      }),
      'Anggaran kegiatan',
      'Activity budget',
    ),
    realisasiAnggaran: opt(z.array(realisasiSchema), 'Realisasi anggaran kumulatif', 'Cumulative budget realisation'),
    jadwal: opt(
      z.object({
        mulai: opt(date(), 'Mulai', 'Start'),
        selesai: opt(date(), 'Selesai', 'End'),
        durasi: opt(
          z.object({
            jumlah: doc(count(), 'Lama', 'Length'),
            satuan: doc(z.enum(SATUAN_DURASI), 'Satuan waktu', 'Time unit'),
          }),
          'Durasi',
          'Duration',
        ),
      }),
      'Jadwal',
      'Schedule',
    ),
    progres: opt(z.array(progresSchema), 'Kemajuan fisik, urut tanggal', 'Physical progress, by date'),
    status: doc(z.enum(STATUS_KEGIATAN), 'Status kegiatan', 'Activity status'),
    usulanIds: opt(z.array(id()), 'Usulan warga yang diwujudkan', 'Citizen proposals it realises'),
    mitraIds: opt(z.array(id()), 'Kemitraan di balik kegiatan', 'Partnerships behind the activity'),
  }),
  'Kegiatan / program desa',
  'Village programme or activity',
  'Kegiatan',
);

export type Progres = z.infer<typeof progresSchema>;
export type Kegiatan = z.infer<typeof kegiatanSchema>;
