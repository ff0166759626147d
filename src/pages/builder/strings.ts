import type { Lang } from '../../core/locale.js';
import type { Severity } from '../../schema/issues.js';
import type { InputProblem } from './input-read.js';
import type { WidgetName } from './widgets.js';

export type DataMode = 'inline' | 'file' | 'iframe';

/** Every UI string of the builder page, typed so both languages stay complete. */
export interface BuilderStrings {
  skip: string;
  title: string;
  intro: string;
  langLabel: string;
  langNames: Record<Lang, string>;
  inputTitle: string;
  fileLabel: string;
  fileHint: string;
  dropHere: string;
  pasteLabel: string;
  pasteButton: string;
  villageLegend: string;
  villageHint: string;
  namaDesa: string;
  kodeWilayah: string;
  merge: string;
  mergeHint: string;
  templates: string;
  templateApbdes: string;
  templateKegiatan: string;
  reading: (name: string) => string;
  problem: Record<InputProblem, string>;
  issuesTitle: string;
  noData: string;
  counts: (errors: number, warnings: number, infos: number) => string;
  valid: string;
  invalid: string;
  partial: string;
  sourceName: (name: string, kind: string) => string;
  kinds: { json: string; apbdes: string; kegiatan: string; xlsx: string };
  severity: Record<Severity, string>;
  row: (row: number, column?: string) => string;
  line: (line: number, column: number) => string;
  path: string;
  hint: string;
  imported: (errors: number, warnings: number) => string;
  moreIssues: (shown: number, total: number) => string;
  previewTitle: string;
  optionsLegend: string;
  widget: string;
  widgetNames: Record<WidgetName, string>;
  view: string;
  year: string;
  allYears: string;
  defaultOption: string;
  language: string;
  accent: string;
  useAccent: string;
  showAll: string;
  previewOf: (widget: string) => string;
  snippetTitle: string;
  dataMode: string;
  modes: Record<DataMode, string>;
  modeHints: Record<DataMode, string>;
  scriptUrl: string;
  scriptUrlHint: string;
  dataUrl: string;
  dataUrlHint: string;
  snippetLabel: string;
  copy: string;
  copied: string;
  copyFailed: string;
  downloadDataFile: string;
  downloadDataset: string;
  fallbackPdf: (desa: string, tahun: string) => string;
  fallbackText: (desa: string) => string;
  iframeTitle: (widget: string, desa: string) => string;
}

