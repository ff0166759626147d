import type { Lang } from '../../core/locale.js';

export type BudgetView = 'ringkasan' | 'pendapatan' | 'belanja' | 'jenis' | 'pembiayaan' | 'tren';
export const BUDGET_VIEWS: readonly BudgetView[] = ['ringkasan', 'pendapatan', 'belanja', 'jenis', 'pembiayaan', 'tren'];

/** Every UI string `<kpm-budget-chart>` shows, typed so both languages stay complete. */
export interface BudgetStrings {
  views: Record<BudgetView, string>;
  viewLabel: string;
  yearLabel: string;
  versionLabel: string;
  /** A version not yet enacted (status draf) is named as a draft: the schema's labels name enacted versions. */
  draftVersion: Record<'rancangan' | 'murni' | 'perubahan', string>;
  asOfLabel: string;
  /** `desa` is the village word ("Desa", or the local name such as "Nagari"). */
  title: (village: string, tahun: number, versi: string) => string;
  empty: string;
  /** A view with no line in this budget (a budget of pendapatan lines only, say). */
  noRows: (view: string) => string;
  showTable: string;
  hideTable: string;
  downloadCsv: string;
  downloadSvg: string;
  downloadPng: string;
  downloads: string;
  chartLabel: (view: string) => string;
  drillHint: string;
  breadcrumbLabel: string;
  up: string;
  anggaran: string;
  realisasi: string;
  persen: string;
  selisih: string;
  uraian: string;
  tahun: string;
  semula: string;
  menjadi: string;
  overBudget: string;
  /** The text a focused bar is announced with. */
  announce: (label: string, anggaran: string, realisasi: string, persen: string) => string;
  /** A mark of a budget with no realisation report yet. */
  announceBudget: (label: string, anggaran: string) => string;
  nowShowing: (label: string, count: number) => string;
  realisasiTo: (date: string) => string;
  ringkasan: {
    pendapatan: string;
    belanja: string;
    pembiayaanNetto: string;
    surplusDefisit: string;
    silpaBerjalan: string;
  };
  summary: {
    ringkasan: (pendapatan: string, belanja: string) => string;
    ringkasanRealised: (pPct: string, bPct: string, when: string) => string;
    /** In place of a realisation sentence when the budget has no realisation report yet. */
    noRealisasi: string;
    largest: (what: string, label: string, amount: string, share: string) => string;
    realised: (amount: string, pct: string, when: string) => string;
    pembiayaan: (masuk: string, keluar: string, netto: string) => string;
    tren: (first: number, last: number, from: string, to: string) => string;
    trenOne: (year: number, belanja: string) => string;
  };
  pendapatanBy: { jenis: string; kelompok: string };
  siltap: (share: string, amount: string, cap: string) => string;
  siltapOver: string;
  siltapWithin: string;
  siltapBasis: string;
  perubahanTitle: string;
  noPerubahan: string;
  danaDesaTitle: string;
  lokasi: string;
  volume: string;
  kontak: string;
  warningsTitle: string;
  csvFile: (view: string, year: number) => string;
}

const id: BudgetStrings = {
  views: {
    ringkasan: 'Ringkasan',
    pendapatan: 'Pendapatan',
    belanja: 'Belanja per bidang',
    jenis: 'Belanja per jenis',
    pembiayaan: 'Pembiayaan',
    tren: 'Tren',
  },
  viewLabel: 'Tampilan',
  yearLabel: 'Tahun',
  versionLabel: 'Versi',
  draftVersion: { rancangan: 'Rancangan, draf', murni: 'Murni, draf', perubahan: 'Perubahan, draf' },
  asOfLabel: 'Realisasi s.d.',
  title: (village, tahun, versi) => `APBDes ${village} TA ${tahun} (${versi})`,
  empty: 'Belum ada data APBDes.',
  noRows: (view) => `APBDes ini tidak memuat baris untuk tampilan ${view}.`,
  showTable: 'Lihat tabel',
  hideTable: 'Sembunyikan tabel',
  downloadCsv: 'Unduh CSV',
  downloadSvg: 'Unduh SVG',
  downloadPng: 'Unduh PNG',
  downloads: 'Unduhan',
  chartLabel: (view) => `Grafik: ${view}. Gunakan tombol panah untuk berpindah, Enter untuk rincian, Esc untuk kembali.`,
  drillHint: 'Tekan Enter untuk melihat rincian.',
  breadcrumbLabel: 'Tingkat rincian',
  up: 'Kembali',
  anggaran: 'Anggaran',
  realisasi: 'Realisasi',
  persen: 'Persen',
  selisih: 'Selisih',
  uraian: 'Uraian',
  tahun: 'Tahun',
  semula: 'Semula',
  menjadi: 'Menjadi',
  overBudget: 'realisasi melebihi anggaran',
  announce: (label, a, r, p) => `${label}: anggaran ${a}, realisasi ${r}, ${p}`,
  announceBudget: (label, a) => `${label}: anggaran ${a}`,
  nowShowing: (label, n) => `${label}: ${n} baris`,
  realisasiTo: (date) => `s.d. ${date}`,
  ringkasan: {
    pendapatan: 'Pendapatan',
    belanja: 'Belanja',
    pembiayaanNetto: 'Pembiayaan netto',
    surplusDefisit: 'Surplus/(Defisit)',
    silpaBerjalan: 'SiLPA tahun berjalan',
  },
  summary: {
    ringkasan: (p, b) => `Pendapatan ${p} dan belanja ${b}.`,
    ringkasanRealised: (pp, bp, when) => `Realisasi ${when}: pendapatan ${pp}, belanja ${bp}.`,
    noRealisasi: 'Belum ada laporan realisasi.',
    largest: (what, label, amount, share) => `${what} terbesar: ${label}, ${amount} (${share}).`,
    realised: (amount, pct, when) => `Realisasi ${when}: ${amount} (${pct}).`,
    pembiayaan: (masuk, keluar, netto) =>
      `Penerimaan pembiayaan ${masuk}, pengeluaran pembiayaan ${keluar}, pembiayaan netto ${netto}.`,
    tren: (first, last, from, to) => `Belanja TA ${first} ${from}; TA ${last} ${to}.`,
    trenOne: (year, belanja) => `Data hanya untuk TA ${year}: belanja ${belanja}.`,
  },
  pendapatanBy: { jenis: 'Per jenis', kelompok: 'Per kelompok' },
  siltap: (share, amount, cap) =>
    `Penghasilan tetap dan tunjangan (kepala desa, perangkat, BPD): ${amount}, ${share} dari belanja. Batas: ${cap} (PP 11/2019).`,
  siltapOver: 'Melebihi batas.',
  siltapWithin: 'Di bawah batas.',
  siltapBasis: 'Bagian penghasilan tetap dan tunjangan dari belanja',
  perubahanTitle: 'Perubahan anggaran: semula → menjadi',
  noPerubahan: 'Tidak ada perubahan anggaran untuk tahun ini.',
  danaDesaTitle: 'Kegiatan utama Dana Desa',
  lokasi: 'Lokasi',
  volume: 'Volume',
  kontak: 'Informasi dan pengaduan',
  warningsTitle: 'Catatan data',
  csvFile: (view, year) => `apbdes-${year}-${view}.csv`,
};

