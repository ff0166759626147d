/**
 * Enums and their id/en labels for the budget (section 3, and the sumber dana list of section
 * 11).
 */
import type { LocalizedText } from '../issues.js';
import { BIDANG } from '../codes/bidang.js';
import { slugs, type Labels } from './enum-slugs.js';

export const LABEL_VERSI_APBDES = {
  rancangan: { id: 'Rancangan', en: 'Proposed' },
  murni: { id: 'Murni', en: 'Original' },
  perubahan: { id: 'Perubahan', en: 'Revised' },
} as const satisfies Labels;
export const VERSI_APBDES = slugs(LABEL_VERSI_APBDES);

export const LABEL_STATUS_APBDES = {
  draf: { id: 'Draf', en: 'Draft' },
  ditetapkan: { id: 'Ditetapkan', en: 'Enacted' },
} as const satisfies Labels;
export const STATUS_APBDES = slugs(LABEL_STATUS_APBDES);

export const LABEL_PERIODE_REALISASI = {
  semester_1: { id: 'Semester I', en: 'First half' },
  semester_2: { id: 'Semester II', en: 'Second half' },
  triwulan_1: { id: 'Triwulan I', en: 'First quarter' },
  triwulan_2: { id: 'Triwulan II', en: 'Second quarter' },
  triwulan_3: { id: 'Triwulan III', en: 'Third quarter' },
  triwulan_4: { id: 'Triwulan IV', en: 'Fourth quarter' },
  bulanan: { id: 'Bulanan', en: 'Monthly' },
  lainnya: { id: 'Lainnya', en: 'Other' },
} as const satisfies Labels;
export const PERIODE_REALISASI = slugs(LABEL_PERIODE_REALISASI);

export const LABEL_SUMBER_DANA = {
  pades: { id: 'PADes', en: 'Village own-source revenue' },
  swadaya: { id: 'Swadaya masyarakat', en: 'Community contribution' },
  dana_desa: { id: 'Dana Desa', en: 'Village Fund (APBN)' },
  bhpr: { id: 'Bagi hasil pajak & retribusi', en: 'Regional tax & levy share' },
  add: { id: 'Alokasi Dana Desa', en: 'Village fund allocation (kabupaten)' },
  bankeu_provinsi: { id: 'Bantuan keuangan provinsi', en: 'Provincial financial aid' },
  bankeu_kabkota: { id: 'Bantuan keuangan kab/kota', en: 'District financial aid' },
  hibah: { id: 'Hibah/sumbangan pihak ketiga', en: 'Third-party grant' },
  csr: { id: 'Bantuan perusahaan', en: 'Company contribution' },
  silpa: { id: 'SiLPA', en: 'Prior-year surplus' },
  lainnya: { id: 'Lain-lain', en: 'Other' },
} as const satisfies Labels;
export const SUMBER_DANA = slugs(LABEL_SUMBER_DANA);

/** Bidang labels are the Appendix A.2 code list; one table, shared. */
export const LABEL_BIDANG = BIDANG as Readonly<Record<1 | 2 | 3 | 4 | 5, LocalizedText>>;
export const NOMOR_BIDANG = [1, 2, 3, 4, 5] as const;

export const LABEL_KELOMPOK_AKUN = {
  '4': { id: 'Pendapatan', en: 'Revenue' },
  '5': { id: 'Belanja', en: 'Expenditure' },
  '6': { id: 'Pembiayaan', en: 'Financing' },
} as const satisfies Labels;

export const LABEL_JENIS_BELANJA = {
  '5.1': { id: 'Belanja Pegawai', en: 'Personnel' },
  '5.2': { id: 'Barang dan Jasa', en: 'Goods & services' },
  '5.3': { id: 'Modal', en: 'Capital' },
  '5.4': { id: 'Tidak Terduga', en: 'Contingency' },
} as const satisfies Labels;
