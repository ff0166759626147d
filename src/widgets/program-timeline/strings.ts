import type { Lang } from '../../core/locale.js';
import type { GroupBy } from '../../model/timeline-filter.js';
import type { Zoom } from '../../model/timeline-layout.js';

export type TimelineView = 'list' | 'timeline';
export const TIMELINE_VIEWS: readonly TimelineView[] = ['list', 'timeline'];

/** Every UI string `<kpm-program-timeline>` shows, typed so both languages stay complete. */
export interface TimelineStrings {
  /** `desa` is the village word ("Desa", or the local name such as "Nagari"). */
  title: (village: string) => string;
  empty: string;
  noMatch: string;
  /** "12 kegiatan tahun 2025: 5 selesai, 4 berjalan; rata-rata progres fisik 63%". */
  summary: (count: number, countText: string, period: string, statuses: string, average: string | null) => string;
  /** The summary when the data has planning (forums, documents) but no kegiatan yet. */
  planningOnly: (forums: number, forumsText: string, documents: number, documentsText: string) => string;
  period: (first: number, last: number) => string;
  statusCount: (countText: string, status: string) => string;
  showing: (shown: number, total: number) => string;
  /** Under a group cut to its first rows: "50 dari 2.000 ditampilkan". */
  shownOf: (shown: string, total: string) => string;
  /** The button that shows the next rows; `more` is how many it adds. */
  showMore: (more: string) => string;
  /** Announced after "show more". */
  groupShowing: (shown: string, total: string, group: string) => string;
  views: Record<TimelineView, string>;
  viewLabel: string;
  groupLabel: string;
  groups: Record<GroupBy, string>;
  zoomLabel: string;
  zooms: Record<Zoom, string>;
  panPrev: string;
  panNext: string;
  windowLabel: (from: string, to: string) => string;
  yearLabel: string;
  allYears: string;
  filtersTitle: (active: number) => string;
  bidangLabel: string;
  statusLabel: string;
  dusunLabel: string;
  noDusun: string;
  searchLabel: string;
  clearFilters: string;
  rowsLabel: string;
  keyHint: string;
  approximate: string;
  progress: (pct: string) => string;
  noProgress: string;
  today: string;
  milestonesTitle: (count: number) => string;
  milestonesLane: string;
  rpjmdes: (first: number, last: number, years: number) => string;
  outsideSeason: string;
  warningsTitle: string;
  warning: {
    progressDrop: (date: string, from: string, to: string) => string;
    selesaiBelow100: (pct: string) => string;
    outsideFiscalYear: (date: string, year: number) => string;
  };
  detail: {
    close: string;
    jadwal: string;
    durasi: string;
    lokasi: string;
    rt: string;
    rw: string;
    volume: string;
    keluaran: string;
    sasaran: string;
    anggaran: string;
    anggaranSemula: string;
    perSumber: string;
    realisasi: string;
    realisasiOf: (amount: string, pct: string) => string;
    pelaksana: string;
    pola: string;
    penerimaManfaat: string;
    penerima: { lakiLaki: string; perempuan: string; rumahTanggaMiskin: string; disabilitas: string; kk: string };
    progressLog: string;
    photo: (nama: string, date: string, n: number) => string;
    photoUnavailable: (n: number) => string;
    trace: string;
    usulan: string;
    noUsulan: string;
    dokumen: string;
    apbdesLines: string;
    noApbdes: string;
    apbdesOf: (year: number, versi: string) => string;
    sumberRencana: string;
    kode: string;
  };
  table: {
    kegiatan: string;
    bidang: string;
    dusun: string;
    status: string;
    mulai: string;
    selesai: string;
    progres: string;
    anggaran: string;
    tahun: string;
    perkiraan: string;
  };
  showTable: string;
  hideTable: string;
  downloadCsv: string;
}

