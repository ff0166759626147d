/**
 * The built-in `kpm-8-kriteria` framework (DATA-MODEL section 7) written out as data: a
 * dataset without `kerangkaPenilaian` is scored against this. The 1–4 scale is this
 * project's design choice, not a regulation, which is why it is data a village can replace.
 */
import { KPM_8_KRITERIA_ID } from './kpm-8-kriteria-id.js';
import type { KerangkaPenilaian } from './penilaian.js';

export { KPM_8_KRITERIA_ID };

export const KPM_8_KRITERIA: KerangkaPenilaian = {
  id: KPM_8_KRITERIA_ID,
  nama: { id: '8 Kriteria KPM Desa', en: '8 criteria for a village KPM' },
  sumber: 'bungko.desa.id – Tugas Pokok, Fungsi dan Kriteria Kader KPM (2023)',
  skala: {
    min: 1,
    maks: 4,
    label: {
      1: { id: 'Rintisan', en: 'Emerging' },
      2: { id: 'Berkembang', en: 'Developing' },
      3: { id: 'Maju', en: 'Advanced' },
      4: { id: 'Mandiri', en: 'Self-reliant' },
    },
  },
  kriteria: [
    {
      kode: 'legalitas',
      nama: { id: 'Legalitas', en: 'Legal standing' },
      deskripsi: {
        id: 'Legalitas yang jelas dan sah, diakui pemerintah desa dan terdaftar di DPMD.',
        en: 'Clear and lawful standing, recognised by the village government and registered with the district community-empowerment office.',
      },
      indikator: [
        { id: 'leg-sk', teks: { id: 'SK Kepala Desa atau terdaftar di DPMD', en: 'Village head decree or DPMD registration' } },
        { id: 'leg-adart', teks: { id: 'AD/ART', en: 'Articles of association' } },
        { id: 'leg-anggota', teks: { id: 'Daftar anggota terkini', en: 'Current membership list' } },
      ],
    },
    {
      kode: 'kemandirian',
      nama: { id: 'Kemandirian', en: 'Self-reliance' },
      deskripsi: {
        id: 'Mampu bergerak dengan sumber daya dan keputusan sendiri.',
        en: 'Acts on its own resources and decisions.',
      },
      indikator: [
        { id: 'kem-dana', teks: { id: 'Dana sendiri atau swadaya', en: 'Own or community funds' } },
        { id: 'kem-keputusan', teks: { id: 'Keputusan diambil dalam rapat sendiri', en: 'Decisions taken in its own meetings' } },
        { id: 'kem-sumber', teks: { id: 'Kegiatan tidak hanya didanai APBDes', en: 'Activities not funded only by the village budget' } },
      ],
    },
    {
      kode: 'representatif',
      nama: { id: 'Representatif', en: 'Representativeness' },
      deskripsi: {
        id: 'Mewakili seluruh wilayah dan kelompok warga.',
        en: 'Represents every area and group of residents.',
      },
      indikator: [
        { id: 'rep-dusun', teks: { id: 'Anggota dari setiap dusun', en: 'Members from every hamlet' } },
        { id: 'rep-perempuan', teks: { id: 'Keterwakilan perempuan', en: "Women's share" } },
        { id: 'rep-rentan', teks: { id: 'Kelompok rentan terwakili', en: 'Vulnerable groups represented' } },
      ],
    },
    {
      kode: 'partisipatif',
      nama: { id: 'Partisipatif', en: 'Participation' },
      deskripsi: {
        id: 'Aktif dalam rapat dan musyawarah desa.',
        en: 'Active in meetings and village deliberations.',
      },
      indikator: [
        { id: 'par-rapat', teks: { id: 'Rapat rutin dengan daftar hadir', en: 'Regular meetings with attendance lists' } },
        { id: 'par-musyawarah', teks: { id: 'Terlibat dalam musdus, musdes dan musrenbang', en: 'Involved in hamlet, village and planning deliberations' } },
        { id: 'par-usulan', teks: { id: 'Mengajukan usulan', en: 'Proposals submitted' } },
      ],
    },
    {
      kode: 'kompeten',
      nama: { id: 'Kompeten', en: 'Competence' },
      deskripsi: {
        id: 'Memiliki pengetahuan dan keterampilan yang dibutuhkan.',
        en: 'Has the knowledge and skills needed.',
      },
      indikator: [
        { id: 'kom-pelatihan', teks: { id: 'Pelatihan yang diikuti', en: 'Trainings attended' } },
        { id: 'kom-keterampilan', teks: { id: 'Keterampilan perencanaan, penganggaran dan pemantauan', en: 'Skills in planning, budgeting and monitoring' } },
      ],
    },
    {
      kode: 'transparan',
      nama: { id: 'Transparan', en: 'Transparency' },
      deskripsi: {
        id: 'Terbuka tentang kegiatan dan keuangan.',
        en: 'Open about activities and finances.',
      },
      indikator: [
        { id: 'tra-keuangan', teks: { id: 'Laporan keuangan dipublikasikan', en: 'Financial reports published' } },
        { id: 'tra-kegiatan', teks: { id: 'Laporan kegiatan dipublikasikan (papan atau daring)', en: 'Activity reports published (board or online)' } },
      ],
    },
    {
      kode: 'berkelanjutan',
      nama: { id: 'Berkelanjutan', en: 'Sustainability' },
      deskripsi: {
        id: 'Kegiatan dan kepengurusan berlanjut dari tahun ke tahun.',
        en: 'Activities and leadership continue from year to year.',
      },
      indikator: [
        { id: 'ber-multitahun', teks: { id: 'Kegiatan lebih dari satu tahun', en: 'Activities in more than one year' } },
        { id: 'ber-regenerasi', teks: { id: 'Regenerasi pengurus', en: 'Regeneration of the board' } },
        { id: 'ber-rpjmdes', teks: { id: 'Terkait dengan RPJMDes', en: 'Linked to the RPJMDes' } },
      ],
    },
    {
      kode: 'kreatif_inovatif',
      nama: { id: 'Kreatif dan inovatif', en: 'Creativity and innovation' },
      deskripsi: {
        id: 'Mencoba pendekatan dan alat baru.',
        en: 'Tries new approaches and tools.',
      },
      indikator: [
        { id: 'kre-pendekatan', teks: { id: 'Pendekatan baru', en: 'New approaches' } },
        { id: 'kre-ttg', teks: { id: 'TTG atau alat digital diterapkan', en: 'Appropriate technology or digital tools adopted' } },
      ],
    },
  ],
};
