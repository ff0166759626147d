import type { Lang } from '../../core/locale.js';

/** Every UI string `<kpm-participation-form>` shows, typed so both languages stay complete. */
export interface FormStrings {
  formTitle: string;
  intro: string;
  required: string;
  optional: string;
  jenisLegend: string;
  jenisHint: Record<'usulan_kegiatan' | 'aspirasi' | 'pengaduan' | 'masukan_apbdes', string>;
  isiLegend: string;
  judul: string;
  judulHint: string;
  deskripsi: string;
  deskripsiHint: string;
  counter: (used: number, max: number) => string;
  counterOver: (over: number) => string;
  kategori: string;
  kategoriHint: string;
  choose: string;
  lokasiLegend: string;
  dusun: string;
  rt: string;
  rw: string;
  lokasiDeskripsi: string;
  useLocation: string;
  locating: string;
  locationSet: (lat: string, lng: string) => string;
  locationFailed: string;
  removeLocation: string;
  manfaatLegend: string;
  kelompok: string;
  perkiraanJiwa: string;
  fotoLegend: string;
  fotoHint: (max: number) => string;
  fotoAdd: string;
  fotoRemove: (n: number) => string;
  fotoAlt: (n: number) => string;
  fotoProcessing: string;
  fotoFailed: string;
  fotoTooMany: (max: number) => string;
  pengusulLegend: string;
  pengusulJenis: string;
  nama: string;
  namaHint: string;
  anonim: string;
  anonimHint: string;
  kontakLegend: string;
  kontakHint: string;
  telepon: string;
  email: string;
  consentLegend: string;
  simpanData: string;
  publikasiIsi: string;
  publikasiNama: string;
  bolehDihubungi: string;
  privacyLink: string;
  privacyVersion: (v: string) => string;
  noNik: string;
  honeypot: string;
  submit: string;
  sending: string;
  draftSaved: string;
  draftRestored: string;
  discardDraft: string;
  errorSummary: (n: number) => string;
  fieldErrors: Record<string, string>;
  wait: (seconds: number) => string;
  rateLimited: (minutes: number) => string;
  noEndpoint: string;
  hostSilent: string;
  receiptTitle: string;
  receiptText: string;
  ticket: string;
  copy: string;
  copied: string;
  newSubmission: string;
  rejectedTitle: string;
  rejectedFallback: (status: number) => string;
  rejectedTooLarge: string;
  serverSaid: (text: string) => string;
  queuedTitle: string;
  queuedText: string;
  queueState: (n: number) => string;
  queueNextTry: (time: string) => string;
  queueRetryNow: string;
  queueSentLater: (ticket: string) => string;
  queueEmpty: string;
  waitingSent: (judul: string, ticket: string) => string;
  waitingRejectedTitle: (judul: string) => string;
  waitingRejectedFallback: (status: number) => string;
  refusedKept: string;
  restoreRefused: string;
  restoreAsk: (judul: string) => string;
  restoreConfirm: string;
  restoreCancel: string;
  restoredTitle: (judul: string) => string;
  // The public list.
  listTitle: (desa: string) => string;
  listEmpty: string;
  filters: string;
  all: string;
  status: string;
  jenis: string;
  tahun: string;
  summary: (n: number, year: number | null, parts: string) => string;
  summaryNone: string;
  statusCount: (status: string, n: number) => string;
  isiHidden: string;
  submittedBy: (name: string) => string;
  anonymous: string;
  history: string;
  tanggapan: string;
  becameKegiatan: string;
  showTable: string;
  hideTable: string;
  downloadCsv: string;
  tableCaption: string;
  nowShowing: (n: number) => string;
  showMore: (next: number, rest: number) => string;
  csvFile: (year: number | null) => string;
  colJudul: string;
  colDusun: string;
  colPengusul: string;
  colKegiatan: string;
}

/** "Masuk RKPDes" reads "12 masuk RKPDes" inside a sentence; acronyms keep their capitals. */
const lowerFirst = (t: string) => t.charAt(0).toLowerCase() + t.slice(1);

