import type { CoreStrings } from './types.js';

export const id: CoreStrings = {
  loading: 'Memuat data…',
  empty: 'Belum ada data untuk ditampilkan.',
  noSource:
    'Belum ada data: isi atribut src dengan alamat berkas JSON, sisipkan <script type="application/json">, atau letakkan widget di dalam <kpm-data>.',
  errorTitle: 'Data tidak dapat ditampilkan',
  partialTitle: (n) => `Sebagian data tidak ditampilkan (${n} masalah)`,
  retry: 'Coba lagi',
  severity: { error: 'Kesalahan', warning: 'Peringatan', info: 'Info' },
  pathLabel: 'Lokasi',
  rootPath: '(seluruh berkas)',
  moreIssues: (n) =>
    `…dan ${n} masalah lain tidak ditampilkan. Perbaiki yang di atas lalu muat ulang; daftar lengkapnya ada di event kpm-error.`,
  loadError: {
    timeout: (s) => `Server tidak menjawab dalam ${s} detik. Periksa koneksi lalu coba lagi.`,
    tooSlow: (s) => `Data masih diunduh setelah ${s} detik; koneksi terlalu lambat. Coba lagi di tempat dengan sinyal lebih baik.`,
    tooLarge: (mb) => `Berkas data lebih dari ${mb} MB, terlalu besar untuk ditampilkan.`,
    http: (status) => `Berkas data tidak dapat diambil (HTTP ${status}). Periksa alamat pada atribut src.`,
    network: 'Berkas data tidak dapat diambil: jaringan terputus atau server menolak (CORS).',
    json: (detail) => `Berkas data bukan JSON yang sah: ${detail}`,
    jsonAt: (line, column) => `kesalahan penulisan di baris ${line}, kolom ${column}`,
    inlineJson: 'Isi <script type="application/json"> bukan JSON yang sah',
    aborted: 'Pemuatan data dibatalkan.',
    html: 'Alamat pada atribut src mengembalikan halaman web, bukan berkas data. Periksa alamatnya (dan apakah berkasnya sudah diunggah).',
    csvUnsupported: 'Widget ini membaca dataset JSON, bukan CSV (hanya grafik APBDes yang membaca CSV). Ubah CSV menjadi JSON di halaman builder.',
  },
  table: {
    shownOf: (shown, total) => `Menampilkan ${shown} dari ${total} baris; unduhan CSV memuat semuanya.`,
    more: (count) => `Tampilkan ${count} baris lagi`,
  },
  footer: {
    source: 'Sumber',
    asOf: 'Data per',
    licence: 'Lisensi',
    document: 'Dokumen sumber',
    sistem: {
      manual: 'input manual',
      opensid: 'OpenSID',
      siskeudes: 'Siskeudes',
      spreadsheet: 'lembar kerja',
      lainnya: 'lainnya',
    },
  },
};
