/**
 * One line per issue code telling the admin what to do about it, in Indonesian and English:
 * the builder shows it under each issue, and a host page listening to `kpm-error` can too.
 * Every code the validator and the importers write has one (test/node/issue-hints.test.ts
 * reads the source to check); an unknown code (a newer schema, say) gets the generic hint.
 * Not imported by the widgets, so it costs them nothing.
 */
import type { LocalizedText } from './issues.js';

type Hint = LocalizedText;

export const ISSUE_HINTS: Readonly<Record<string, Hint>> = {
  json_syntax: {
    id: 'Buka berkas di editor teks dan periksa baris itu: koma yang hilang atau berlebih, tanda kutip, atau kurung.',
    en: 'Open the file in a text editor and check that line: a missing or extra comma, a quote or a bracket.',
  },
  csv_empty: { id: 'Simpan ulang lembar kerja sebagai CSV; berkasnya kosong.', en: 'Save the sheet as CSV again; the file is empty.' },
  csv_no_rows: { id: 'Isi data di bawah baris judul kolom.', en: 'Add the data below the header row.' },
  csv_missing_column: {
    id: 'Pakai templat: baris pertama harus memuat setiap judul kolom wajib (lihat pesannya), mis. tahun, kode_rekening, uraian, anggaran untuk APBDes.',
    en: 'Use the template: the first row must hold every required column title (see the message), e.g. tahun, kode_rekening, uraian, anggaran for a budget.',
  },
  csv_duplicate_column: { id: 'Tidak wajib: bila kolom yang diabaikan seharusnya dibaca, tukar atau ganti judulnya; bila tidak, biarkan.', en: 'Optional: if the ignored column should be read, swap or rename the titles; otherwise leave it.' },
  csv_unknown_column: { id: 'Tidak perlu diperbaiki; ganti judulnya bila kolom itu seharusnya dibaca.', en: 'Nothing to fix; rename it if the column should be read.' },
  csv_unterminated_quote: { id: 'Cari sel yang memuat tanda kutip (") dan tutup atau hapus kutipnya.', en: 'Find the cell with a quote (") and close or remove it.' },
  csv_extra_cells: { id: 'Apit angka yang memuat koma dengan tanda kutip ("12,000,000"), atau tulis tanpa pemisah (12000000), lalu simpan lagi.', en: 'Put quotes around numbers that contain commas ("12,000,000"), or write them without separators (12000000), and save again.' },
  csv_invalid_kode_rekening: { id: 'Perbaiki kode rekening baris itu menurut daftar Permendagri 20/2018, mis. 4.2.1 atau 5.2.2.01 (tanpa huruf).', en: 'Correct that row’s account code from the Permendagri 20/2018 chart, e.g. 4.2.1 or 5.2.2.01 (no letters).' },
  csv_subtotal_rows: { id: 'Tidak wajib: hapus baris subtotal dari lembar kerja; baris rinci di bawahnya sudah dihitung.', en: 'Optional: delete the subtotal rows from the sheet; the detail lines below them are already counted.' },
  csv_year_filled_down: {
    id: 'Tidak perlu diperbaiki bila benar; tulis tahun di setiap baris bila ada baris yang tahunnya lain.',
    en: 'Nothing to fix if that is right; write the year on every row if some row has another year.',
  },
  csv_total_rows: { id: 'Tidak perlu diperbaiki; baris jumlah boleh dihapus dari lembar kerja.', en: 'Nothing to fix; the total rows may be deleted from the sheet.' },
  csv_repeated_header: { id: 'Tidak perlu diperbaiki; judul kolom yang berulang boleh dihapus.', en: 'Nothing to fix; the repeated header rows may be deleted.' },
  csv_ambiguous_date: { id: 'Tulis tanggal sebagai tahun-bulan-hari (2025-05-12), atau ubah format kolom tanggal di lembar kerja ke hari/bulan/tahun.', en: 'Write the date as year-month-day (2025-05-12), or set the sheet’s date column to day/month/year.' },
  csv_title_rows: { id: 'Tidak perlu diperbaiki; baris judul laporan di atas judul kolom boleh dihapus.', en: 'Nothing to fix; the report title rows above the header may be deleted.' },
  csv_ambiguous_choice: { id: 'Tulis salah satu nilai yang disebut pesannya, sesuai keadaan kegiatan.', en: 'Write one of the values the message names, whichever fits the activity.' },
  csv_progres_fraction: { id: 'Tulis progres dalam persen (75 atau 75%), bukan pecahan (0,75); periksa angka yang dibaca.', en: 'Write progress in percent (75 or 75%), not as a fraction (0.75); check the figures read.' },
  csv_duplicate_row: { id: 'Hapus baris yang tersalin dua kali, atau bedakan uraiannya bila memang dua baris anggaran.', en: 'Delete the row copied twice, or tell the two apart in uraian if they really are two budget lines.' },
  csv_scientific: { id: 'Format kolom angka sebagai Angka tanpa desimal (bukan General), periksa angkanya, lalu simpan lagi sebagai CSV.', en: 'Format the number column as Number without decimals (not General), check the figures, and save as CSV again.' },
  csv_text_marker: { id: 'Hapus tanda petik (\') di depan angka.', en: 'Remove the apostrophe (\') before the number.' },
  csv_required: { id: 'Isi sel itu; tanpa sel ini baris tidak dapat dibaca.', en: 'Fill in that cell; the row cannot be read without it.' },
  csv_not_a_number: { id: 'Tulis angka saja, mis. 12.000.000 atau 12000000, tanpa huruf.', en: 'Write digits only, e.g. 12.000.000 or 12000000, no letters.' },
  csv_negative: { id: 'Tulis jumlah tanpa tanda minus.', en: 'Write the amount without a minus sign.' },
  csv_fraction: { id: 'Bulatkan ke rupiah penuh dan hapus ",50" di belakang.', en: 'Round to whole rupiah and remove the ",50" at the end.' },
  csv_ambiguous_decimal: { id: 'Tulis angka tanpa pemisah ribuan dan tanpa desimal, mis. 1000000.', en: 'Write the number without thousands separators or decimals, e.g. 1000000.' },
  csv_not_a_date: { id: 'Tulis tanggal yang ada, mis. 30/06/2025 atau 2025-06-30.', en: 'Write a real date, e.g. 30/06/2025 or 2025-06-30.' },
  csv_invalid_year: { id: 'Tulis tahun empat angka, mis. 2025.', en: 'Write a four-digit year, e.g. 2025.' },
  csv_invalid_version: { id: 'Tulis rancangan, murni atau perubahan, atau kosongkan.', en: 'Write rancangan, murni or perubahan, or leave it empty.' },
  csv_invalid_sumber_dana: { id: 'Pakai kode sumber dana dari templat, mis. dana_desa, add, pades.', en: 'Use a funding-source code from the template, e.g. dana_desa, add, pades.' },
  csv_date_without_amount: { id: 'Isi kolom realisasi, atau kosongkan tanggalnya.', en: 'Fill in the realisasi column, or clear the date.' },
  csv_no_village_name: { id: 'Isi nama desa di kolom isian di atas, lalu impor lagi.', en: 'Fill in the village name in the field above, then import again.' },
  invalid_type: { id: 'Periksa isian ini: jenisnya salah atau isian wajib belum ada.', en: 'Check this field: it has the wrong type or a required field is missing.' },
  invalid_value: { id: 'Pakai salah satu nilai yang diizinkan (lihat DATA-MODEL).', en: 'Use one of the allowed values (see the data model).' },
  invalid_format: { id: 'Perbaiki bentuk tulisannya, mis. tanggal 2025-06-30 atau alamat https://.', en: 'Fix the format, e.g. a date 2025-06-30 or an https:// address.' },
  too_small: { id: 'Nilainya terlalu kecil atau isiannya kosong.', en: 'The value is too small or the field is empty.' },
  too_big: { id: 'Nilainya terlalu besar atau teksnya terlalu panjang.', en: 'The value is too large or the text too long.' },
  unknown_field: { id: 'Periksa ejaan nama isian; isian yang tidak dikenal diabaikan.', en: 'Check the field name’s spelling; unknown fields are ignored.' },
  dangling_reference: { id: 'Rujukan ini menunjuk id yang tidak ada: perbaiki id-nya atau tambahkan datanya.', en: 'This reference points to an id that does not exist: fix the id or add the item.' },
  duplicate_id: { id: 'Beri entri ini id lain: setiap id hanya boleh dipakai sekali dalam daftarnya.', en: 'Give this entry another id: each id may be used only once in its list.' },
  unsupported_schema_version: { id: 'Buat ulang berkas dengan versi alat yang sama dengan widget.', en: 'Produce the file again with a tool version matching the widgets.' },
  unknown_kode_rekening: { id: 'Periksa kode rekening terhadap Permendagri 20/2018.', en: 'Check the account code against Permendagri 20/2018.' },
  not_leaf_line: { id: 'Catat anggaran pada rincian terbawah, bukan pada kode induknya.', en: 'Record the amount on the most detailed code, not on its parent.' },
  realisasi_over_anggaran: { id: 'Periksa angka realisasi: lebih besar dari anggarannya.', en: 'Check the realisation: it is larger than the budget.' },
  realisasi_decreasing: { id: 'Realisasi kumulatif tidak boleh turun; periksa tanggal dan jumlahnya.', en: 'Cumulative realisation cannot go down; check dates and amounts.' },
  siltap_over_30: { id: 'Tidak wajib diperbaiki: periksa apakah penghasilan tetap melebihi batas 30%.', en: 'Not required: check whether fixed pay exceeds the 30% cap.' },
  apbdes_version_twice: { id: 'Hapus APBDes yang lama, atau catat yang baru sebagai perubahan (versi "perubahan" dengan menggantikanId).', en: 'Delete the older APBDes, or record the newer one as a revision (versi "perubahan" with menggantikanId).' },
  silpa_not_zero: { id: 'Periksa pembiayaan: SiLPA berjalan biasanya nol.', en: 'Check financing: the running SiLPA is usually zero.' },
  missing_sumber_dana: { id: 'Isi sumber dana untuk baris ini.', en: 'Fill in the funding source for this line.' },
  kode_not_in_apbdes: {
    id: 'Samakan kode rekening kemitraan dengan baris APBDes tempat dana itu dicatat, mis. 4.3.4.',
    en: 'Make the partnership’s account code match the APBDes line where the money is recorded, e.g. 4.3.4.',
  },
  private_contact_published: {
    id: 'Hapus isian kontakPribadi dari usulan ini sebelum berkas diterbitkan; simpan kontak hanya di penyimpanan penerima.',
    en: "Delete this usulan's kontakPribadi before publishing the file; keep contacts only in the receiver's store.",
  },
  withheld_name_published: {
    id: 'Hapus pengusul.nama dari usulan ini sebelum berkas diterbitkan.',
    en: "Delete this usulan's pengusul.nama before publishing the file.",
  },
  missing_kode_kegiatan: { id: 'Isi kode kegiatan untuk baris belanja ini.', en: 'Fill in the activity code for this spending line.' },

  // Importers (budget and kegiatan CSV)
  csv_not_whole: { id: 'Tulis bilangan bulat, tanpa koma atau titik desimal.', en: 'Write a whole number, without a decimal comma or point.' },
  csv_invalid_choice: { id: 'Tulis salah satu nilai yang disebut pesannya, persis seperti tertulis.', en: 'Write one of the values the message lists, exactly as written.' },
  csv_invalid_kode_kegiatan: { id: 'Tulis kode kegiatan bidang.sub-bidang.kegiatan, mis. 2.3.10.', en: 'Write the activity code as bidang.sub-bidang.kegiatan, e.g. 2.3.10.' },
  csv_invalid_bidang: { id: 'Tulis nomor bidang 1 sampai 5.', en: 'Write a bidang number from 1 to 5.' },
  csv_unknown_dusun: { id: 'Tulis nama dusun persis seperti di daftar dusun desa, atau tambahkan dusunnya ke profil desa.', en: 'Write the hamlet name exactly as in the village’s hamlet list, or add the hamlet to the village profile.' },
  csv_duplicate_id: { id: 'Beri baris ini id lain, atau kosongkan kolom id agar dibuat otomatis.', en: 'Give this row another id, or leave the id column empty to have one made.' },
  csv_default_jenis_pelaksana: { id: 'Tidak wajib: isi kolom jenis_pelaksana (mis. tpk, lkd, kelompok) agar pelaksana tercatat tepat.', en: 'Optional: fill in the jenis_pelaksana column (e.g. tpk, lkd, kelompok) so the implementer is recorded precisely.' },
  csv_default_sumber_rencana: { id: 'Tidak wajib: isi kolom sumber_rencana (rkpdes bila dari RKPDes/Musrenbangdes, rpjmdes, apbdes, apbdes_perubahan, program_mitra) agar asal kegiatan tercatat.', en: 'Optional: fill in the sumber_rencana column (rkpdes when from the RKPDes/Musrenbangdes, rpjmdes, apbdes, apbdes_perubahan, program_mitra) so the activity’s origin is recorded.' },

  // Structure of the file
  required: { id: 'Tambahkan isian wajib ini.', en: 'Add this required field.' },
  invalid_root: { id: 'Berkas harus berisi satu objek JSON { … } dengan desa dan datanya, bukan daftar atau teks.', en: 'The file must hold one JSON object { … } with desa and its data, not a list or text.' },
  invalid_union: { id: 'Bentuk isian ini tidak cocok dengan satu pun bentuk yang diizinkan; bandingkan dengan contoh data.', en: 'This field matches none of the allowed shapes; compare it with the example data.' },
  invalid_key: { id: 'Perbaiki nama kunci ini; pesannya menyebut bentuk yang diharapkan (mis. angka skor "1").', en: 'Fix this key; the message says what it should look like (e.g. a score number "1").' },
  invalid_date: { id: 'Tulis tanggal yang ada dalam bentuk TTTT-BB-HH, mis. 2025-06-30.', en: 'Write a real date as YYYY-MM-DD, e.g. 2025-06-30.' },
  invalid_timestamp: { id: 'Tulis waktu lengkap dengan zona, mis. 2025-10-06T09:00:00+07:00.', en: 'Write a full time with its zone, e.g. 2025-10-06T09:00:00+07:00.' },
  invalid_url: { id: 'Tulis alamat lengkap yang diawali https:// (atau http://).', en: 'Write a full address starting with https:// (or http://).' },
  invalid_period: { id: 'Periode RPJMDes harus 6 atau 8 tahun, mis. tahunMulai 2020 dan tahunSelesai 2025.', en: 'An RPJMDes period is 6 or 8 years, e.g. tahunMulai 2020 and tahunSelesai 2025.' },
  invalid_schema_version: { id: 'Tulis schemaVersion sebagai tiga angka, mis. "0.1.0".', en: 'Write schemaVersion as three numbers, e.g. "0.1.0".' },
  kerangka_mismatch: { id: 'Nilai dengan kerangka yang dipakai formulir ini, atau buka formulir untuk kerangka itu.', en: 'Assess with the framework this form uses, or open the form for that framework.' },
  internal_error: { id: 'Ini kesalahan pustaka, bukan data Anda: laporkan beserta berkasnya.', en: 'This is a fault in the library, not in your data: report it with the file.' },

  // Rules of DATA-MODEL.md section 12 and their neighbours
  wilayah_mismatch: { id: 'Samakan kode wilayah dengan jenis desa dan kode kecamatan/kabupaten/provinsinya (lihat Kepmendagri kode wilayah).', en: 'Make the area code agree with the village type and its district/regency/province codes (see the Kemendagri area codes).' },
  unknown_jenis_rekening: { id: 'Tidak wajib: periksa kode jenis; versi Siskeudes berbeda-beda, barisnya tetap ditampilkan di bawah kelompoknya.', en: 'Optional: check the jenis code; Siskeudes versions differ, and the line is still shown under its kelompok.' },
  unknown_referensi_kode: { id: 'Kosongkan referensiKode atau pakai nama daftar yang dikenal; daftar Permendagri 20/2018 dipakai.', en: 'Leave referensiKode out or use a known list name; the Permendagri 20/2018 list is used.' },
  kode_kegiatan_bidang: { id: 'Perbaiki kode kegiatan: dua angka pertamanya harus bidang dan sub-bidang yang ada (mis. 2.3 Pekerjaan Umum).', en: 'Fix the activity code: its first two numbers must be an existing bidang and sub-bidang (e.g. 2.3 Public works).' },
  realisasi_outside_year: { id: 'Periksa tanggal realisasi: harus dalam tahun anggaran (paling lambat 3 bulan setelahnya untuk LPJ).', en: 'Check the realisation date: it must fall in the budget year (at most 3 months after it, for the LPJ).' },
  sumber_dana_overspent: { id: 'Tidak wajib: periksa apakah belanja dari sumber dana ini melebihi pendapatan dan SiLPA-nya.', en: 'Optional: check whether spending from this source exceeds its income and SiLPA.' },
  musrenbangdes_timing: { id: 'Tidak wajib: periksa tanggal musrenbangdes; biasanya Juli–September.', en: 'Optional: check the musrenbangdes date; it is usually July–September.' },
  rkpdes_late: { id: 'Tidak wajib: periksa tanggal penetapan RKPDes; batasnya 30 September tahun sebelumnya.', en: 'Optional: check when the RKPDes was set; the deadline is 30 September of the year before.' },
  apbdes_murni_late: { id: 'Tidak wajib: periksa tanggal penetapan APBDes; batasnya 31 Desember tahun sebelumnya.', en: 'Optional: check when the APBDes was set; the deadline is 31 December of the year before.' },
  progress_drop: { id: 'Tulis alasan penurunan progres di catatan entri itu, atau perbaiki angkanya.', en: 'Write why the progress went down in that entry’s note, or fix the number.' },
  anggaran_per_sumber_mismatch: { id: 'Samakan total anggaran kegiatan dengan jumlah rincian per sumber dana.', en: 'Make the activity’s budget total equal the sum of its per-source amounts.' },
  skor_out_of_scale: { id: 'Tulis skor dalam skala kerangkanya (mis. 1–4), atau null bila belum dinilai.', en: 'Write a score on the framework’s scale (e.g. 1–4), or null if not yet assessed.' },
  kriteria_mismatch: { id: 'Nilai setiap kriteria kerangka tepat satu kali, dengan kode persis seperti di kerangka.', en: 'Score each criterion of the framework exactly once, with its code exactly as in the framework.' },
  evidence_missing: { id: 'Tidak wajib: lampirkan bukti (dokumen, foto, daftar hadir) untuk skor ini.', en: 'Optional: attach evidence (document, photo, attendance list) for this score.' },
  invalid_scale: { id: 'Perbaiki skala kerangka: maks harus lebih besar dari min, mis. min 1 dan maks 4.', en: 'Fix the framework’s scale: maks must be greater than min, e.g. min 1 and maks 4.' },
  label_outside_scale: { id: 'Hapus label ini atau perluas skalanya.', en: 'Remove this label or widen the scale.' },
  duplicate_kode: { id: 'Beri kriteria ini kode lain: setiap kode kriteria dipakai sekali dalam kerangkanya.', en: 'Give this criterion another code: each criterion code is used once in its framework.' },
  consent_name_mismatch: { id: 'Samakan tampilkanNama dengan persetujuan publikasiNama pengusul.', en: 'Make tampilkanNama match the submitter’s publikasiNama consent.' },
  period_reversed: { id: 'Periksa kedua tanggal: tanggal selesai harus sama dengan atau sesudah tanggal mulai.', en: 'Check both dates: the end date must be on or after the start date.' },
};

const GENERIC: Hint = {
  id: 'Periksa isian di tempat yang ditunjuk dan bandingkan dengan contoh data.',
  en: 'Check the field at the place shown and compare it with the example data.',
};

/** What to do about an issue of `code`, in `lang`; the generic hint for a code it does not know. */
export function issueHint(code: string, lang: keyof LocalizedText): string {
  return (Object.hasOwn(ISSUE_HINTS, code) ? ISSUE_HINTS[code]! : GENERIC)[lang];
}
