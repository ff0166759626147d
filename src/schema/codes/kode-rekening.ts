/**
 * Appendix A.1: the APBDes chart of accounts (akun → kelompok → jenis) as shipped data.
 * Source: OpenSID `Data_awal_seeder.php` (Permendagri 20/2018). Objek codes (a 4th level) are
 * set by each kabupaten, so they are not listed; `kodeRekeningLevels` accepts them when their
 * jenis is known.
 */
import type { LocalizedText } from '../issues.js';

/** The reference the list follows; a dataset without `referensiKode` means this one. */
export const REFERENSI_KODE_DEFAULT = 'permendagri-20-2018';

/** Code-list versions the shipped list is known to cover; others get a warning. */
export const REFERENSI_KODE_DIKENAL: readonly string[] = [
  REFERENSI_KODE_DEFAULT,
  'siskeudes-2.0.x',
];

export const KODE_REKENING: Readonly<Record<string, LocalizedText>> = {
  '4': { id: 'Pendapatan', en: 'Revenue' },
  '4.1': { id: 'Pendapatan Asli Desa (PADes)', en: 'Village own-source revenue' },
  '4.1.1': { id: 'Hasil Usaha Desa', en: 'Village enterprise income' },
  '4.1.2': { id: 'Hasil Aset Desa', en: 'Village asset income' },
  '4.1.3': { id: 'Swadaya, Partisipasi dan Gotong Royong', en: 'Community self-help and mutual aid' },
  '4.1.4': { id: 'Lain-lain Pendapatan Asli Desa', en: 'Other own-source revenue' },
  '4.2': { id: 'Pendapatan Transfer', en: 'Transfers' },
  '4.2.1': { id: 'Dana Desa', en: 'Village Fund (APBN)' },
  '4.2.2': {
    id: 'Bagian dari Hasil Pajak dan Retribusi Daerah Kabupaten/Kota',
    en: 'Regional tax & levy share',
  },
  '4.2.3': { id: 'Alokasi Dana Desa (ADD)', en: 'Village fund allocation (kabupaten)' },
  '4.2.4': { id: 'Bantuan Keuangan Provinsi', en: 'Provincial financial aid' },
  '4.2.5': { id: 'Bantuan Keuangan Kabupaten/Kota', en: 'District financial aid' },
  '4.3': { id: 'Pendapatan Lain-lain', en: 'Other revenue' },
  '4.3.1': {
    id: 'Penerimaan dari Hasil Kerjasama Antar Desa',
    en: 'Income from inter-village cooperation',
  },
  '4.3.2': {
    id: 'Penerimaan dari Hasil Kerjasama dengan Pihak Ketiga',
    en: 'Income from third-party cooperation',
  },
  '4.3.3': {
    id: 'Penerimaan Bantuan dari Perusahaan yang Berlokasi di Desa',
    en: 'Contributions from companies in the village',
  },
  '4.3.4': { id: 'Hibah dan Sumbangan dari Pihak Ketiga', en: 'Third-party grants and donations' },
  '4.3.5': {
    id: 'Koreksi Kesalahan Belanja Tahun-tahun Sebelumnya',
    en: 'Corrections of prior-year spending',
  },
  '4.3.6': { id: 'Bunga Bank', en: 'Bank interest' },
  '4.3.9': { id: 'Lain-lain Pendapatan Desa Yang Sah', en: 'Other lawful village revenue' },
  '5': { id: 'Belanja', en: 'Expenditure' },
  '5.1': { id: 'Belanja Pegawai', en: 'Personnel' },
  '5.1.1': {
    id: 'Penghasilan Tetap dan Tunjangan Kepala Desa',
    en: 'Fixed income and allowances: village head',
  },
  '5.1.2': {
    id: 'Penghasilan Tetap dan Tunjangan Perangkat Desa',
    en: 'Fixed income and allowances: village officials',
  },
  '5.1.3': {
    id: 'Jaminan Sosial Kepala Desa dan Perangkat Desa',
    en: 'Social security: village head and officials',
  },
  '5.1.4': { id: 'Tunjangan BPD', en: 'Village council (BPD) allowances' },
  '5.2': { id: 'Belanja Barang dan Jasa', en: 'Goods & services' },
  '5.2.1': { id: 'Belanja Barang Perlengkapan', en: 'Supplies' },
  '5.2.2': { id: 'Belanja Jasa Honorarium', en: 'Honoraria' },
  '5.2.3': { id: 'Belanja Perjalanan Dinas', en: 'Official travel' },
  '5.2.4': { id: 'Belanja Jasa Sewa', en: 'Rentals' },
  '5.2.5': { id: 'Belanja Operasional Perkantoran', en: 'Office operations' },
  '5.2.6': { id: 'Belanja Pemeliharaan', en: 'Maintenance' },
  '5.2.7': {
    id: 'Belanja Barang dan Jasa yang Diserahkan kepada Masyarakat',
    en: 'Goods and services handed to the community',
  },
  '5.3': { id: 'Belanja Modal', en: 'Capital' },
  '5.3.1': { id: 'Belanja Modal Pengadaan Tanah', en: 'Capital: land' },
  '5.3.2': {
    id: 'Belanja Modal Pengadaan Peralatan, Mesin dan Alat Berat',
    en: 'Capital: equipment and machinery',
  },
  '5.3.3': { id: 'Belanja Modal Kendaraan', en: 'Capital: vehicles' },
  '5.3.4': {
    id: 'Belanja Modal Gedung, Bangunan dan Taman',
    en: 'Capital: buildings and parks',
  },
  '5.3.5': { id: 'Belanja Modal Jalan/Prasarana Jalan', en: 'Capital: roads' },
  '5.3.6': { id: 'Belanja Modal Jembatan', en: 'Capital: bridges' },
  '5.3.7': {
    id: 'Belanja Modal Irigasi/Embung/Drainase/Air Limbah/Persampahan',
    en: 'Capital: irrigation, drainage, wastewater and waste',
  },
  '5.3.8': { id: 'Belanja Modal Jaringan/Instalasi', en: 'Capital: networks and installations' },
  '5.3.9': { id: 'Belanja Modal Lainnya', en: 'Capital: other' },
  '5.4': { id: 'Belanja Tidak Terduga', en: 'Contingency' },
  '5.4.1': { id: 'Belanja Tidak Terduga', en: 'Contingency' },
  '6': { id: 'Pembiayaan', en: 'Financing' },
  '6.1': { id: 'Penerimaan Pembiayaan', en: 'Financing receipts' },
  '6.1.1': { id: 'SiLPA Tahun Sebelumnya', en: 'Prior-year surplus (SiLPA)' },
  '6.1.2': { id: 'Pencairan Dana Cadangan', en: 'Drawdown of reserve fund' },
  '6.1.3': {
    id: 'Hasil Penjualan Kekayaan Desa Yang Dipisahkan',
    en: 'Sale of separated village assets',
  },
  '6.1.9': { id: 'Penerimaan Pembiayaan Lainnya', en: 'Other financing receipts' },
  '6.2': { id: 'Pengeluaran Pembiayaan', en: 'Financing expenditure' },
  '6.2.1': { id: 'Pembentukan Dana Cadangan', en: 'Reserve fund contribution' },
  '6.2.2': { id: 'Penyertaan Modal Desa', en: 'Village equity participation (e.g. BUM Desa)' },
  '6.2.9': { id: 'Pengeluaran Pembiayaan Lainnya', en: 'Other financing expenditure' },
};

