/**
 * Appendix A.2: the functional classification of belanja, bidang → sub-bidang → kegiatan.
 * Bidang and sub-bidang codes are stable; kegiatan lists change between reference versions,
 * so the kegiatan table is a tagged example set, never a source of names for arbitrary codes.
 */
import type { LocalizedText } from '../issues.js';

export const BIDANG: Readonly<Record<number, LocalizedText>> = {
  1: { id: 'Penyelenggaraan Pemerintahan Desa', en: 'Village administration' },
  2: { id: 'Pelaksanaan Pembangunan Desa', en: 'Village development' },
  3: { id: 'Pembinaan Kemasyarakatan Desa', en: 'Community affairs' },
  4: { id: 'Pemberdayaan Masyarakat Desa', en: 'Community empowerment' },
  5: {
    id: 'Penanggulangan Bencana, Keadaan Darurat dan Mendesak Desa',
    en: 'Disaster, emergency & urgent needs',
  },
};

export const SUB_BIDANG: Readonly<Record<string, LocalizedText>> = {
  '1.1': {
    id: 'Penyelenggaraan Belanja Siltap, Tunjangan dan Operasional Pemerintahan Desa',
    en: 'Fixed income, allowances and running costs of the village government',
  },
  '1.2': { id: 'Sarana dan Prasarana Pemerintahan Desa', en: 'Government facilities' },
  '1.3': {
    id: 'Administrasi Kependudukan, Pencatatan Sipil, Statistik dan Kearsipan',
    en: 'Population administration, civil registry, statistics and archives',
  },
  '1.4': {
    id: 'Tata Praja Pemerintahan, Perencanaan, Keuangan dan Pelaporan',
    en: 'Governance, planning, finance and reporting',
  },
  '1.5': { id: 'Pertanahan', en: 'Land affairs' },
  '2.1': { id: 'Pendidikan', en: 'Education' },
  '2.2': { id: 'Kesehatan', en: 'Health' },
  '2.3': { id: 'Pekerjaan Umum dan Penataan Ruang', en: 'Public works and spatial planning' },
  '2.4': { id: 'Kawasan Permukiman', en: 'Settlements' },
  '2.5': { id: 'Kehutanan dan Lingkungan Hidup', en: 'Forestry and environment' },
  '2.6': {
    id: 'Perhubungan, Komunikasi dan Informatika',
    en: 'Transport, communication and IT',
  },
  '2.7': { id: 'Energi dan Sumber Daya Mineral', en: 'Energy and mineral resources' },
  '2.8': { id: 'Pariwisata', en: 'Tourism' },
  '3.1': {
    id: 'Ketenteraman, Ketertiban Umum dan Pelindungan Masyarakat',
    en: 'Public order and community protection',
  },
  '3.2': { id: 'Kebudayaan dan Keagamaan', en: 'Culture and religion' },
  '3.3': { id: 'Kepemudaan dan Olahraga', en: 'Youth and sports' },
  '3.4': { id: 'Kelembagaan Masyarakat', en: 'Community institutions' },
  '4.1': { id: 'Kelautan dan Perikanan', en: 'Marine affairs and fisheries' },
  '4.2': { id: 'Pertanian dan Peternakan', en: 'Agriculture and livestock' },
  '4.3': { id: 'Peningkatan Kapasitas Aparatur Desa', en: 'Capacity building for village officials' },
  '4.4': {
    id: 'Pemberdayaan Perempuan, Perlindungan Anak dan Keluarga',
    en: 'Women’s empowerment, child and family protection',
  },
  '4.5': {
    id: 'Koperasi, Usaha Mikro Kecil dan Menengah (UMKM)',
    en: 'Cooperatives and small businesses',
  },
  '4.6': { id: 'Dukungan Penanaman Modal', en: 'Investment support' },
  '4.7': { id: 'Perdagangan dan Perindustrian', en: 'Trade and industry' },
  '5.1': { id: 'Penanggulangan Bencana', en: 'Disaster management' },
  '5.2': { id: 'Keadaan Darurat', en: 'Emergencies' },
  '5.3': { id: 'Keadaan Mendesak', en: 'Urgent needs' },
};

