/** Enums and their id/en labels for citizen submissions (section 8). */
import { slugs, type Labels } from './enum-slugs.js';

export const LABEL_JENIS_USULAN = {
  usulan_kegiatan: { id: 'Usulan kegiatan', en: 'Activity proposal' },
  aspirasi: { id: 'Aspirasi', en: 'Aspiration' },
  pengaduan: { id: 'Pengaduan', en: 'Complaint' },
  masukan_apbdes: { id: 'Masukan APBDes', en: 'Budget feedback' },
} as const satisfies Labels;
export const JENIS_USULAN = slugs(LABEL_JENIS_USULAN);

export const LABEL_KATEGORI_USULAN = {
  infrastruktur: { id: 'Infrastruktur', en: 'Infrastructure' },
  pendidikan: { id: 'Pendidikan', en: 'Education' },
  kesehatan: { id: 'Kesehatan', en: 'Health' },
  ekonomi: { id: 'Ekonomi', en: 'Economy' },
  pertanian: { id: 'Pertanian', en: 'Agriculture' },
  lingkungan: { id: 'Lingkungan', en: 'Environment' },
  sosial_budaya: { id: 'Sosial budaya', en: 'Social and cultural' },
  kebencanaan: { id: 'Kebencanaan', en: 'Disasters' },
  tata_kelola: { id: 'Tata kelola', en: 'Governance' },
  lainnya: { id: 'Lainnya', en: 'Other' },
} as const satisfies Labels;
export const KATEGORI_USULAN = slugs(LABEL_KATEGORI_USULAN);

export const LABEL_FORUM_USULAN = {
  musdus: { id: 'Musyawarah dusun', en: 'Hamlet meeting' },
  musyawarah_khusus: { id: 'Musyawarah khusus', en: 'Special-group meeting' },
  musdes: { id: 'Musyawarah desa', en: 'Village deliberation' },
  musrenbangdes: { id: 'Musrenbangdes', en: 'Village planning deliberation' },
  daring: { id: 'Daring', en: 'Online' },
  kotak_saran: { id: 'Kotak saran', en: 'Suggestion box' },
  lainnya: { id: 'Lainnya', en: 'Other' },
} as const satisfies Labels;
export const FORUM_USULAN = slugs(LABEL_FORUM_USULAN);

export const LABEL_JENIS_PENGUSUL = {
  perorangan: { id: 'Perorangan', en: 'Individual' },
  kelompok: { id: 'Kelompok', en: 'Group' },
  lembaga: { id: 'Lembaga', en: 'Institution' },
} as const satisfies Labels;
export const JENIS_PENGUSUL = slugs(LABEL_JENIS_PENGUSUL);

export const LABEL_STATUS_USULAN = {
  diterima: { id: 'Diterima', en: 'Received' },
  diverifikasi: { id: 'Diverifikasi', en: 'Verified' },
  dibahas: { id: 'Dibahas', en: 'Under discussion' },
  masuk_rkpdes: { id: 'Masuk RKPDes', en: 'In the annual plan' },
  masuk_apbdes: { id: 'Masuk APBDes', en: 'In the budget' },
  dilaksanakan: { id: 'Dilaksanakan', en: 'Implemented' },
  ditunda: { id: 'Ditunda', en: 'Postponed' },
  ditolak: { id: 'Ditolak', en: 'Declined' },
} as const satisfies Labels;
export const STATUS_USULAN = slugs(LABEL_STATUS_USULAN);
