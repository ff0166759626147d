/**
 * One line per issue code telling the admin what to do about it. Codes come from the schema
 * and the importers; an unknown code (a newer schema, say) gets the generic hint.
 */
import type { Lang } from '../../core/locale.js';

type Hint = { id: string; en: string };

const HINTS: Readonly<Record<string, Hint>> = {
  json_syntax: {
    id: 'Buka berkas di editor teks dan periksa baris itu: koma yang hilang atau berlebih, tanda kutip, atau kurung.',
    en: 'Open the file in a text editor and check that line: a missing or extra comma, a quote or a bracket.',
  },
  csv_empty: { id: 'Simpan ulang lembar kerja sebagai CSV; berkasnya kosong.', en: 'Save the sheet as CSV again; the file is empty.' },
  csv_no_rows: { id: 'Isi baris anggaran di bawah baris judul kolom.', en: 'Add budget lines below the header row.' },
  csv_missing_column: {
    id: 'Pakai templat: baris pertama harus memuat judul kolom tahun, kode_rekening, uraian, anggaran.',
    en: 'Use the template: the first row must hold the column titles tahun, kode_rekening, uraian, anggaran.',
  },
  csv_duplicate_column: { id: 'Hapus atau ganti nama kolom yang muncul dua kali.', en: 'Delete or rename the column that appears twice.' },
  csv_unknown_column: { id: 'Tidak perlu diperbaiki; ganti judulnya bila kolom itu seharusnya dibaca.', en: 'Nothing to fix; rename it if the column should be read.' },
  csv_unterminated_quote: { id: 'Cari sel yang memuat tanda kutip (") dan tutup atau hapus kutipnya.', en: 'Find the cell with a quote (") and close or remove it.' },
  csv_required: { id: 'Isi sel itu; tanpa sel ini baris tidak dapat dibaca.', en: 'Fill in that cell; the row cannot be read without it.' },
  csv_not_a_number: { id: 'Tulis angka saja, mis. 12.000.000 atau 12000000, tanpa huruf.', en: 'Write digits only, e.g. 12.000.000 or 12000000, no letters.' },
  csv_negative: { id: 'Tulis jumlah tanpa tanda minus.', en: 'Write the amount without a minus sign.' },
  csv_fraction: { id: 'Bulatkan ke rupiah penuh dan hapus ",50" di belakang.', en: 'Round to whole rupiah and remove the ",50" at the end.' },
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
};

const GENERIC: Hint = {
  id: 'Periksa isian di tempat yang ditunjuk dan bandingkan dengan contoh data.',
  en: 'Check the field at the place shown and compare it with the example data.',
};

export function issueHint(code: string, lang: Lang): string {
  return (Object.hasOwn(HINTS, code) ? HINTS[code]! : GENERIC)[lang];
}