const id: FormStrings = {
  formTitle: 'Sampaikan usulan, aspirasi atau pengaduan',
  intro: 'Kiriman Anda sampai ke pemerintah desa. Nomor NIK dan KK tidak pernah diminta. Isian disimpan di perangkat ini sampai terkirim.',
  required: 'wajib',
  optional: 'tidak wajib',
  jenisLegend: 'Jenis kiriman',
  jenisHint: {
    usulan_kegiatan: 'Usul kegiatan untuk dibahas di musyawarah dan RKPDes.',
    aspirasi: 'Harapan atau pendapat untuk desa.',
    pengaduan: 'Laporan masalah layanan atau pelaksanaan kegiatan.',
    masukan_apbdes: 'Tanggapan atas anggaran desa (APBDes).',
  },
  isiLegend: 'Isi kiriman',
  judul: 'Judul',
  judulHint: 'Satu kalimat singkat, paling banyak 120 karakter.',
  deskripsi: 'Uraian',
  deskripsiHint: 'Apa masalahnya, siapa yang terdampak, dan apa usul Anda. Paling banyak 2000 karakter.',
  counter: (used, max) => `${used} dari ${max} karakter`,
  counterOver: (over) => `${over} karakter terlalu panjang`,
  kategori: 'Topik',
  kategoriHint: 'Membantu desa meneruskan kiriman ke bidang yang tepat.',
  choose: 'Pilih…',
  lokasiLegend: 'Lokasi',
  dusun: 'Dusun',
  rt: 'RT',
  rw: 'RW',
  lokasiDeskripsi: 'Keterangan lokasi',
  useLocation: 'Pakai lokasi saya',
  locating: 'Mencari lokasi…',
  locationSet: (lat, lng) => `Titik lokasi terpasang: ${lat}, ${lng}`,
  locationFailed: 'Lokasi tidak bisa diambil. Tulis keterangan lokasi saja.',
  removeLocation: 'Hapus titik lokasi',
  manfaatLegend: 'Siapa yang mendapat manfaat',
  kelompok: 'Kelompok sasaran',
  perkiraanJiwa: 'Perkiraan jumlah orang',
  fotoLegend: 'Foto',
  fotoHint: (max) => `Paling banyak ${max} foto. Foto diperkecil di perangkat ini dan data tersembunyinya (termasuk lokasi GPS) dihapus sebelum dikirim.`,
  fotoAdd: 'Tambah foto',
  fotoRemove: (n) => `Hapus foto ${n}`,
  fotoAlt: (n) => `Foto ${n} yang akan dikirim`,
  fotoProcessing: 'Memproses foto…',
  fotoFailed: 'Foto ini tidak bisa dibaca. Coba foto lain.',
  fotoTooMany: (max) => `Hanya ${max} foto pertama yang dipakai.`,
  pengusulLegend: 'Pengusul',
  pengusulJenis: 'Mengirim sebagai',
  nama: 'Nama',
  namaHint: 'Nama orang, kelompok atau lembaga.',
  anonim: 'Kirim tanpa nama',
  anonimHint: 'Nama Anda tidak dikirim sama sekali, jadi tidak bisa ditampilkan. Desa tetap menerima isi kiriman. Kontak pribadi hanya terkirim bila Anda mengisinya.',
  kontakLegend: 'Kontak pribadi',
  kontakHint: 'Hanya untuk dihubungi petugas desa. Tidak pernah ditampilkan ke publik.',
  telepon: 'Nomor telepon atau WhatsApp',
  email: 'Email',
  consentLegend: 'Persetujuan',
  simpanData: 'Saya setuju data kiriman ini disimpan oleh pemerintah desa.',
  publikasiIsi: 'Isi kiriman boleh ditampilkan di daftar publik.',
  publikasiNama: 'Nama saya boleh ditampilkan di daftar publik.',
  bolehDihubungi: 'Petugas desa boleh menghubungi saya.',
  privacyLink: 'Baca pemberitahuan privasi',
  privacyVersion: (v) => `Versi kebijakan privasi: ${v}`,
  noNik: 'Jangan tulis NIK atau nomor KK di mana pun.',
  honeypot: 'Jangan isi kolom ini',
  submit: 'Kirim',
  sending: 'Mengirim…',
  draftSaved: 'Isian tersimpan di perangkat ini.',
  draftRestored: 'Isian yang belum terkirim dipulihkan.',
  discardDraft: 'Kosongkan isian',
  errorSummary: (n) => `Ada ${n} isian yang perlu diperbaiki`,
  fieldErrors: {
    jenis: 'Pilih jenis kiriman.',
    judul: 'Tulis judul, paling banyak 120 karakter.',
    deskripsi: 'Tulis uraian, paling banyak 2000 karakter.',
    dusunId: 'Pilih dusun.',
    email: 'Tulis alamat email yang benar, mis. nama@contoh.id, atau kosongkan.',
    perkiraanJiwa: 'Tulis angka bulat, mis. 40 atau 1.000.',
    simpanData: 'Centang persetujuan penyimpanan data agar kiriman bisa diterima.',
  },
  wait: (s) => `Tunggu sebentar, lalu kirim lagi (sekitar ${s} detik). Isian Anda tetap tersimpan.`,
  rateLimited: (m) => `Sudah banyak kiriman dari perangkat ini. Coba lagi sekitar ${m} menit lagi. Isian Anda tetap tersimpan.`,
  noEndpoint: 'Formulir ini belum terhubung ke penerima. Isian Anda tetap tersimpan di perangkat ini.',
  hostSilent: 'Halaman ini belum mengonfirmasi bahwa usulan Anda diterima. Isian Anda tetap tersimpan; silakan kirim lagi.',
  receiptTitle: 'Terima kasih, kiriman Anda sudah diterima',
  receiptText: 'Simpan nomor tiket ini untuk menanyakan tindak lanjutnya.',
  ticket: 'Nomor tiket',
  copy: 'Salin nomor tiket',
  copied: 'Nomor tiket disalin.',
  newSubmission: 'Buat kiriman baru',
  rejectedTitle: 'Kiriman belum bisa diterima',
  rejectedFallback: (status) => `Penerima menolak kiriman (kode ${status}). Isian Anda tetap tersimpan; periksa lalu kirim lagi.`,
  rejectedTooLarge: 'Kiriman terlalu besar untuk penerima. Hapus atau perkecil foto, lalu kirim lagi.',
  serverSaid: (t) => `Pesan asli penerima: ${t}`,
  queuedTitle: 'Tersimpan di perangkat ini, akan dikirim otomatis saat online',
  queuedText: 'Anda boleh menutup halaman ini. Kiriman dicoba lagi saat sinyal kembali atau saat halaman ini dibuka lagi.',
  queueState: (n) => `${n} kiriman menunggu dikirim dari perangkat ini.`,
  queueNextTry: (t) => `Dicoba lagi sekitar pukul ${t}.`,
  queueRetryNow: 'Coba kirim sekarang',
  queueSentLater: (t) => `Kiriman yang tertunda sudah terkirim. Nomor tiket: ${t}.`,
  queueEmpty: 'Tidak ada kiriman yang menunggu.',
  waitingSent: (j, t) => `Kiriman yang tertunda, «${j}», sudah terkirim. Nomor tiket: ${t}.`,
  waitingRejectedTitle: (j) => `Kiriman yang tertunda, «${j}», belum bisa diterima`,
  waitingRejectedFallback: (status) => `Penerima menolak kiriman itu (kode ${status}).`,
  refusedKept: 'Isinya tidak hilang: pulihkan ke formulir untuk memperbaiki lalu mengirim lagi.',
  restoreRefused: 'Pulihkan ke formulir',
  restoreAsk: (j) => `Isian yang ada di formulir sekarang akan diganti dan hilang. Bila masih perlu, kirim dulu isian itu, lalu pulihkan «${j}». Ganti sekarang?`,
  restoreConfirm: 'Ya, ganti isian',
  restoreCancel: 'Batal',
  restoredTitle: (j) => `«${j}» sudah kembali di formulir. Perbaiki, lalu kirim lagi.`,
  listTitle: (desa) => `Usulan dan aspirasi warga ${desa}`,
  listEmpty: 'Belum ada usulan yang dipublikasikan.',
  filters: 'Saring',
  all: 'Semua',
  status: 'Status',
  jenis: 'Jenis',
  tahun: 'Tahun',
  summary: (n, year, parts) => `${n} usulan${year ? ` tahun ${year}` : ''}${parts ? `: ${parts}` : ''}.`,
  summaryNone: 'Tidak ada usulan yang cocok dengan saringan.',
  statusCount: (status, n) => `${n} ${lowerFirst(status)}`,
  isiHidden: 'Isi tidak dipublikasikan atas permintaan pengusul.',
  submittedBy: (name) => `Pengusul: ${name}`,
  anonymous: 'Pengusul tidak ditampilkan',
  history: 'Riwayat status',
  tanggapan: 'Tanggapan desa',
  becameKegiatan: 'Menjadi kegiatan',
  showTable: 'Lihat tabel',
  hideTable: 'Sembunyikan tabel',
  downloadCsv: 'Unduh CSV',
  tableCaption: 'Daftar usulan warga',
  nowShowing: (n) => `Menampilkan ${n} usulan.`,
  showMore: (next, rest) => `Tampilkan ${next} lagi (masih ${rest})`,
  csvFile: (year) => `usulan-warga${year ? `-${year}` : ''}.csv`,
  colJudul: 'Judul',
  colDusun: 'Dusun',
  colPengusul: 'Pengusul',
  colKegiatan: 'Kegiatan',
};

