import type { Lang } from '../../core/locale.js';
import type { PeranMitra } from '../../model/partner-network.js';

export type PartnerView = 'map' | 'relationships' | 'list';
export const PARTNER_VIEWS: readonly PartnerView[] = ['map', 'relationships', 'list'];

/** Every UI string `<kpm-partner-map>` shows, typed so both languages stay complete. */
export interface PartnerStrings {
  views: Record<PartnerView, string>;
  viewLabel: string;
  /** `desa` is the village word ("Desa", or the local name such as "Nagari"). */
  title: (village: string) => string;
  titleMany: (count: number) => string;
  empty: string;
  noMatch: string;
  summary: (orgs: number, partnerships: number, active: number) => string;
  topFunder: (name: string, amount: string) => string;
  filtersLabel: string;
  filter: { peran: string; jenis: string; status: string; bidang: string; tema: string; tahun: string };
  all: string;
  clearFilters: string;
  partners: string;
  period: (from: string, to: string | null) => string;
  value: string;
  sectors: string;
  themes: string;
  document: string;
  documentNumber: (nomor: string) => string;
  kegiatan: string;
  recorded: string;
  apbdes: (year: string, versi: string, kode: string, akun: string) => string;
  locations: string;
  approximate: string;
  showTable: string;
  hideTable: string;
  downloadCsv: string;
  tableCaption: string;
  columns: {
    kemitraan: string; organisasi: string; jenis: string; peran: string; status: string;
    mulai: string; selesai: string; nilai: string; desa: string; kodeWilayah: string; dokumen: string;
  };
  map: {
    label: string;
    keyHint: string;
    zoomIn: string;
    zoomOut: string;
    reset: string;
    zoomLevel: (k: string) => string;
    noGeometry: string;
    otherViews: string;
    legend: string;
    colorBy: string;
    byStatus: string;
    byRole: string;
    kantor: string;
    cluster: (count: number) => string;
    clusterLegend: string;
    place: (label: string, index: number, count: number) => string;
    boundaryError: string;
    close: string;
  };
  roleLetter: Record<PeranMitra, string>;
  graph: {
    label: string;
    keyHint: string;
    orgNode: (name: string, count: number, roles: string) => string;
    selected: (name: string, count: number) => string;
    cleared: string;
  };
  selection: (name: string) => string;
  clearSelection: string;
}

const id: PartnerStrings = {
  views: { map: 'Peta', relationships: 'Hubungan', list: 'Daftar' },
  viewLabel: 'Tampilan',
  title: (village) => `Mitra ${village}`,
  titleMany: (count) => `Mitra di ${count} desa`,
  empty: 'Belum ada data kemitraan.',
  noMatch: 'Tidak ada kemitraan yang cocok dengan saringan ini.',
  summary: (orgs, partnerships, active) => `${orgs} mitra dalam ${partnerships} kemitraan (${active} aktif)`,
  topFunder: (name, amount) => `pendana terbesar: ${name} (${amount})`,
  filtersLabel: 'Saring kemitraan',
  filter: { peran: 'Peran', jenis: 'Jenis organisasi', status: 'Status', bidang: 'Bidang', tema: 'Tema', tahun: 'Tahun' },
  all: 'Semua',
  clearFilters: 'Hapus saringan',
  partners: 'Mitra dan peran',
  period: (from, to) => `${from} – ${to ?? 'sekarang'}`,
  value: 'Nilai',
  sectors: 'Bidang',
  themes: 'Tema',
  document: 'Dokumen',
  documentNumber: (nomor) => `nomor ${nomor}`,
  kegiatan: 'Kegiatan terkait',
  recorded: 'Tercatat di APBDes',
  apbdes: (year, versi, kode, akun) => `APBDes ${year} (${versi}), kode rekening ${kode}${akun ? ` ${akun}` : ''}`,
  locations: 'Lokasi',
  approximate: 'titik desa, perkiraan',
  showTable: 'Lihat tabel',
  hideTable: 'Sembunyikan tabel',
  downloadCsv: 'Unduh CSV',
  tableCaption: 'Kemitraan dan peran tiap mitra',
  columns: {
    kemitraan: 'Kemitraan', organisasi: 'Organisasi', jenis: 'Jenis organisasi', peran: 'Peran', status: 'Status',
    mulai: 'Mulai', selesai: 'Selesai', nilai: 'Nilai (Rp)', desa: 'Desa', kodeWilayah: 'Kode wilayah', dokumen: 'Dokumen',
  },
  map: {
    label: 'Peta lokasi kemitraan dan kantor mitra',
    keyHint: 'Panah: pindah antartitik. + dan −: perbesar dan perkecil. Shift + panah: geser peta. 0: atur ulang. Enter: buka titik.',
    zoomIn: 'Perbesar',
    zoomOut: 'Perkecil',
    reset: 'Atur ulang peta',
    zoomLevel: (k) => `Perbesaran ${k}×`,
    noGeometry: 'Belum ada batas wilayah atau titik koordinat untuk peta ini.',
    otherViews: 'Lihat kemitraan sebagai:',
    legend: 'Keterangan peta',
    colorBy: 'Warna menurut',
    byStatus: 'Status',
    byRole: 'Peran',
    kantor: 'Kantor organisasi',
    cluster: (count) => `${count} titik berdekatan`,
    clusterLegend: 'Titik berdekatan (angka = jumlah)',
    place: (label, index, count) => `${label}. Titik ${index} dari ${count}.`,
    boundaryError: 'Batas wilayah tidak dapat ditampilkan',
    close: 'Tutup',
  },
  roleLetter: { pendana: 'D', penanggung_jawab: 'J', pengelola_dana: 'K', pelaksana: 'L', pendamping: 'P', penerima_manfaat: 'M' },
  graph: {
    label: 'Hubungan organisasi dan kemitraan',
    keyHint: 'Panah: pindah antarorganisasi. Enter: sorot kemitraannya. Esc: hapus sorotan.',
    orgNode: (name, count, roles) => `${name}: ${count} kemitraan, sebagai ${roles}`,
    selected: (name, count) => `${name} dipilih: ${count} kemitraan disorot.`,
    cleared: 'Sorotan dihapus.',
  },
  selection: (name) => `Menampilkan kemitraan ${name}`,
  clearSelection: 'Tampilkan semua',
};

