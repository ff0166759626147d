/**
 * Enums and their id/en labels for the village profile and the dataset envelope (DATA-MODEL.md
 * sections 1–2).
 */
import { slugs, type Labels } from './enum-slugs.js';

export const LABEL_SISTEM_SUMBER = {
  manual: { id: 'Isian manual', en: 'Manual entry' },
  opensid: { id: 'OpenSID', en: 'OpenSID' },
  siskeudes: { id: 'Siskeudes', en: 'Siskeudes' },
  spreadsheet: { id: 'Lembar kerja (spreadsheet)', en: 'Spreadsheet' },
  lainnya: { id: 'Lainnya', en: 'Other' },
} as const satisfies Labels;
export const SISTEM_SUMBER = slugs(LABEL_SISTEM_SUMBER);

export const LABEL_JENIS_DESA = {
  desa: { id: 'Desa', en: 'Village' },
  desa_adat: { id: 'Desa adat', en: 'Customary village' },
  kelurahan: { id: 'Kelurahan', en: 'Urban ward (kelurahan)' },
} as const satisfies Labels;
export const JENIS_DESA = slugs(LABEL_JENIS_DESA);

export const LABEL_STATUS_IDM = {
  sangat_tertinggal: { id: 'Sangat tertinggal', en: 'Very underdeveloped' },
  tertinggal: { id: 'Tertinggal', en: 'Underdeveloped' },
  berkembang: { id: 'Berkembang', en: 'Developing' },
  maju: { id: 'Maju', en: 'Advanced' },
  mandiri: { id: 'Mandiri', en: 'Self-reliant' },
} as const satisfies Labels;
export const STATUS_IDM = slugs(LABEL_STATUS_IDM);

export const LABEL_ZONA_WAKTU = {
  'Asia/Jakarta': { id: 'WIB (UTC+7)', en: 'Western Indonesia Time (UTC+7)' },
  'Asia/Makassar': { id: 'WITA (UTC+8)', en: 'Central Indonesia Time (UTC+8)' },
  'Asia/Jayapura': { id: 'WIT (UTC+9)', en: 'Eastern Indonesia Time (UTC+9)' },
} as const satisfies Labels;
export const ZONA_WAKTU = slugs(LABEL_ZONA_WAKTU);