/** The first `depth` dotted segments of a code, or undefined when it has fewer. */
function truncateKode(kode: string, depth: number): string | undefined {
  // indexOf rather than split/join: validation and every total call this once or more per line.
  let end = -1;
  for (let seen = 0; seen < depth; seen++) {
    if (end === kode.length) return undefined;
    const dot = kode.indexOf('.', end + 1);
    end = dot < 0 ? kode.length : dot;
  }
  return kode.slice(0, end);
}

/** Akun (level 1): `akunOf('5.2.7.01') === '5'`. */
export function akunOf(kode: string): string {
  const dot = kode.indexOf('.');
  return dot < 0 ? kode : kode.slice(0, dot);
}

/** Kelompok (level 2): `kelompokOf('5.2.7.01') === '5.2'`; undefined for an akun code. */
export function kelompokOf(kode: string): string | undefined {
  return truncateKode(kode, 2);
}

/** Jenis (level 3): `jenisOf('5.2.7.01') === '5.2.7'`; undefined above jenis level. */
export function jenisOf(kode: string): string | undefined {
  return truncateKode(kode, 3);
}

/** One level up: `parentKode('5.2.7.01') === '5.2.7'`; undefined for an akun. */
export function parentKode(kode: string): string | undefined {
  const cut = kode.lastIndexOf('.');
  return cut < 0 ? undefined : kode.slice(0, cut);
}

/** Whether `ancestor` is `kode` itself or one of its parents, by whole segments. */
export function isKodeWithin(kode: string, ancestor: string): boolean {
  return kode === ancestor || kode.startsWith(`${ancestor}.`);
}