const id: TimelineStrings = {
  title: (village) => `Program dan kegiatan ${village}`,
  empty: 'Belum ada data kegiatan.',
  noMatch: 'Tidak ada kegiatan yang cocok dengan saringan.',
  summary: (_n, n, period, statuses, avg) =>
    `${n} kegiatan ${period}${statuses ? `: ${statuses}` : ''}${avg ? `; rata-rata progres fisik ${avg}` : ''}.`,
  planningOnly: (_f, f, _d, d) => `Belum ada data kegiatan. Tahapan perencanaan: ${f} forum dan ${d} dokumen perencanaan.`,
  period: (a, b) => (a === b ? `tahun ${a}` : `tahun ${a}–${b}`),
  statusCount: (n, s) => `${n} ${s.toLocaleLowerCase('id')}`,
  showing: (shown, total) => `Menampilkan ${shown} dari ${total} kegiatan.`,
  shownOf: (shown, total) => `${shown} dari ${total} ditampilkan`,
  showMore: (more) => `Tampilkan lebih banyak (${more} lagi)`,
  groupShowing: (shown, total, group) => `Menampilkan ${shown} dari ${total} kegiatan di ${group}.`,
  views: { list: 'Daftar', timeline: 'Lini masa' },
  viewLabel: 'Tampilan',
  groupLabel: 'Kelompokkan',
  groups: { bidang: 'Bidang', status: 'Status', tahun: 'Tahun' },
  zoomLabel: 'Skala waktu',
  zooms: { year: 'Tahun', quarter: 'Triwulan', month: 'Bulan' },
  panPrev: 'Periode sebelumnya',
  panNext: 'Periode berikutnya',
  windowLabel: (a, b) => `Sumbu waktu ${a} – ${b}`,
  yearLabel: 'Tahun',
  allYears: 'Semua tahun',
  filtersTitle: (n) => (n ? `Saring (${n} aktif)` : 'Saring'),
  bidangLabel: 'Bidang',
  statusLabel: 'Status',
  dusunLabel: 'Dusun',
  noDusun: 'seluruh desa',
  searchLabel: 'Cari kegiatan',
  clearFilters: 'Hapus saringan',
  rowsLabel: 'Daftar kegiatan',
  keyHint: 'Panah atas/bawah untuk berpindah, Enter untuk membuka rincian, Esc untuk menutup.',
  approximate: 'jadwal perkiraan',
  progress: (p) => `progres fisik ${p}`,
  noProgress: 'belum ada laporan progres',
  today: 'Hari ini',
  milestonesTitle: (n) => `Tahapan perencanaan (${n})`,
  milestonesLane: 'Tahapan perencanaan',
  rpjmdes: (a, b, y) => `RPJMDes ${a}–${b} (${y} tahun)`,
  outsideSeason: 'di luar Juli–September',
  warningsTitle: 'Perlu diperhatikan',
  warning: {
    progressDrop: (d, a, b) => `Progres turun dari ${a} ke ${b} pada ${d} tanpa catatan.`,
    selesaiBelow100: (p) => `Berstatus selesai, tetapi progres fisik baru ${p}.`,
    outsideFiscalYear: (d, y) => `Tanggal ${d} di luar tahun anggaran ${y}.`,
  },
  detail: {
    close: 'Tutup rincian',
    jadwal: 'Jadwal',
    durasi: 'Durasi',
    lokasi: 'Lokasi',
    rt: 'RT',
    rw: 'RW',
    volume: 'Volume',
    keluaran: 'Keluaran',
    sasaran: 'Sasaran',
    anggaran: 'Anggaran',
    anggaranSemula: 'Anggaran semula',
    perSumber: 'Anggaran per sumber dana',
    realisasi: 'Realisasi',
    realisasiOf: (a, p) => `${a} (${p} dari anggaran)`,
    pelaksana: 'Pelaksana',
    pola: 'Pola pelaksanaan',
    penerimaManfaat: 'Penerima manfaat',
    penerima: {
      lakiLaki: 'laki-laki',
      perempuan: 'perempuan',
      rumahTanggaMiskin: 'rumah tangga miskin',
      disabilitas: 'penyandang disabilitas',
      kk: 'KK',
    },
    progressLog: 'Catatan kemajuan',
    photo: (nama, d, n) => `Foto ${n} ${nama}, ${d}`,
    photoUnavailable: (n) => `Foto ${n} tidak dapat ditampilkan di sini; buka foto`,
    trace: 'Asal usul dan pendanaan',
    usulan: 'Berasal dari usulan warga',
    noUsulan: 'Tidak tercatat berasal dari usulan warga.',
    dokumen: 'Dokumen perencanaan',
    apbdesLines: 'Didanai baris APBDes',
    noApbdes: 'Belum ada baris APBDes yang terhubung.',
    apbdesOf: (y, v) => `APBDes ${y} (${v})`,
    sumberRencana: 'Direncanakan dalam',
    kode: 'Kode kegiatan',
  },
  table: {
    kegiatan: 'Kegiatan',
    bidang: 'Bidang',
    dusun: 'Dusun',
    status: 'Status',
    mulai: 'Mulai',
    selesai: 'Selesai',
    progres: 'Progres fisik',
    anggaran: 'Anggaran',
    tahun: 'Tahun',
    perkiraan: 'Jadwal perkiraan',
  },
  showTable: 'Lihat tabel',
  hideTable: 'Sembunyikan tabel',
  downloadCsv: 'Unduh CSV',
};

