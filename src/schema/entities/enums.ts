/**
 * Every enum of the data model with its id/en label table (DATA-MODEL section 11 and the
 * enums inline in sections 1–10). Widgets read labels from here and never hard-code text.
 * Each value list is derived from its label table, so a slug cannot lack a label.
 */
import type { LocalizedText } from '../issues.js';
import { BIDANG } from '../codes/bidang.js';

type Labels = Readonly<Record<string, LocalizedText>>;

/** The slugs of a label table, in its order, typed as a non-empty tuple for `z.enum`. */
// Marked so that an unused table and its slug list drop out of a bundle together.
/* @__NO_SIDE_EFFECTS__ */
function slugs<T extends Labels>(table: T): readonly [keyof T & string, ...(keyof T & string)[]] {
  return Object.keys(table) as never;
}

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

export const LABEL_VERSI_APBDES = {
  rancangan: { id: 'Rancangan', en: 'Proposed' },
  murni: { id: 'Murni', en: 'Approved (original)' },
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

export type SumberDana = keyof typeof LABEL_SUMBER_DANA;
export type StatusKegiatan = keyof typeof LABEL_STATUS_KEGIATAN;
export type VersiApbdes = keyof typeof LABEL_VERSI_APBDES;
export type Bidang = (typeof NOMOR_BIDANG)[number];
export type KelompokSasaran = keyof typeof LABEL_KELOMPOK_SASARAN;
