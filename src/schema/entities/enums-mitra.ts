/** Enums and their id/en labels for organisations and partnerships (sections 9–10). */
import { slugs, type Labels } from './enum-slugs.js';

export const LABEL_JENIS_ORGANISASI = {
  pemerintah_desa: { id: 'Pemerintah desa', en: 'Village government' },
  bpd: { id: 'Badan Permusyawaratan Desa', en: 'Village consultative body' },
  pemerintah_daerah: { id: 'Pemerintah daerah', en: 'Provincial or district government' },
  pemerintah_pusat: { id: 'Pemerintah pusat', en: 'Central government' },
  bumdes: { id: 'BUM Desa', en: 'Village-owned enterprise' },
  lkd: { id: 'Lembaga kemasyarakatan desa', en: 'Village community institution' },
  lsm_lokal: { id: 'LSM lokal', en: 'Local NGO' },
  lsm_nasional: { id: 'LSM nasional', en: 'National NGO' },
  lsm_internasional: { id: 'LSM internasional', en: 'International NGO' },
  swasta: { id: 'Swasta / CSR', en: 'Private company / CSR' },
  perguruan_tinggi: { id: 'Perguruan tinggi', en: 'University' },
  yayasan: { id: 'Yayasan', en: 'Foundation' },
  multilateral: { id: 'Lembaga multilateral', en: 'Multilateral body' },
  lainnya: { id: 'Lainnya', en: 'Other' },
} as const satisfies Labels;
export const JENIS_ORGANISASI = slugs(LABEL_JENIS_ORGANISASI);

/** Default IATI OrganisationType per jenis (section 9); `iatiOrganisationType` overrides. */
export const IATI_ORGANISATION_TYPE: Readonly<Record<keyof typeof LABEL_JENIS_ORGANISASI, string>> = {
  pemerintah_desa: '11',
  bpd: '11',
  pemerintah_daerah: '11',
  pemerintah_pusat: '10',
  bumdes: '15',
  lkd: '24',
  lsm_lokal: '24',
  lsm_nasional: '22',
  lsm_internasional: '21',
  swasta: '72',
  perguruan_tinggi: '80',
  yayasan: '60',
  multilateral: '40',
  lainnya: '90',
};

export const LABEL_SKEMA_IDENTIFIER = {
  IATI: { id: 'IATI', en: 'IATI' },
  AHU: { id: 'AHU Kemenkumham', en: 'AHU (Ministry of Law registration)' },
  NPWP: { id: 'NPWP', en: 'Tax number (NPWP)' },
  NIB: { id: 'NIB', en: 'Business number (NIB)' },
  lainnya: { id: 'Lainnya', en: 'Other' },
} as const satisfies Labels;
export const SKEMA_IDENTIFIER = slugs(LABEL_SKEMA_IDENTIFIER);

export const LABEL_PERAN_MITRA = {
  pendana: { id: 'Pendana', en: 'Funder' },
  penanggung_jawab: { id: 'Penanggung jawab', en: 'Accountable' },
  pengelola_dana: { id: 'Pengelola dana', en: 'Fund manager' },
  pelaksana: { id: 'Pelaksana', en: 'Implementer' },
  pendamping: { id: 'Pendamping', en: 'Facilitator' },
  penerima_manfaat: { id: 'Penerima manfaat', en: 'Beneficiary' },
} as const satisfies Labels;
export const PERAN_MITRA = slugs(LABEL_PERAN_MITRA);

export const LABEL_STATUS_KEMITRAAN = {
  direncanakan: { id: 'Direncanakan', en: 'Planned' },
  aktif: { id: 'Aktif', en: 'Active' },
  selesai: { id: 'Selesai', en: 'Completed' },
  dihentikan: { id: 'Dihentikan', en: 'Stopped' },
} as const satisfies Labels;
export const STATUS_KEMITRAAN = slugs(LABEL_STATUS_KEMITRAAN);

export const LABEL_JENIS_DOKUMEN_KEMITRAAN = {
  mou: { id: 'Nota kesepahaman (MoU)', en: 'Memorandum of understanding' },
  perjanjian_kerja_sama: { id: 'Perjanjian kerja sama', en: 'Cooperation agreement' },
  surat_keputusan: { id: 'Surat keputusan', en: 'Decree' },
  lainnya: { id: 'Lainnya', en: 'Other' },
} as const satisfies Labels;
export const JENIS_DOKUMEN_KEMITRAAN = slugs(LABEL_JENIS_DOKUMEN_KEMITRAAN);
