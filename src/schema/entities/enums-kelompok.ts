/** Enums and their id/en labels for community groups and their members (section 6). */
import { slugs, type Labels } from './enum-slugs.js';

export const LABEL_JENIS_KELOMPOK = {
  kpmd: { id: 'Kader Pemberdayaan Masyarakat Desa', en: 'Village empowerment cadres' },
  kelompok_pemberdayaan: {
    id: 'Kelompok Pemberdayaan Masyarakat',
    en: 'Community empowerment group',
  },
  kader_pembangunan_manusia: { id: 'Kader Pembangunan Manusia', en: 'Human development cadres' },
  lpm: { id: 'LPM', en: 'Community empowerment institution (LPM)' },
  pkk: { id: 'PKK', en: 'Family welfare movement (PKK)' },
  karang_taruna: { id: 'Karang Taruna', en: 'Youth organisation' },
  posyandu: { id: 'Posyandu', en: 'Integrated health post' },
  rt: { id: 'RT', en: 'Neighbourhood unit (RT)' },
  rw: { id: 'RW', en: 'Community unit (RW)' },
  lembaga_adat: { id: 'Lembaga adat', en: 'Customary institution' },
  kelompok_tani: { id: 'Kelompok tani', en: 'Farmers group' },
  kelompok_perempuan: { id: 'Kelompok perempuan', en: "Women's group" },
  lainnya: { id: 'Lainnya', en: 'Other' },
} as const satisfies Labels;
export const JENIS_KELOMPOK = slugs(LABEL_JENIS_KELOMPOK);

export const LABEL_JENIS_LEGALITAS = {
  sk_kepala_desa: { id: 'SK Kepala Desa', en: 'Village head decree' },
  perdes: { id: 'Peraturan Desa', en: 'Village regulation' },
  akta_notaris: { id: 'Akta notaris', en: 'Notarial deed' },
  sk_kemenkumham: { id: 'SK Kemenkumham', en: 'Ministry of Law decree' },
  terdaftar_dpmd: { id: 'Terdaftar di DPMD', en: 'Registered with the DPMD' },
  lainnya: { id: 'Lainnya', en: 'Other' },
} as const satisfies Labels;
export const JENIS_LEGALITAS = slugs(LABEL_JENIS_LEGALITAS);

export const LABEL_JABATAN_ANGGOTA = {
  ketua: { id: 'Ketua', en: 'Chair' },
  wakil_ketua: { id: 'Wakil ketua', en: 'Vice chair' },
  sekretaris: { id: 'Sekretaris', en: 'Secretary' },
  bendahara: { id: 'Bendahara', en: 'Treasurer' },
  koordinator_bidang: { id: 'Koordinator bidang', en: 'Area coordinator' },
  anggota: { id: 'Anggota', en: 'Member' },
} as const satisfies Labels;
export const JABATAN_ANGGOTA = slugs(LABEL_JABATAN_ANGGOTA);

export const LABEL_JENIS_KELAMIN = {
  L: { id: 'Laki-laki', en: 'Male' },
  P: { id: 'Perempuan', en: 'Female' },
} as const satisfies Labels;
export const JENIS_KELAMIN = slugs(LABEL_JENIS_KELAMIN);
