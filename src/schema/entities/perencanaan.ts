/** Section 4: planning documents and the forums (musyawarah) behind them. */
import * as z from 'zod/mini';
import { count, date, doc, entity, expecting, id, opt, text, url, year } from './common.js';
import { JENIS_DOKUMEN, JENIS_FORUM, KELOMPOK_SASARAN } from './enums.js';

// UU 3/2024 lengthened the village head's term, so an RPJMDes may run 6 or 8 years.
const periodeRpjmdes = () =>
  expecting(
    z
      .object({
        tahunMulai: doc(year(), 'Tahun mulai', 'First year'),
        tahunSelesai: doc(year(), 'Tahun selesai', 'Last year'),
      })
      .check(
        z.refine((p) => [6, 8].includes(p.tahunSelesai - p.tahunMulai + 1), { abort: true }),
      ),
    {
      id: 'periode RPJMDes 6 atau 8 tahun (tahunMulai…tahunSelesai)',
      en: 'an RPJMDes period of 6 or 8 years (tahunMulai…tahunSelesai)',
      code: 'invalid_period',
    },
  );

export const dokumenPerencanaanSchema = doc(
  entity({
    id: doc(id(), 'Id dokumen', 'Document id'),
    jenis: doc(z.enum(JENIS_DOKUMEN), 'Jenis dokumen', 'Document type'),
    periode: opt(periodeRpjmdes(), 'Periode (untuk RPJMDes)', 'Period (for the RPJMDes)'),
    tahun: opt(year(), 'Tahun (untuk dokumen tahunan)', 'Year (for annual documents)'),
    nomorPerdes: opt(text(), 'Nomor Perdes atau SK', 'Regulation or decree number'),
    tanggalPenetapan: opt(date(), 'Tanggal penetapan', 'Date enacted'),
    url: opt(url(), 'Tautan dokumen', 'Document link'),
  }),
  'Dokumen perencanaan (RPJMDes, RKPDes, APBDes, LPJ …)',
  'Planning document (RPJMDes, RKPDes, APBDes, LPJ …)',
  'DokumenPerencanaan',
);

export const forumSchema = doc(
  entity({
    id: doc(id(), 'Id forum', 'Forum id'),
    jenis: doc(z.enum(JENIS_FORUM), 'Jenis musyawarah', 'Type of meeting'),
    tanggal: doc(date(), 'Tanggal', 'Date'),
    tahunPerencanaan: opt(year(), 'Tahun yang direncanakan', 'Year being planned'),
    dusunId: opt(id(), 'Dusun (untuk musdus)', 'Hamlet (for a hamlet meeting)'),
    kelompokSasaran: opt(z.array(z.enum(KELOMPOK_SASARAN)), 'Kelompok sasaran', 'Target groups'),
    lokasi: opt(text(), 'Tempat', 'Venue'),
    peserta: opt(
      z.object({
        total: doc(count(), 'Jumlah peserta', 'Participants'),
        perempuan: opt(count(), 'Peserta perempuan', 'Women participants'),
        disabilitas: opt(count(), 'Peserta penyandang disabilitas', 'Participants with disabilities'),
      }),
      'Peserta',
      'Participants',
    ),
    beritaAcaraUrl: opt(url(), 'Tautan berita acara', 'Minutes link'),
    catatan: opt(text(), 'Catatan', 'Notes'),
  }),
  'Forum musyawarah (musdus, musdes, musrenbangdes …)',
  'Deliberation forum (hamlet, village, planning meetings …)',
  'Forum',
);

export type DokumenPerencanaan = z.infer<typeof dokumenPerencanaanSchema>;
export type Forum = z.infer<typeof forumSchema>;
