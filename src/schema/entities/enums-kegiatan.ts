/** Enums and their id/en labels for programmes and activities (section 5). */
import { slugs, type Labels } from './enum-slugs.js';

export const LABEL_SUMBER_RENCANA = {
  rpjmdes: { id: 'RPJMDes', en: 'Medium-term plan (RPJMDes)' },
  rkpdes: { id: 'RKPDes', en: 'Annual work plan (RKPDes)' },
  apbdes: { id: 'APBDes', en: 'Village budget' },
  apbdes_perubahan: { id: 'APBDes Perubahan', en: 'Revised village budget' },
  program_mitra: { id: 'Program mitra', en: 'Partner programme' },
  lainnya: { id: 'Lainnya', en: 'Other' },
} as const satisfies Labels;
export const SUMBER_RENCANA = slugs(LABEL_SUMBER_RENCANA);

export const LABEL_JENIS_PEKERJAAN = {
  pembangunan_baru: { id: 'Pembangunan baru', en: 'New construction' },
  rehabilitasi: { id: 'Rehabilitasi', en: 'Rehabilitation' },
  peningkatan: { id: 'Peningkatan', en: 'Upgrade' },
  pemeliharaan: { id: 'Pemeliharaan', en: 'Maintenance' },
  penggantian: { id: 'Penggantian', en: 'Replacement' },
  non_fisik: { id: 'Non-fisik', en: 'Non-physical' },
} as const satisfies Labels;
export const JENIS_PEKERJAAN = slugs(LABEL_JENIS_PEKERJAAN);

export const LABEL_SIFAT_KEGIATAN = {
  baru: { id: 'Baru', en: 'New' },
  lanjutan: { id: 'Lanjutan', en: 'Continued' },
} as const satisfies Labels;
export const SIFAT_KEGIATAN = slugs(LABEL_SIFAT_KEGIATAN);

export const LABEL_POLA_PELAKSANAAN = {
  swakelola: { id: 'Swakelola', en: 'Self-managed' },
  kerja_sama_antar_desa: { id: 'Kerja sama antar desa', en: 'Inter-village cooperation' },
  kerja_sama_pihak_ketiga: { id: 'Kerja sama pihak ketiga', en: 'Third-party cooperation' },
  penyedia: { id: 'Penyedia', en: 'Contractor' },
} as const satisfies Labels;
export const POLA_PELAKSANAAN = slugs(LABEL_POLA_PELAKSANAAN);

export const LABEL_JENIS_PELAKSANA = {
  kaur: { id: 'Kepala urusan', en: 'Head of affairs (kaur)' },
  kasi: { id: 'Kepala seksi', en: 'Section head (kasi)' },
  tpk: { id: 'Tim Pelaksana Kegiatan', en: 'Activity implementation team' },
  lkd: { id: 'Lembaga kemasyarakatan desa', en: 'Village community institution' },
  kelompok: { id: 'Kelompok masyarakat', en: 'Community group' },
  penyedia: { id: 'Penyedia', en: 'Contractor' },
  mitra: { id: 'Mitra', en: 'Partner' },
  lainnya: { id: 'Lainnya', en: 'Other' },
} as const satisfies Labels;
export const JENIS_PELAKSANA = slugs(LABEL_JENIS_PELAKSANA);

export const LABEL_SATUAN_DURASI = {
  hari: { id: 'hari', en: 'days' },
  minggu: { id: 'minggu', en: 'weeks' },
  bulan: { id: 'bulan', en: 'months' },
  tahun: { id: 'tahun', en: 'years' },
} as const satisfies Labels;
export const SATUAN_DURASI = slugs(LABEL_SATUAN_DURASI);

export const LABEL_STATUS_KEGIATAN = {
  usulan: { id: 'Usulan', en: 'Proposed' },
  direncanakan: { id: 'Direncanakan', en: 'Planned' },
  dianggarkan: { id: 'Dianggarkan', en: 'Budgeted' },
  berjalan: { id: 'Berjalan', en: 'Ongoing' },
  selesai: { id: 'Selesai', en: 'Completed' },
  tertunda: { id: 'Tertunda', en: 'Postponed' },
  dibatalkan: { id: 'Dibatalkan', en: 'Cancelled' },
} as const satisfies Labels;
export const STATUS_KEGIATAN = slugs(LABEL_STATUS_KEGIATAN);