const en: BudgetStrings = {
  views: {
    ringkasan: 'Summary',
    pendapatan: 'Revenue',
    belanja: 'Spending by sector',
    jenis: 'Spending by type',
    pembiayaan: 'Financing',
    tren: 'Trend',
  },
  viewLabel: 'View',
  yearLabel: 'Year',
  versionLabel: 'Version',
  draftVersion: { rancangan: 'Proposed, draft', murni: 'Original, draft', perubahan: 'Revised, draft' },
  asOfLabel: 'Realised up to',
  title: (village, tahun, versi) => `APBDes of ${village}, FY ${tahun} (${versi})`,
  empty: 'There is no village budget (APBDes) data yet.',
  noRows: (view) => `This budget has no lines for the ${view} view.`,
  showTable: 'Show table',
  hideTable: 'Hide table',
  downloadCsv: 'Download CSV',
  downloadSvg: 'Download SVG',
  downloadPng: 'Download PNG',
  downloads: 'Downloads',
  chartLabel: (view) => `Chart: ${view}. Use the arrow keys to move, Enter for details, Esc to go back.`,
  drillHint: 'Press Enter for details.',
  breadcrumbLabel: 'Detail level',
  up: 'Back',
  anggaran: 'Budget',
  realisasi: 'Realised',
  persen: 'Percent',
  selisih: 'Difference',
  uraian: 'Item',
  tahun: 'Year',
  semula: 'Before',
  menjadi: 'After',
  overBudget: 'realisation above budget',
  announce: (label, a, r, p) => `${label}: budget ${a}, realised ${r}, ${p}`,
  announceBudget: (label, a) => `${label}: budget ${a}`,
  nowShowing: (label, n) => `${label}: ${n} ${n === 1 ? 'row' : 'rows'}`,
  realisasiTo: (date) => `to ${date}`,
  ringkasan: {
    pendapatan: 'Revenue',
    belanja: 'Expenditure',
    pembiayaanNetto: 'Net financing',
    surplusDefisit: 'Surplus/(Deficit)',
    silpaBerjalan: 'Current-year surplus (SiLPA)',
  },
  summary: {
    ringkasan: (p, b) => `Revenue ${p} and expenditure ${b}.`,
    ringkasanRealised: (pp, bp, when) => `Realised ${when}: revenue ${pp}, expenditure ${bp}.`,
    noRealisasi: 'No realisation reported yet.',
    largest: (what, label, amount, share) => `Largest ${what.toLowerCase()}: ${label}, ${amount} (${share}).`,
    realised: (amount, pct, when) => `Realised ${when}: ${amount} (${pct}).`,
    pembiayaan: (masuk, keluar, netto) => `Financing receipts ${masuk}, financing expenditure ${keluar}, net ${netto}.`,
    tren: (first, last, from, to) => `Expenditure FY ${first} ${from}; FY ${last} ${to}.`,
    trenOne: (year, belanja) => `Data only for FY ${year}: expenditure ${belanja}.`,
  },
  pendapatanBy: { jenis: 'By type', kelompok: 'By group' },
  siltap: (share, amount, cap) =>
    `Fixed income and allowances (village head, officials, BPD): ${amount}, ${share} of expenditure. Cap: ${cap} (PP 11/2019).`,
  siltapOver: 'Above the cap.',
  siltapWithin: 'Within the cap.',
  siltapBasis: 'Share of expenditure on fixed income and allowances',
  perubahanTitle: 'Budget revision: before → after',
  noPerubahan: 'No budget revision for this year.',
  danaDesaTitle: 'Main Village Fund (Dana Desa) activities',
  lokasi: 'Location',
  volume: 'Volume',
  kontak: 'Information and complaints',
  warningsTitle: 'Data notes',
  csvFile: (view, year) => `apbdes-${year}-${view}.csv`,
};

const TABLES: Record<Lang, BudgetStrings> = { id, en };

export function budgetStrings(lang: Lang): BudgetStrings {
  return TABLES[lang];
}