const en: FormStrings = {
  formTitle: 'Send a proposal, aspiration or complaint',
  intro: 'Your submission goes to the village government. Your NIK and family card number are never asked for. What you type is kept on this device until it is sent.',
  required: 'required',
  optional: 'optional',
  jenisLegend: 'Type of submission',
  jenisHint: {
    usulan_kegiatan: 'An activity to be discussed in the village meetings and annual plan.',
    aspirasi: 'A hope or opinion for the village.',
    pengaduan: 'A report of a problem with a service or an activity.',
    masukan_apbdes: 'Feedback on the village budget (APBDes).',
  },
  isiLegend: 'Your submission',
  judul: 'Title',
  judulHint: 'One short sentence, at most 120 characters.',
  deskripsi: 'Description',
  deskripsiHint: 'What the problem is, who is affected, and what you propose. At most 2000 characters.',
  counter: (used, max) => `${used} of ${max} characters`,
  counterOver: (over) => `${over} characters too long`,
  kategori: 'Topic',
  kategoriHint: 'Helps the village pass it to the right office.',
  choose: 'Choose…',
  lokasiLegend: 'Location',
  dusun: 'Hamlet (dusun)',
  rt: 'RT (neighbourhood)',
  rw: 'RW (community unit)',
  lokasiDeskripsi: 'Location details',
  useLocation: 'Use my location',
  locating: 'Finding your location…',
  locationSet: (lat, lng) => `Point set: ${lat}, ${lng}`,
  locationFailed: 'Your location could not be read. Describe the place instead.',
  removeLocation: 'Remove the point',
  manfaatLegend: 'Who benefits',
  kelompok: 'Target groups',
  perkiraanJiwa: 'Estimated number of people',
  fotoLegend: 'Photos',
  fotoHint: (max) => `Up to ${max} photos. They are made smaller on this device and their hidden data (including GPS location) is removed before sending.`,
  fotoAdd: 'Add photos',
  fotoRemove: (n) => `Remove photo ${n}`,
  fotoAlt: (n) => `Photo ${n} to be sent`,
  fotoProcessing: 'Processing photos…',
  fotoFailed: 'This photo could not be read. Try another one.',
  fotoTooMany: (max) => `Only the first ${max} photos are used.`,
  pengusulLegend: 'Submitted by',
  pengusulJenis: 'Sending as',
  nama: 'Name',
  namaHint: 'Name of the person, group or institution.',
  anonim: 'Send without a name',
  anonimHint: 'Your name is not sent at all, so it can never be shown. The village still receives the content. A private contact is sent only if you fill it in.',
  kontakLegend: 'Private contact',
  kontakHint: 'Only for village staff to reach you. Never shown to the public.',
  telepon: 'Phone or WhatsApp number',
  email: 'Email',
  consentLegend: 'Consent',
  simpanData: 'I agree that the village government stores this submission.',
  publikasiIsi: 'The content may be shown in the public list.',
  publikasiNama: 'My name may be shown in the public list.',
  bolehDihubungi: 'Village staff may contact me.',
  privacyLink: 'Read the privacy notice',
  privacyVersion: (v) => `Privacy notice version: ${v}`,
  noNik: 'Do not write your NIK or family card number anywhere.',
  honeypot: 'Leave this field empty',
  submit: 'Send',
  sending: 'Sending…',
  draftSaved: 'Saved on this device.',
  draftRestored: 'Your unsent submission was restored.',
  discardDraft: 'Clear the form',
  errorSummary: (n) => `${n} ${n === 1 ? 'answer needs' : 'answers need'} fixing`,
  fieldErrors: {
    jenis: 'Choose the type of submission.',
    judul: 'Write a title of at most 120 characters.',
    deskripsi: 'Write a description of at most 2000 characters.',
    dusunId: 'Choose a hamlet.',
    email: 'Write a valid email address, e.g. name@example.id, or leave it empty.',
    perkiraanJiwa: 'Write a whole number, e.g. 40.',
    simpanData: 'Tick the consent to storage so the submission can be received.',
  },
  wait: (s) => `Just a moment, then send again (about ${s} ${s === 1 ? 'second' : 'seconds'}). What you typed is kept.`,
  rateLimited: (m) => `Many submissions have come from this device. Try again in about ${m} ${m === 1 ? 'minute' : 'minutes'}. What you typed is kept.`,
  noEndpoint: 'This form is not connected to a receiver yet. What you typed is kept on this device.',
  hostSilent: 'This page has not confirmed that your proposal was received. What you typed is kept; please send it again.',
  receiptTitle: 'Thank you, your submission was received',
  receiptText: 'Keep this ticket number to ask about the follow-up.',
  ticket: 'Ticket number',
  copy: 'Copy the ticket number',
  copied: 'Ticket number copied.',
  newSubmission: 'Start a new submission',
  rejectedTitle: 'The submission could not be accepted',
  rejectedFallback: (status) => `The receiver refused the submission (code ${status}). What you typed is kept; check it and send again.`,
  rejectedTooLarge: 'The submission is too big for the receiver. Remove photos or make them smaller, then send again.',
  serverSaid: (t) => `The receiver’s own words: ${t}`,
  queuedTitle: 'Saved on this device, will be sent automatically when online',
  queuedText: 'You may close this page. It is tried again when the signal returns or when this page is opened again.',
  queueState: (n) => `${n} ${n === 1 ? 'submission is' : 'submissions are'} waiting to be sent from this device.`,
  queueNextTry: (t) => `Next try around ${t}.`,
  queueRetryNow: 'Try sending now',
  queueSentLater: (t) => `The waiting submission has been sent. Ticket number: ${t}.`,
  queueEmpty: 'Nothing is waiting to be sent.',
  waitingSent: (j, t) => `The waiting submission “${j}” has been sent. Ticket number: ${t}.`,
  waitingRejectedTitle: (j) => `The waiting submission “${j}” could not be accepted`,
  waitingRejectedFallback: (status) => `The receiver refused it (code ${status}).`,
  refusedKept: 'Its text is not lost: put it back in the form to fix it and send it again.',
  restoreRefused: 'Put it back in the form',
  restoreAsk: (j) => `What is in the form now will be replaced and lost. If you still need it, send it first, then put “${j}” back. Replace it now?`,
  restoreConfirm: 'Yes, replace it',
  restoreCancel: 'Cancel',
  restoredTitle: (j) => `“${j}” is back in the form. Fix it, then send it again.`,
  listTitle: (desa) => `Proposals and aspirations from ${desa}`,
  listEmpty: 'No submissions have been published yet.',
  filters: 'Filter',
  all: 'All',
  status: 'Status',
  jenis: 'Type',
  tahun: 'Year',
  summary: (n, year, parts) => `${n} ${n === 1 ? 'submission' : 'submissions'}${year ? ` in ${year}` : ''}${parts ? `: ${parts}` : ''}.`,
  summaryNone: 'No submission matches the filters.',
  statusCount: (status, n) => `${n} ${lowerFirst(status)}`,
  isiHidden: 'The content is not published, at the submitter’s request.',
  submittedBy: (name) => `Submitted by ${name}`,
  anonymous: 'Submitter not shown',
  history: 'Status history',
  tanggapan: 'Village response',
  becameKegiatan: 'Became the activity',
  showTable: 'Show table',
  hideTable: 'Hide table',
  downloadCsv: 'Download CSV',
  tableCaption: 'Citizen submissions',
  nowShowing: (n) => `Showing ${n} ${n === 1 ? 'submission' : 'submissions'}.`,
  showMore: (next, rest) => `Show ${next} more (${rest} left)`,
  csvFile: (year) => `citizen-submissions${year ? `-${year}` : ''}.csv`,
  colJudul: 'Title',
  colDusun: 'Hamlet',
  colPengusul: 'Submitted by',
  colKegiatan: 'Activity',
};

export function formStrings(lang: Lang): FormStrings {
  return lang === 'en' ? en : id;
}