/** The reference list the example kegiatan come from (OpenSID `KeuanganManualRefKegiatan`). */
export const KEGIATAN_REFERENSI_VERSI = 'opensid-keuangan-manual-ref-kegiatan';

export interface KegiatanReferensi {
  nama: string;
  /** Reference version this code–name pair belongs to; names differ between versions. */
  referensi: string;
}

const contoh = (nama: string): KegiatanReferensi => ({ nama, referensi: KEGIATAN_REFERENSI_VERSI });

/** Example kegiatan of Appendix A.2, keyed by normalised code. */
export const KEGIATAN_REFERENSI: Readonly<Record<string, KegiatanReferensi>> = {
  '1.1.01': contoh('Penyediaan Penghasilan Tetap dan Tunjangan Kepala Desa'),
  '1.1.05': contoh('Penyediaan Tunjangan BPD'),
  '1.1.07': contoh('Penyediaan Insentif/Operasional RT/RW'),
  '1.4.01': contoh('Penyelenggaraan Musyawarah Perencanaan Desa/Pembahasan APBDes'),
  '1.4.03': contoh('Penyusunan Dokumen Perencanaan Desa (RPJMDesa/RKPDesa)'),
  '1.4.08': contoh('Pengembangan Sistem Informasi Desa'),
  '2.2.02': contoh('Penyelenggaraan Posyandu'),
  '2.3.10': contoh('Pembangunan/Rehabilitasi/Peningkatan/Pengerasan Jalan Desa'),
  '2.4.13': contoh('Pembangunan/Rehabilitasi/Peningkatan Sanitasi Permukiman'),
  '3.4.04': contoh('Pelatihan Pembinaan Lembaga Kemasyarakatan'),
  '4.2.03': contoh('Penguatan Ketahanan Pangan Tingkat Desa'),
  '4.6.01': contoh('Pembentukan BUM Desa'),
  '5.3.01': contoh('Penanganan Keadaan Mendesak'),
};

/** `bidangOfKegiatan('2.3.10') === 2`; also takes a sub-bidang code. */
export function bidangOfKegiatan(kode: string): number {
  const dot = kode.indexOf('.');
  return Number(dot < 0 ? kode : kode.slice(0, dot));
}

/** `subBidangOfKegiatan('2.3.10') === '2.3'`; undefined when the code has no sub-bidang. */
export function subBidangOfKegiatan(kode: string): string | undefined {
  // indexOf rather than split: validation and the belanja tree ask this of every line.
  const first = kode.indexOf('.');
  if (first < 0) return undefined;
  const second = kode.indexOf('.', first + 1);
  return second < 0 ? kode : kode.slice(0, second);
}

/** Siskeudes writes codes with zero padding and dots after every segment. */
function siskeudesSegments(raw: string): number[] | undefined {
  const parts = raw.trim().replace(/\.$/, '').split('.');
  if (parts.some((p) => !/^\d+$/.test(p))) return undefined;
  return parts.map(Number);
}

/**
 * Normalises a Siskeudes/OpenSID kegiatan code to `B.S.KK`: `'02.03.10.'` → `'2.3.10'`, and
 * the `<Kd_Desa><BB.SS.KK.>` form (a village prefix before the kegiatan) by its last three
 * segments. Already normalised codes pass through. Undefined when the result is not a
 * kegiatan code of a known bidang.
 */
export function normalizeKodeKegiatanSiskeudes(raw: string): string | undefined {
  const seg = siskeudesSegments(raw);
  if (!seg || seg.length < 3) return undefined;
  const [b, s, k] = seg.slice(-3);
  if (!(b in BIDANG) || s < 1 || s > 99 || k > 99) return undefined;
  return `${b}.${s}.${String(k).padStart(2, '0')}`;
}

/**
 * Reads the bidang from the Siskeudes/OpenSID form `00.0000.0B` (a village-code prefix, then
 * the bidang): `'00.0000.02'` → 2. Undefined when the last segment is not a bidang.
 */
export function normalizeKodeBidangSiskeudes(raw: string): number | undefined {
  const seg = siskeudesSegments(raw);
  const b = seg?.[seg.length - 1];
  return b !== undefined && b in BIDANG ? b : undefined;
}
