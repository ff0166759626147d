import type { Lang } from '../../core/locale.js';
import type { PenilaianKelompok } from '../../schema/index.js';

type Metode = PenilaianKelompok['metode'];

/** Every UI string `<kpm-scorecard>` shows, typed so both languages stay complete. */
export interface ScorecardStrings {
  title: (nama: string) => string;
  empty: string;
  noAssessment: string;
  notAssessed: string;
  assessed: (n: number, m: number) => string;
  average: string;
  outOf: (value: string, maks: string) => string;
  summary: (avg: string, maks: string, n: number, m: number) => string;
  summaryNone: (m: number) => string;
  summaryWeakest: (names: string) => string;
  summaryNoEvidence: (n: number) => string;
  summaryTrend: (change: string, date: string) => string;
  listLabel: string;
  radarLabel: string;
  weakestTitle: string;
  noRekomendasi: string;
  noEvidenceFlag: (skor: string) => string;
  evidenceCount: (n: number) => string;
  /** Every indicator of a criterion answered: met of all. */
  indicators: (met: number, total: number) => string;
  /** Some answered: met of all, and how many nobody checked (never counted as not met). */
  indicatorsPartly: (met: number, total: number, unchecked: number) => string;
  /** None answered: no count, since an unknown indicator is not an unmet one. */
  indicatorsUnchecked: string;
  /** The table and CSV cell when some indicators are unanswered: `1/3` becomes `1/3 (2 …)`. */
  indicatorsCellUnchecked: (cell: string, unchecked: number) => string;
  indicatorMet: string;
  indicatorNotMet: string;
  indicatorUnknown: string;
  evidenceTitle: string;
  noEvidence: string;
  catatan: string;
  rekomendasi: string;
  ringkasan: string;
  method: string;
  /** What the method means for the reader: a self-assessment is said to be one. */
  methodNote: Record<Metode, string>;
  by: (who: string) => string;
  on: (date: string) => string;
  previous: (date: string) => string;
  change: (delta: string) => string;
  noChange: string;
  unknownFramework: (n: number) => string;
  columns: {
    kelompok: string;
    tanggal: string;
    metode: string;
    kode: string;
    kriteria: string;
    skor: string;
    label: string;
    sebelumnya: string;
    perubahan: string;
    indikator: string;
    bukti: string;
  };
  tableCaption: (nama: string, date: string) => string;
  showTable: string;
  hideTable: string;
  downloadCsv: string;
  print: string;
  actions: string;
  edit: EditStrings;
}

export interface EditStrings {
  title: (nama: string) => string;
  intro: (kerangka: string) => string;
  tanggal: string;
  metode: string;
  penilaiNama: string;
  penilaiPeran: string;
  skorLegend: (nama: string) => string;
  notAssessed: string;
  skorNumber: (min: number, maks: number) => string;
  indicatorsLegend: string;
  evidenceLegend: string;
  evidenceJenis: string;
  evidenceJudul: string;
  evidenceUrl: string;
  evidenceTanggal: string;
  addEvidence: string;
  removeEvidence: (judul: string) => string;
  evidenceNeedsTitle: string;
  catatan: string;
  rekomendasi: string;
  ringkasan: string;
  load: string;
  loadNone: string;
  loadButton: string;
  save: string;
  downloadJson: string;
  discard: string;
  errorSummary: (n: number) => string;
  saved: string;
  draftRestored: (date: string) => string;
  draftUnsaved: string;
  loaded: (date: string) => string;
  started: string;
  noGroup: string;
}

const METODE_NOTE_ID: Record<Metode, string> = {
  penilaian_mandiri: 'Penilaian mandiri: kelompok menilai dirinya sendiri, bukan audit dari luar.',
  penilaian_sejawat: 'Penilaian sejawat: dinilai oleh kelompok lain di desa.',
  pendamping: 'Dinilai oleh pendamping kelompok.',
  pemerintah_desa: 'Dinilai oleh pemerintah desa.',
  eksternal: 'Penilaian eksternal oleh pihak di luar desa.',
};

const METODE_NOTE_EN: Record<Metode, string> = {
  penilaian_mandiri: 'Self-assessment: the group scored itself; this is not an external audit.',
  penilaian_sejawat: 'Peer assessment: scored by another group in the village.',
  pendamping: "Scored by the group's facilitator.",
  pemerintah_desa: 'Scored by the village government.',
  eksternal: 'External assessment by a party from outside the village.',
};