const en: TimelineStrings = {
  title: (village) => `Programmes and activities of ${village}`,
  empty: 'No activities in the data yet.',
  noMatch: 'No activity matches the filters.',
  summary: (count, n, period, statuses, avg) =>
    `${n} ${count === 1 ? 'activity' : 'activities'} ${period}${statuses ? `: ${statuses}` : ''}${avg ? `; average physical progress ${avg}` : ''}.`,
  planningOnly: (forums, f, documents, d) =>
    `No activities in the data yet. Planning cycle: ${f} ${forums === 1 ? 'forum' : 'forums'} and ${d} planning ${documents === 1 ? 'document' : 'documents'}.`,
  period: (a, b) => (a === b ? `in ${a}` : `in ${a}–${b}`),
  statusCount: (n, s) => `${n} ${s.toLocaleLowerCase('en')}`,
  showing: (shown, total) => `Showing ${shown} of ${total} activities.`,
  shownOf: (shown, total) => `${shown} of ${total} shown`,
  showMore: (more) => `Show more (${more} more)`,
  groupShowing: (shown, total, group) => `Showing ${shown} of ${total} activities in ${group}.`,
  views: { list: 'List', timeline: 'Timeline' },
  viewLabel: 'View',
  groupLabel: 'Group by',
  groups: { bidang: 'Sector', status: 'Status', tahun: 'Year' },
  zoomLabel: 'Time scale',
  zooms: { year: 'Year', quarter: 'Quarter', month: 'Month' },
  panPrev: 'Earlier period',
  panNext: 'Later period',
  windowLabel: (a, b) => `Time axis ${a} – ${b}`,
  yearLabel: 'Year',
  allYears: 'All years',
  filtersTitle: (n) => (n ? `Filter (${n} active)` : 'Filter'),
  bidangLabel: 'Sector',
  statusLabel: 'Status',
  dusunLabel: 'Hamlet',
  noDusun: 'whole village',
  searchLabel: 'Search activities',
  clearFilters: 'Clear filters',
  rowsLabel: 'Activities',
  keyHint: 'Up/down arrows move, Enter opens the details, Esc closes them.',
  approximate: 'approximate dates',
  progress: (p) => `physical progress ${p}`,
  noProgress: 'no progress report yet',
  today: 'Today',
  milestonesTitle: (n) => `Planning cycle (${n})`,
  milestonesLane: 'Planning cycle',
  rpjmdes: (a, b, y) => `RPJMDes ${a}–${b} (${y} years)`,
  outsideSeason: 'outside July–September',
  warningsTitle: 'Please note',
  warning: {
    progressDrop: (d, a, b) => `Progress fell from ${a} to ${b} on ${d} without a note.`,
    selesaiBelow100: (p) => `Marked completed, but physical progress is only ${p}.`,
    outsideFiscalYear: (d, y) => `The date ${d} is outside fiscal year ${y}.`,
  },
  detail: {
    close: 'Close details',
    jadwal: 'Schedule',
    durasi: 'Duration',
    lokasi: 'Location',
    rt: 'RT',
    rw: 'RW',
    volume: 'Volume',
    keluaran: 'Output',
    sasaran: 'Target',
    anggaran: 'Budget',
    anggaranSemula: 'Original budget',
    perSumber: 'Budget by funding source',
    realisasi: 'Spent',
    realisasiOf: (a, p) => `${a} (${p} of the budget)`,
    pelaksana: 'Implementer',
    pola: 'Implementation mode',
    penerimaManfaat: 'Beneficiaries',
    penerima: {
      lakiLaki: 'men',
      perempuan: 'women',
      rumahTanggaMiskin: 'poor households',
      disabilitas: 'persons with disabilities',
      kk: 'households',
    },
    progressLog: 'Progress log',
    photo: (nama, d, n) => `Photo ${n} of ${nama}, ${d}`,
    photoUnavailable: (n) => `Photo ${n} cannot be shown here; open the photo`,
    trace: 'Origin and funding',
    usulan: 'Comes from citizens’ proposals',
    noUsulan: 'Not recorded as coming from a citizens’ proposal.',
    dokumen: 'Planning documents',
    apbdesLines: 'Funded by APBDes lines',
    noApbdes: 'No APBDes line is linked yet.',
    apbdesOf: (y, v) => `APBDes ${y} (${v})`,
    sumberRencana: 'Planned in',
    kode: 'Activity code',
  },
  table: {
    kegiatan: 'Activity',
    bidang: 'Sector',
    dusun: 'Hamlet',
    status: 'Status',
    mulai: 'Start',
    selesai: 'End',
    progres: 'Physical progress',
    anggaran: 'Budget',
    tahun: 'Year',
    perkiraan: 'Approximate dates',
  },
  showTable: 'Show table',
  hideTable: 'Hide table',
  downloadCsv: 'Download CSV',
};

export function timelineStrings(lang: Lang): TimelineStrings {
  return lang === 'en' ? en : id;
}
