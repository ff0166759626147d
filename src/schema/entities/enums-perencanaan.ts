/** Enums and their id/en labels for planning documents and forums (section 4). */
import { slugs, type Labels } from './enum-slugs.js';

export const LABEL_JENIS_DOKUMEN = {
  rpjmdes: { id: 'RPJMDes', en: 'Village medium-term plan (RPJMDes)' },
  rkpdes: { id: 'RKPDes', en: 'Village annual work plan (RKPDes)' },
  apbdes: { id: 'APBDes', en: 'Village budget (APBDes)' },
  apbdes_perubahan: { id: 'APBDes Perubahan', en: 'Revised village budget' },
  laporan_semester: { id: 'Laporan semester', en: 'Half-year report' },
  lpj: { id: 'LPJ', en: 'Accountability report (LPJ)' },
  du_rkpdes: { id: 'DU-RKPDes', en: 'Draft priority list for the RKPDes (DU-RKPDes)' },
} as const satisfies Labels;
export const JENIS_DOKUMEN = slugs(LABEL_JENIS_DOKUMEN);

export const LABEL_JENIS_FORUM = {
  musdus: { id: 'Musyawarah dusun', en: 'Hamlet meeting' },
  musyawarah_khusus: { id: 'Musyawarah khusus', en: 'Special-group meeting' },
  musdes: { id: 'Musyawarah desa', en: 'Village deliberation' },
  musrenbangdes: { id: 'Musrenbangdes', en: 'Village planning deliberation' },
  musdes_khusus: { id: 'Musdes khusus', en: 'Special village deliberation' },
  rembuk_stunting: { id: 'Rembuk stunting', en: 'Stunting consultation' },
  lainnya: { id: 'Lainnya', en: 'Other' },
} as const satisfies Labels;
export const JENIS_FORUM = slugs(LABEL_JENIS_FORUM);

export const LABEL_KELOMPOK_SASARAN = {
  perempuan: { id: 'Perempuan', en: 'Women' },
  anak: { id: 'Anak', en: 'Children' },
  pemuda: { id: 'Pemuda', en: 'Youth' },
  lansia: { id: 'Lansia', en: 'Elderly' },
  disabilitas: { id: 'Penyandang disabilitas', en: 'Persons with disabilities' },
  miskin: { id: 'Rumah tangga miskin', en: 'Poor households' },
  adat: { id: 'Masyarakat adat', en: 'Indigenous community' },
  lainnya: { id: 'Lainnya', en: 'Other' },
} as const satisfies Labels;
export const KELOMPOK_SASARAN = slugs(LABEL_KELOMPOK_SASARAN);