const id: ScorecardStrings = {
  title: (nama) => `Kartu skor: ${nama}`,
  empty: 'Belum ada kelompok atau penilaian kelompok dalam data.',
  noAssessment: 'Kelompok ini belum pernah dinilai.',
  notAssessed: 'Belum dinilai',
  assessed: (n, m) => `${n}/${m} dinilai`,
  average: 'Rata-rata',
  outOf: (v, maks) => `${v} dari ${maks}`,
  summary: (avg, maks, n, m) => `Rata-rata ${avg} dari ${maks} pada ${n} dari ${m} kriteria yang dinilai.`,
  summaryNone: (m) => `Belum ada dari ${m} kriteria yang dinilai.`,
  summaryWeakest: (names) => `Paling lemah: ${names}.`,
  summaryNoEvidence: (n) => `${n} skor tinggi belum didukung bukti.`,
  summaryTrend: (change, date) => `Rata-rata ${change} dibanding penilaian ${date}.`,
  listLabel: 'Skor per kriteria',
  radarLabel: 'Grafik radar: skor tiap kriteria bernomor seperti daftar di sampingnya.',
  weakestTitle: 'Perlu perhatian',
  noRekomendasi: 'Belum ada rekomendasi.',
  noEvidenceFlag: (skor) => `Skor ${skor} tanpa bukti`,
  evidenceCount: (n) => `${n} bukti`,
  indicators: (met, total) => `${met}/${total} indikator terpenuhi`,
  indicatorsPartly: (met, total, unchecked) => `${met}/${total} indikator terpenuhi, ${unchecked} belum diperiksa`,
  indicatorsUnchecked: 'indikator belum diperiksa',
  indicatorsCellUnchecked: (cell, unchecked) => `${cell} (${unchecked} belum diperiksa)`,
  indicatorMet: 'terpenuhi',
  indicatorNotMet: 'belum',
  indicatorUnknown: 'tidak diisi',
  evidenceTitle: 'Bukti',
  noEvidence: 'Belum ada bukti.',
  catatan: 'Catatan',
  rekomendasi: 'Rekomendasi',
  ringkasan: 'Ringkasan penilai',
  method: 'Metode',
  methodNote: METODE_NOTE_ID,
  by: (who) => `oleh ${who}`,
  on: (date) => `tanggal ${date}`,
  previous: (date) => `Penilaian sebelumnya (${date})`,
  change: (delta) => `berubah ${delta}`,
  noChange: 'tetap',
  unknownFramework: (n) => `${n} penilaian tidak ditampilkan karena kerangkanya tidak dikenal.`,
  columns: {
    kelompok: 'Kelompok',
    tanggal: 'Tanggal',
    metode: 'Metode',
    kode: 'Kode',
    kriteria: 'Kriteria',
    skor: 'Skor',
    label: 'Tingkat',
    sebelumnya: 'Sebelumnya',
    perubahan: 'Perubahan',
    indikator: 'Indikator terpenuhi',
    bukti: 'Bukti',
  },
  tableCaption: (nama, date) => `Skor ${nama}, penilaian ${date}`,
  showTable: 'Lihat tabel',
  hideTable: 'Sembunyikan tabel',
  downloadCsv: 'Unduh CSV',
  print: 'Cetak',
  actions: 'Tindakan',
  edit: {
    title: (nama) => `Penilaian mandiri: ${nama}`,
    intro: (kerangka) => `Isi skor tiap kriteria (${kerangka}). Draf tersimpan otomatis di perangkat ini.`,
    tanggal: 'Tanggal penilaian',
    metode: 'Metode penilaian',
    penilaiNama: 'Nama penilai',
    penilaiPeran: 'Peran penilai',
    skorLegend: (nama) => `Skor ${nama}`,
    notAssessed: 'Belum dinilai',
    skorNumber: (min, maks) => `Skor (${min}–${maks}; kosongkan bila belum dinilai)`,
    indicatorsLegend: 'Indikator terpenuhi',
    evidenceLegend: 'Bukti',
    evidenceJenis: 'Jenis bukti',
    evidenceJudul: 'Judul bukti',
    evidenceUrl: 'Tautan (opsional)',
    evidenceTanggal: 'Tanggal bukti (opsional)',
    addEvidence: 'Tambah bukti',
    removeEvidence: (judul) => `Hapus bukti ${judul}`,
    evidenceNeedsTitle: 'Isi judul bukti dulu.',
    catatan: 'Catatan',
    rekomendasi: 'Rekomendasi',
    ringkasan: 'Ringkasan penilaian',
    load: 'Muat penilaian yang ada untuk direvisi',
    loadNone: 'Penilaian baru (kosong)',
    loadButton: 'Muat',
    save: 'Simpan penilaian',
    downloadJson: 'Unduh JSON',
    discard: 'Hapus draf',
    errorSummary: (n) => `Ada ${n} isian yang perlu diperbaiki:`,
    saved: 'Penilaian valid dan sudah diserahkan ke halaman ini.',
    draftRestored: (date) => `Draf dari perangkat ini dipulihkan (penilaian ${date}).`,
    draftUnsaved: 'Draf tidak bisa disimpan di perangkat ini; jangan muat ulang halaman sebelum menyimpan.',
    loaded: (date) => `Penilaian ${date} dimuat untuk direvisi.`,
    started: 'Penilaian baru dimulai.',
    noGroup: 'Tidak ada kelompok untuk dinilai dalam data.',
  },
};