const en: PartnerStrings = {
  views: { map: 'Map', relationships: 'Relationships', list: 'List' },
  viewLabel: 'View',
  title: (village) => `Partners of ${village}`,
  titleMany: (count) => `Partners in ${count} villages`,
  empty: 'No partnership data yet.',
  noMatch: 'No partnership matches these filters.',
  summary: (orgs, partnerships, active) =>
    `${orgs} ${orgs === 1 ? 'partner' : 'partners'} in ${partnerships} ${partnerships === 1 ? 'partnership' : 'partnerships'} (${active} active)`,
  topFunder: (name, amount) => `largest funder: ${name} (${amount})`,
  filtersLabel: 'Filter partnerships',
  filter: { peran: 'Role', jenis: 'Organisation type', status: 'Status', bidang: 'Sector', tema: 'Theme', tahun: 'Year' },
  all: 'All',
  clearFilters: 'Clear filters',
  partners: 'Partners and roles',
  period: (from, to) => `${from} – ${to ?? 'ongoing'}`,
  value: 'Value',
  sectors: 'Sectors',
  themes: 'Themes',
  document: 'Document',
  documentNumber: (nomor) => `no. ${nomor}`,
  kegiatan: 'Linked activities',
  recorded: 'Recorded in the village budget',
  apbdes: (year, versi, kode, akun) => `Village budget ${year} (${versi}), account ${kode}${akun ? ` ${akun}` : ''}`,
  locations: 'Locations',
  approximate: 'village point, approximate',
  showTable: 'Show table',
  hideTable: 'Hide table',
  downloadCsv: 'Download CSV',
  tableCaption: 'Partnerships and each partner’s role',
  columns: {
    kemitraan: 'Partnership', organisasi: 'Organisation', jenis: 'Organisation type', peran: 'Role', status: 'Status',
    mulai: 'Start', selesai: 'End', nilai: 'Value (IDR)', desa: 'Village', kodeWilayah: 'Village code', dokumen: 'Document',
  },
  map: {
    label: 'Map of partnership locations and partner offices',
    keyHint: 'Arrows: move between points. + and −: zoom in and out. Shift + arrows: pan. 0: reset. Enter: open a point.',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    reset: 'Reset map',
    zoomLevel: (k) => `Zoom ${k}×`,
    noGeometry: 'There are no boundaries or coordinates for this map yet.',
    otherViews: 'See the partnerships as:',
    legend: 'Map legend',
    colorBy: 'Colour by',
    byStatus: 'Status',
    byRole: 'Role',
    kantor: 'Organisation office',
    cluster: (count) => `${count} nearby points`,
    clusterLegend: 'Nearby points (number = count)',
    place: (label, index, count) => `${label}. Point ${index} of ${count}.`,
    boundaryError: 'The boundaries cannot be shown',
    close: 'Close',
  },
  roleLetter: { pendana: 'F', penanggung_jawab: 'A', pengelola_dana: 'M', pelaksana: 'I', pendamping: 'S', penerima_manfaat: 'B' },
  graph: {
    label: 'Relationships between organisations and partnerships',
    keyHint: 'Arrows: move between organisations. Enter: highlight its partnerships. Esc: clear the highlight.',
    orgNode: (name, count, roles) => `${name}: ${count} ${count === 1 ? 'partnership' : 'partnerships'}, as ${roles}`,
    selected: (name, count) => `${name} selected: ${count} ${count === 1 ? 'partnership' : 'partnerships'} highlighted.`,
    cleared: 'Highlight cleared.',
  },
  selection: (name) => `Showing the partnerships of ${name}`,
  clearSelection: 'Show all',
};

export function partnerStrings(lang: Lang): PartnerStrings {
  return lang === 'en' ? en : id;
}