const id: BuilderStrings = {
  skip: 'Langsung ke isi',
  title: 'Pembuat widget KPM: dari data ke kode tempel',
  intro: 'Masukkan data desa Anda, periksa hasilnya, lihat widgetnya, lalu salin kodenya ke situs desa. Semua diproses di peramban ini; tidak ada yang diunggah ke mana pun.',
  langLabel: 'Bahasa halaman',
  langNames: { id: 'Bahasa Indonesia', en: 'English' },
  inputTitle: '1. Masukkan data',
  fileLabel: 'Pilih berkas (JSON, CSV atau Excel .xlsx)',
  fileHint: 'Atau seret berkas ke kotak ini. Paling besar 10 MB.',
  dropHere: 'Lepaskan berkas di sini',
  pasteLabel: 'Atau tempel teks JSON atau CSV',
  pasteButton: 'Periksa teks',
  villageLegend: 'Desa (untuk CSV dan Excel)',
  villageHint: 'Berkas CSV hanya memuat baris anggaran atau kegiatan; nama dan kode desa diambil dari sini (terisi otomatis dari data yang sudah dimuat).',
  namaDesa: 'Nama desa',
  kodeWilayah: 'Kode wilayah Kemendagri (mis. 33.99.01.2001)',
  merge: 'Gabungkan dengan data saat ini',
  mergeHint: 'Bila dicentang, CSV menambah atau mengganti APBDes (tahun dan versi sama) atau kegiatan (id sama) pada data yang sudah dimuat; data lain tetap. Bila tidak, CSV menjadi data baru.',
  templates: 'Templat spreadsheet',
  templateApbdes: 'Unduh templat APBDes (CSV)',
  templateKegiatan: 'Unduh templat kegiatan (CSV)',
  reading: (name) => `Membaca ${name} …`,
  problem: {
    empty: 'Berkas atau teks ini kosong.',
    too_large: 'Berkas ini lebih dari 10 MB. Pisahkan datanya atau hapus lampiran besar.',
    binary: 'Ini bukan berkas teks. Simpan lembar kerja sebagai CSV (UTF-8) atau pilih berkas .xlsx/.json.',
    xlsx_failed: 'Berkas Excel ini tidak dapat dibaca. Simpan sebagai CSV dan coba lagi.',
  },
  issuesTitle: '2. Hasil pemeriksaan',
  noData: 'Belum ada data. Pilih berkas atau tempel teks di atas.',
  counts: (e, w, i) => `${e} kesalahan, ${w} peringatan, ${i} info.`,
  valid: 'Data sah.',
  invalid: 'Data belum dapat dipakai: perbaiki kesalahan di bawah, lalu impor lagi.',
  partial: 'Data dapat dipakai; bagian yang salah tidak ditampilkan sampai diperbaiki.',
  sourceName: (name, kind) => `${name} (${kind}):`,
  kinds: { json: 'dataset JSON', apbdes: 'CSV anggaran', kegiatan: 'CSV kegiatan', xlsx: 'Excel' },
  severity: { error: 'Kesalahan', warning: 'Peringatan', info: 'Info' },
  row: (row, column) => (column ? `Baris ${row}, kolom ${column}` : `Baris ${row}`),
  line: (line, column) => `Baris ${line}, kolom ${column}`,
  path: 'Lokasi data',
  hint: 'Saran',
  imported: (e, w) => `Impor selesai: ${e} kesalahan, ${w} peringatan.`,
  moreIssues: (shown, total) => `${shown} masalah pertama dari ${total} ditampilkan; perbaiki ini dulu lalu impor lagi.`,
  previewTitle: '3. Pratinjau dan pilihan',
  optionsLegend: 'Pilihan widget',
  widget: 'Widget',
  widgetNames: {
    'budget-chart': 'Grafik APBDes',
    'program-timeline': 'Linimasa kegiatan',
    scorecard: 'Kartu nilai KPM',
    'participation-form': 'Formulir usulan warga',
    'partner-map': 'Peta mitra',
  },
  view: 'Tampilan',
  year: 'Tahun',
  allYears: 'Bawaan (terbaru)',
  defaultOption: 'Bawaan',
  language: 'Bahasa widget',
  accent: 'Warna aksen',
  useAccent: 'Pakai warna aksen sendiri',
  showAll: 'Tampilkan semua widget',
  previewOf: (w) => `Pratinjau: ${w}`,
  snippetTitle: '4. Kode untuk ditempel',
  dataMode: 'Cara menyertakan data',
  modes: { inline: 'Data di dalam kode (disarankan)', file: 'Data sebagai berkas terpisah', iframe: 'Iframe (bila situs membuang <script>)' },
  modeHints: {
    inline: 'Satu kode berisi semuanya. Cocok untuk WordPress (blok HTML Khusus) dan OpenSID.',
    file: 'Unggah kpm-data.json di samping halaman. Catatan: WordPress menolak unggahan .json secara bawaan, jadi di sana pilih data di dalam kode.',
    iframe: 'Untuk situs yang membuang <script>. Iframe tidak dapat melihat data di dalam kode: unggah berkas data dan tulis alamat lengkapnya. Tanpa skrip penyesuai tinggi (embed-resize.js) iframe tetap setinggi 640 px dan dapat digulir.',
  },
  scriptUrl: 'Alamat skrip kpm-widgets.js',
  scriptUrlHint: 'Biarkan bila Anda memakai skrip dari situs ini. Untuk hanya memuat widget yang ada di halaman, pakai alamat autoload/kpm-autoload.js (unggah seluruh folder autoload/).',
  dataUrl: 'Alamat lengkap berkas data (https://…)',
  dataUrlHint: 'Unggah berkas data ke situs Anda lalu tempel alamatnya di sini.',
  snippetLabel: 'Kode tempel',
  copy: 'Salin kode',
  copied: 'Tersalin',
  copyFailed: 'Tidak dapat menyalin otomatis; kode sudah dipilih, tekan Ctrl+C.',
  downloadDataFile: 'Unduh kpm-data.json',
  downloadDataset: 'Unduh dataset JSON',
  fallbackPdf: (desa, tahun) => `APBDes ${desa} ${tahun} (PDF)`,
  fallbackText: (desa) => `Data desa ${desa}. Aktifkan JavaScript untuk melihat widget.`,
  iframeTitle: (w, desa) => `${w} ${desa}`,
};