const en: ScorecardStrings = {
  title: (nama) => `Scorecard: ${nama}`,
  empty: 'There are no groups or group assessments in the data yet.',
  noAssessment: 'This group has not been assessed yet.',
  notAssessed: 'Not yet assessed',
  assessed: (n, m) => `${n}/${m} assessed`,
  average: 'Average',
  outOf: (v, maks) => `${v} of ${maks}`,
  summary: (avg, maks, n, m) => `Average ${avg} of ${maks} over the ${n} of ${m} criteria assessed.`,
  summaryNone: (m) => `None of the ${m} criteria has been assessed yet.`,
  summaryWeakest: (names) => `Weakest: ${names}.`,
  summaryNoEvidence: (n) => `${n} high score${n === 1 ? ' has' : 's have'} no supporting evidence yet.`,
  summaryTrend: (change, date) => `The average changed by ${change} since the assessment of ${date}.`,
  listLabel: 'Score per criterion',
  radarLabel: 'Radar chart: the score of each criterion, numbered as in the list beside it.',
  weakestTitle: 'Needs attention',
  noRekomendasi: 'No recommendation yet.',
  noEvidenceFlag: (skor) => `Score ${skor} without evidence`,
  evidenceCount: (n) => `${n} evidence item${n === 1 ? '' : 's'}`,
  indicators: (met, total) => `${met}/${total} indicators met`,
  indicatorsPartly: (met, total, unchecked) => `${met}/${total} indicators met, ${unchecked} not checked`,
  indicatorsUnchecked: 'indicators not checked',
  indicatorsCellUnchecked: (cell, unchecked) => `${cell} (${unchecked} not checked)`,
  indicatorMet: 'met',
  indicatorNotMet: 'not yet',
  indicatorUnknown: 'not answered',
  evidenceTitle: 'Evidence',
  noEvidence: 'No evidence yet.',
  catatan: 'Notes',
  rekomendasi: 'Recommendation',
  ringkasan: "Assessor's summary",
  method: 'Method',
  methodNote: METODE_NOTE_EN,
  by: (who) => `by ${who}`,
  on: (date) => `on ${date}`,
  previous: (date) => `Previous assessment (${date})`,
  change: (delta) => `changed ${delta}`,
  noChange: 'unchanged',
  unknownFramework: (n) => `${n} assessment${n === 1 ? ' is' : 's are'} not shown because the framework is unknown.`,
  columns: {
    kelompok: 'Group',
    tanggal: 'Date',
    metode: 'Method',
    kode: 'Code',
    kriteria: 'Criterion',
    skor: 'Score',
    label: 'Level',
    sebelumnya: 'Previous',
    perubahan: 'Change',
    indikator: 'Indicators met',
    bukti: 'Evidence',
  },
  tableCaption: (nama, date) => `Scores of ${nama}, assessment of ${date}`,
  showTable: 'Show table',
  hideTable: 'Hide table',
  downloadCsv: 'Download CSV',
  print: 'Print',
  actions: 'Actions',
  edit: {
    title: (nama) => `Self-assessment: ${nama}`,
    intro: (kerangka) => `Score each criterion (${kerangka}). The draft is saved on this device as you go.`,
    tanggal: 'Assessment date',
    metode: 'Assessment method',
    penilaiNama: 'Assessor name',
    penilaiPeran: 'Assessor role',
    skorLegend: (nama) => `Score for ${nama}`,
    notAssessed: 'Not yet assessed',
    skorNumber: (min, maks) => `Score (${min}–${maks}; leave empty if not assessed)`,
    indicatorsLegend: 'Indicators met',
    evidenceLegend: 'Evidence',
    evidenceJenis: 'Evidence type',
    evidenceJudul: 'Evidence title',
    evidenceUrl: 'Link (optional)',
    evidenceTanggal: 'Evidence date (optional)',
    addEvidence: 'Add evidence',
    removeEvidence: (judul) => `Remove evidence ${judul}`,
    evidenceNeedsTitle: 'Give the evidence a title first.',
    catatan: 'Notes',
    rekomendasi: 'Recommendation',
    ringkasan: 'Assessment summary',
    load: 'Load an existing assessment to revise',
    loadNone: 'New assessment (blank)',
    loadButton: 'Load',
    save: 'Save assessment',
    downloadJson: 'Download JSON',
    discard: 'Discard draft',
    errorSummary: (n) => `${n} field${n === 1 ? ' needs' : 's need'} fixing:`,
    saved: 'The assessment is valid and was handed to this page.',
    draftRestored: (date) => `The draft on this device was restored (assessment of ${date}).`,
    draftUnsaved: 'The draft cannot be kept on this device; do not reload before saving.',
    loaded: (date) => `The assessment of ${date} was loaded for revision.`,
    started: 'A new assessment was started.',
    noGroup: 'There is no group to assess in the data.',
  },
};

const TABLES: Record<Lang, ScorecardStrings> = { id, en };

export function scorecardStrings(lang: Lang): ScorecardStrings {
  return TABLES[lang];
}
