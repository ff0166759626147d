/** Enums and their id/en labels for assessments and their evidence (section 7). */
import { slugs, type Labels } from './enum-slugs.js';

export const LABEL_METODE_PENILAIAN = {
  penilaian_mandiri: { id: 'Penilaian mandiri', en: 'Self-assessment' },
  penilaian_sejawat: { id: 'Penilaian sejawat', en: 'Peer assessment' },
  pendamping: { id: 'Oleh pendamping', en: 'By a facilitator' },
  pemerintah_desa: { id: 'Oleh pemerintah desa', en: 'By the village government' },
  eksternal: { id: 'Eksternal', en: 'External' },
} as const satisfies Labels;
export const METODE_PENILAIAN = slugs(LABEL_METODE_PENILAIAN);

export const LABEL_JENIS_BUKTI = {
  dokumen: { id: 'Dokumen', en: 'Document' },
  foto: { id: 'Foto', en: 'Photo' },
  tautan: { id: 'Tautan', en: 'Link' },
  daftar_hadir: { id: 'Daftar hadir', en: 'Attendance list' },
  laporan_keuangan: { id: 'Laporan keuangan', en: 'Financial report' },
  sertifikat: { id: 'Sertifikat', en: 'Certificate' },
  berita_acara: { id: 'Berita acara', en: 'Minutes' },
  catatan: { id: 'Catatan', en: 'Note' },
} as const satisfies Labels;
export const JENIS_BUKTI = slugs(LABEL_JENIS_BUKTI);