const en: BuilderStrings = {
  skip: 'Skip to content',
  title: 'KPM widget builder: from data to a paste-ready snippet',
  intro: 'Put in your village data, check it, see the widget, then copy the code into the village website. Everything happens in this browser; nothing is uploaded anywhere.',
  langLabel: 'Page language',
  langNames: { id: 'Bahasa Indonesia', en: 'English' },
  inputTitle: '1. Put in your data',
  fileLabel: 'Choose a file (JSON, CSV or Excel .xlsx)',
  fileHint: 'Or drag a file onto this box. At most 10 MB.',
  dropHere: 'Drop the file here',
  pasteLabel: 'Or paste JSON or CSV text',
  pasteButton: 'Check text',
  villageLegend: 'Village (for CSV and Excel)',
  villageHint: 'A CSV holds only budget lines or kegiatan; the village name and code come from here (filled in from data already loaded).',
  namaDesa: 'Village name',
  kodeWilayah: 'Kemendagri region code (e.g. 33.99.01.2001)',
  merge: 'Combine with the current data',
  mergeHint: 'When ticked, the CSV adds or replaces the APBDes (same year and version) or kegiatan (same id) in the data already loaded; everything else stays. Otherwise the CSV becomes new data.',
  templates: 'Spreadsheet templates',
  templateApbdes: 'Download the APBDes template (CSV)',
  templateKegiatan: 'Download the kegiatan template (CSV)',
  reading: (name) => `Reading ${name} …`,
  problem: {
    empty: 'This file or text is empty.',
    too_large: 'This file is larger than 10 MB. Split the data or remove large attachments.',
    binary: 'This is not a text file. Save the sheet as CSV (UTF-8) or choose an .xlsx/.json file.',
    xlsx_failed: 'This Excel file cannot be read. Save it as CSV and try again.',
  },
  issuesTitle: '2. Check results',
  noData: 'No data yet. Choose a file or paste text above.',
  counts: (e, w, i) => `${e} ${e === 1 ? 'error' : 'errors'}, ${w} ${w === 1 ? 'warning' : 'warnings'}, ${i} info.`,
  valid: 'Valid data.',
  invalid: 'The data cannot be used yet: fix the errors below, then import again.',
  partial: 'The data can be used; the faulty parts are left out until they are fixed.',
  sourceName: (name, kind) => `${name} (${kind}):`,
  kinds: { json: 'dataset JSON', apbdes: 'budget CSV', kegiatan: 'kegiatan CSV', xlsx: 'Excel' },
  severity: { error: 'Error', warning: 'Warning', info: 'Info' },
  row: (row, column) => (column ? `Row ${row}, column ${column}` : `Row ${row}`),
  line: (line, column) => `Line ${line}, column ${column}`,
  path: 'Data location',
  hint: 'Fix',
  imported: (e, w) => `Import finished: ${e} ${e === 1 ? 'error' : 'errors'}, ${w} ${w === 1 ? 'warning' : 'warnings'}.`,
  moreIssues: (shown, total) => `The first ${shown} of ${total} issues are shown; fix these, then import again.`,
  previewTitle: '3. Preview and options',
  optionsLegend: 'Widget options',
  widget: 'Widget',
  widgetNames: {
    'budget-chart': 'APBDes chart',
    'program-timeline': 'Programme timeline',
    scorecard: 'KPM scorecard',
    'participation-form': 'Citizen proposal form',
    'partner-map': 'Partner map',
  },
  view: 'View',
  year: 'Year',
  allYears: 'Default (latest)',
  defaultOption: 'Default',
  language: 'Widget language',
  accent: 'Accent colour',
  useAccent: 'Use my own accent colour',
  showAll: 'Show every widget',
  previewOf: (w) => `Preview: ${w}`,
  snippetTitle: '4. Code to paste',
  dataMode: 'How the data is included',
  modes: { inline: 'Data inside the code (recommended)', file: 'Data as a separate file', iframe: 'Iframe (when the site strips <script>)' },
  modeHints: {
    inline: 'One snippet holds everything. Works in WordPress (Custom HTML block) and OpenSID.',
    file: 'Upload kpm-data.json next to the page. Note: WordPress blocks .json uploads by default, so choose inline data there.',
    iframe: 'For sites that strip <script>. The iframe cannot see inline data: upload the data file and type its full address. Without the height script (embed-resize.js) the iframe stays 640 px tall and scrolls.',
  },
  scriptUrl: 'Address of the kpm-widgets.js script',
  scriptUrlHint: 'Leave it if you use the script from this site. To load only the widgets a page has, use the address of autoload/kpm-autoload.js (upload the whole autoload/ folder).',
  dataUrl: 'Full address of the data file (https://…)',
  dataUrlHint: 'Upload the data file to your site and paste its address here.',
  snippetLabel: 'Snippet',
  copy: 'Copy code',
  copied: 'Copied',
  copyFailed: 'Could not copy automatically; the code is selected, press Ctrl+C.',
  downloadDataFile: 'Download kpm-data.json',
  downloadDataset: 'Download the dataset JSON',
  fallbackPdf: (desa, tahun) => `APBDes ${desa} ${tahun} (PDF)`,
  fallbackText: (desa) => `Village data of ${desa}. Turn on JavaScript to see the widget.`,
  iframeTitle: (w, desa) => `${w} ${desa}`,
};

export function builderStrings(lang: Lang): BuilderStrings {
  return lang === 'en' ? en : id;
}
