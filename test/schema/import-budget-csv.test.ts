import { expect } from '@open-wc/testing';
import { BUDGET_CSV_COLUMNS, budgetCsvToDataset, readSumberDana } from '../../src/schema/import/budget-csv.js';
import { importBudgetCsv } from '../../src/schema/import/import-budget-csv.js';
import { loadExample } from '../helpers/dataset.js';

const AT = '2025-10-06T09:00:00+07:00';
const opts = { namaDesa: 'Sukamaju', kodeWilayah: '33.99.01.2001', generatedAt: AT };
const HEAD = 'tahun;kode_rekening;kode_kegiatan;uraian;sumber_dana;anggaran;realisasi;realisasi_sampai';
const summary = (issues: { path: string; severity: string; code: string }[]) => issues.map((i) => `${i.severity} ${i.path} ${i.code}`);

describe('schema/import/budget-csv: budgetCsvToDataset', () => {
  it('fills a year typed only on the first row of each block (a merged cell) down, with one note', () => {
    const r = budgetCsvToDataset(
      [
        HEAD,
        ';4.2.1;;Tanpa tahun di atas;DDS;1.000;;', // before any year: stays an error
        '2024;4.2.1;;Dana Desa;DDS;900.000.000;;',
        ';5.3.5;2.3.10;Jalan;DDS;800.000.000;;',
        '2025;4.2.1;;Dana Desa;DDS;1.000.000.000;;',
        ';4.2.2;;ADD;ADD;400.000.000;;',
        ';5.3.5;2.3.10;Jalan;DDS;1.200.000.000;;',
      ].join('\n'),
      opts,
    );
    expect(summary(r.issues)).to.deep.equal(['info csv csv_year_filled_down', 'error csv[2].tahun csv_required']);
    expect(r.issues[0].message.id).to.equal('Kolom tahun kosong di baris 4, 6, 7; diisi dengan tahun baris di atasnya (seperti sel gabungan).');
    expect(r.rows).to.deep.equal([[3, 4], [5, 6, 7]]);
    const list = r.data!.apbdes as { tahunAnggaran: number; baris: { anggaran: number }[] }[];
    expect(list.map((a) => [a.tahunAnggaran, a.baris.reduce((n, b) => n + b.anggaran, 0)])).to.deep.equal([
      [2024, 1_700_000_000],
      [2025, 2_600_000_000],
    ]);
  });

  it('counts the rest when a one-note message has more than ten rows to name', () => {
    const below = Array.from({ length: 14 }, (_, i) => `;5.3.5;2.3.10;Jalan ${i + 1};DDS;1.000;;`);
    const r = budgetCsvToDataset([HEAD, '2025;4.2.1;;Dana Desa;DDS;14.000;;', ...below].join('\n'), opts);
    const note = r.issues.find((i) => i.code === 'csv_year_filled_down')!;
    expect(note.message.id).to.equal('Kolom tahun kosong di baris 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 … dan 4 baris lain; diisi dengan tahun baris di atasnya (seperti sel gabungan).');
    expect(note.message.en).to.equal('The tahun column is empty in rows 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 … and 4 more; each takes the year of the row above (as a merged cell).');
  });

  it('builds one APBDes with exact lines from a minimal file', () => {
    const r = budgetCsvToDataset(
      `${HEAD}\r\n2025;4.2.1;;Dana Desa;Dana Desa;1.250.000.000,00;500.000.000;30/06/2025\r\n` +
        `2025;5.3.5;2.3.10;"Jalan; gorong-gorong";DDS;Rp 1.000.000.000;;\r\n`,
      opts,
    );
    expect(r.issues).to.deep.equal([]);
    expect(r.rows).to.deep.equal([[2, 3]]);
    expect(r.data).to.deep.equal({
      schemaVersion: '0.1.0',
      generatedAt: AT,
      sumber: { sistem: 'spreadsheet' },
      desa: {
        kodeWilayah: '33.99.01.2001',
        nama: 'Sukamaju',
        jenis: 'desa',
        kecamatan: { kode: '33.99.01', nama: '–' },
        kabupaten: { kode: '33.99', nama: '–' },
        provinsi: { kode: '33', nama: '–' },
      },
      apbdes: [
        {
          id: 'apbdes-2025-murni',
          tahunAnggaran: 2025,
          versi: 'murni',
          status: 'ditetapkan',
          baris: [
            {
              kodeRekening: '4.2.1', uraian: 'Dana Desa', anggaran: 1_250_000_000, sumberDana: 'dana_desa',
              realisasi: [{ sampaiTanggal: '2025-06-30', jumlah: 500_000_000 }],
            },
            { kodeRekening: '5.3.5', uraian: 'Jalan; gorong-gorong', anggaran: 1_000_000_000, sumberDana: 'dana_desa', kodeKegiatan: '2.3.10' },
          ],
        },
      ],
    });
  });

  it('reports each bad cell by spreadsheet row and column, in both languages, and keeps the good rows', () => {
    const text = [
      HEAD,
      '2025;4.2.1;;Dana Desa;dana_desa;985.420.000;;',
      '2025;4.2.3;;ADD;add;1.250,50;;',
      '20x5;4.1.1;;Hasil Usaha;pades;1.000;;',
      '2025;5.2.1;1.1.01;;uang kaget;5.000;1.000;',
      '2025;5.2.2;1.1.02;Rapat;add;-5.000;2.000;31/02/2025',
      '',
      ';;;;;;;',
      '2025;4.1.2;;Hasil Aset;pades;45.000.000;18.000.000;2025-06-30',
    ].join('\n');
    const r = budgetCsvToDataset(text, opts);
    expect(summary(r.issues)).to.deep.equal([
      'error csv[3].anggaran csv_fraction',
      'error csv[4].tahun csv_invalid_year',
      'error csv[5].uraian csv_required',
      'error csv[5].sumber_dana csv_invalid_sumber_dana',
      'error csv[5].realisasi_sampai csv_required',
      'error csv[6].anggaran csv_negative',
      'error csv[6].realisasi_sampai csv_not_a_date',
    ]);
    expect(r.issues[0]!.message).to.deep.equal({
      id: 'Baris 3, kolom anggaran: "1.250,50" memuat sen; rupiah ditulis bulat (di format Indonesia koma adalah tanda desimal)',
      en: 'Row 3, column anggaran: "1.250,50" has sen; rupiah are written whole (in Indonesian format the comma is the decimal mark)',
    });
    // Rows 2 and 9 are sound; blank rows 7 and 8 hold nothing and are not reported.
    expect(r.rows).to.deep.equal([[2, 9]]);
    const baris = (r.data!.apbdes as { baris: { kodeRekening: string; anggaran: number }[] }[])[0]!.baris;
    expect(baris.map((b) => [b.kodeRekening, b.anggaran])).to.deep.equal([['4.2.1', 985_420_000], ['4.1.2', 45_000_000]]);
  });

  it('groups rows by tahun and versi, links a perubahan to its murni, takes the default versi from options', () => {
    const text = 'Tahun Anggaran,Versi,Kode Rekening,Uraian,Anggaran (Rp)\n2025,perubahan,4.2.1,DD,"1,100,000"\n2024,,4.2.1,DD,900.000\n2025,,4.2.1,DD,1.000.000\n';
    const r = budgetCsvToDataset(text, { ...opts, versi: 'murni' });
    expect(r.issues).to.deep.equal([]);
    const list = r.data!.apbdes as { id: string; menggantikanId?: string; baris: { anggaran: number }[] }[];
    expect(list.map((a) => [a.id, a.menggantikanId ?? null, a.baris[0]!.anggaran])).to.deep.equal([
      ['apbdes-2024-murni', null, 900_000],
      ['apbdes-2025-murni', null, 1_000_000],
      ['apbdes-2025-perubahan', 'apbdes-2025-murni', 1_100_000],
    ]);
    expect(r.rows).to.deep.equal([[3], [4], [2]]);
  });

  it('refuses a file without a header or without required columns, naming the separator it read', () => {
    expect(summary(budgetCsvToDataset('', opts).issues)).to.deep.equal(['error csv csv_empty']);
    const r = budgetCsvToDataset('tahun,kode_rekening,uraian\n2025,4.2.1,DD\n', opts);
    expect(r.data).to.equal(null);
    expect(summary(r.issues)).to.deep.equal(['error csv[1] csv_missing_column']);
    expect(r.issues[0]!.message.en).to.equal('The header row lacks required columns: anggaran (separator read: comma ",").');
    // A tab is named, not shown as an invisible character between quotes.
    expect(budgetCsvToDataset('tahun\turaian\n', opts).issues[0]!.message.id).to.equal(
      'Baris judul tidak memuat kolom wajib: kode_rekening, anggaran (pemisah terbaca: tab).');
    expect(budgetCsvToDataset('tahun;uraian\n', opts).issues[0]!.message.id).to.equal(
      'Baris judul tidak memuat kolom wajib: kode_rekening, anggaran (pemisah terbaca: titik koma ";").');
  });

  it('warns about unknown columns, a missing village name, and a header-only file', () => {
    const r = budgetCsvToDataset('tahun;kode_rekening;uraian;anggaran;catatan\n', { generatedAt: AT });
    expect(summary(r.issues)).to.deep.equal([
      'warning csv[1].catatan csv_unknown_column',
      'error csv csv_no_rows',
      'warning csv csv_no_village_name',
    ]);
  });

  it('reads Siskeudes codes: a closing dot, leading zeros and a village prefix before the kegiatan', () => {
    const r = budgetCsvToDataset(
      `${HEAD}\n2025;5.2.2.01.;02.03.10.;Material;DDS;250.000.000;;\n2025;5.1.1;2.3.1;Siltap;ADD;30.000.000;;\n` +
        `2025;5.2.1;33.99.01.2001.03.02.05.;Pelatihan;PAD;1.000.000;;\n2025;5.2.1;9.9.9;Kode salah;PAD;1.000.000;;\n`,
      opts,
    );
    expect(r.issues).to.deep.equal([]);
    const baris = (r.data as any).apbdes[0].baris.map((b: any) => [b.kodeRekening, b.kodeKegiatan]);
    expect(baris).to.deep.equal([['5.2.2.01', '2.3.10'], ['5.1.1', '2.3.01'], ['5.2.1', '3.2.05'], ['5.2.1', '9.9.9']]);
  });

  it('reads an accounting-format zero ("Rp -") as 0, and as no realisation when it has no date', () => {
    const r = budgetCsvToDataset(`${HEAD}\n2025;4.1.1;;Hasil usaha;PAD;Rp -;Rp -;\n2025;4.2.1;;Dana Desa;DDS;1.000;-;30 Juni 2025\n`, opts);
    expect(r.issues).to.deep.equal([]);
    expect((r.data as any).apbdes[0].baris.map((b: any) => [b.anggaran, b.realisasi])).to.deep.equal([
      [0, undefined],
      [1000, [{ sampaiTanggal: '2025-06-30', jumlah: 0 }]],
    ]);
  });

  it('reads Siskeudes column names', () => {
    const r = budgetCsvToDataset('Tahun;Kd_Rincian;Kd_Kegiatan;Kegiatan;Nama_Obyek;SumberDana;JmlAnggaran\n2025;5.2.2.01.;02.03.10.;Jalan;Semen;DDS;1.000\n', opts);
    expect(r.issues).to.deep.equal([]);
    expect((r.data as any).apbdes[0].baris).to.deep.equal([
      { kodeRekening: '5.2.2.01', uraian: 'Semen', anggaran: 1000, sumberDana: 'dana_desa', kodeKegiatan: '2.3.10', namaKegiatan: 'Jalan' },
    ]);
  });

  it('reads sumber dana as slug, label or Siskeudes code', () => {
    expect(readSumberDana('dana_desa')).to.equal('dana_desa');
    expect(readSumberDana('Dana Desa')).to.equal('dana_desa');
    expect(readSumberDana('DDS')).to.equal('dana_desa');
    expect(readSumberDana('Alokasi Dana Desa')).to.equal('add');
    expect(readSumberDana('bankeu provinsi')).to.equal('bankeu_provinsi');
    expect(readSumberDana('PBK')).to.equal('bankeu_kabkota');
    expect(readSumberDana('entah')).to.equal(undefined);
    // Brackets, `&`/`dan`, the official full names and common short forms
    expect(readSumberDana('Dana Desa (DD)')).to.equal('dana_desa');
    expect(readSumberDana('Pendapatan Asli Desa')).to.equal('pades');
    expect(readSumberDana('Bagi Hasil Pajak dan Retribusi')).to.equal('bhpr');
    expect(readSumberDana('Bantuan Provinsi')).to.equal('bankeu_provinsi');
    expect(readSumberDana('Bantuan Keuangan Kab/Kota')).to.equal('bankeu_kabkota');
  });

  it('refuses a row with more filled cells than the header (an unquoted thousands comma), naming the row', () => {
    const text = 'tahun,kode_rekening,kode_kegiatan,uraian,sumber_dana,anggaran\n2025,4.1.1,,Hasil Usaha Desa,pades,12,000,000\n' +
      '2025,4.2.1,,Dana Desa,dana_desa,985000000,,\n';
    const r = budgetCsvToDataset(text, opts);
    expect(summary(r.issues)).to.deep.equal(['error csv[2] csv_extra_cells']);
    expect(r.issues[0]!.message).to.deep.equal({
      id: 'Baris 2 punya 8 sel, judul kolom hanya 6: angka dengan koma harus diapit tanda kutip atau ditulis tanpa pemisah ribuan; baris ini tidak dihitung.',
      en: 'Row 2 has 8 cells, the header only 6 columns: a number with commas must be quoted or written without thousands separators; this row is not counted.',
    });
    // Trailing empty cells (row 3) are not extra.
    expect(r.rows).to.deep.equal([[3]]);
    expect((r.data as any).apbdes[0].baris.map((b: any) => b.anggaran)).to.deep.equal([985_000_000]);
  });

  it('keeps a line whose optional cell cannot be read, leaving out only that part, with an error', () => {
    const text = [
      'tahun;kode_rekening;uraian;sumber_dana;anggaran;anggaran_semula;volume;realisasi;realisasi_sampai',
      '2025;4.2.1;Dana Desa;dana_desa;985.420.000;;;500.000.000;Juni 2025',
      '2025;4.2.2;ADD;add;350.000.000;(5.000.000);;;',
      '2025;4.1.1;Hasil Usaha;pades;12.000.000;;banyak;6.000.000;',
      '2025;4.1.2;Hasil Aset;pades;45.000.000;;;sebagian;30/06/2025',
    ].join('\n');
    const r = budgetCsvToDataset(text, opts);
    expect(summary(r.issues)).to.deep.equal([
      'error csv[2].realisasi_sampai csv_not_a_date',
      'error csv[3].anggaran_semula csv_negative',
      'error csv[4].volume csv_not_a_number',
      'error csv[4].realisasi_sampai csv_required',
      'error csv[5].realisasi csv_not_a_number',
    ]);
    expect(r.issues[0]!.message).to.deep.equal({
      id: 'Baris 2, kolom realisasi_sampai: "Juni 2025" bukan tanggal (tulis 2025-06-30 atau 30/06/2025); realisasi baris ini tidak dihitung; anggarannya tetap dihitung',
      en: 'Row 2, column realisasi_sampai: "Juni 2025" is not a date (write 2025-06-30 or 30/06/2025); this line\'s realisation is left out; its budget is still counted',
    });
    expect(r.rows).to.deep.equal([[2, 3, 4, 5]]);
    expect((r.data as any).apbdes[0].baris).to.deep.equal([
      { kodeRekening: '4.2.1', uraian: 'Dana Desa', anggaran: 985_420_000, sumberDana: 'dana_desa' },
      { kodeRekening: '4.2.2', uraian: 'ADD', anggaran: 350_000_000, sumberDana: 'add' },
      { kodeRekening: '4.1.1', uraian: 'Hasil Usaha', anggaran: 12_000_000, sumberDana: 'pades' },
      { kodeRekening: '4.1.2', uraian: 'Hasil Aset', anggaran: 45_000_000, sumberDana: 'pades' },
    ]);
  });

  it('skips total rows and repeated header rows with one note each, not errors', () => {
    const text = [
      HEAD,
      '2025;4.2.1;;Dana Desa;dana_desa;985.420.000;;',
      '2025;4.1.1;;Hasil Usaha;pades;12.000.000;;',
      '2025;;;JUMLAH PENDAPATAN;;997.420.000;500.000;',
      HEAD.toUpperCase(),
      '2025;5.3.5;2.3.10;Jalan;dana_desa;440.000.000;;',
      ';;;Sub Total Belanja;;440.000.000;;',
      HEAD,
      ';;;TOTAL;;1.437.420.000;;',
    ].join('\n');
    const r = budgetCsvToDataset(text, opts);
    expect(summary(r.issues)).to.deep.equal(['info csv csv_repeated_header', 'info csv csv_total_rows']);
    expect(r.issues.map((i) => i.message.id)).to.deep.equal([
      'Baris 5, 8 mengulang baris judul kolom dan dilewati.',
      'Baris 4, 7, 9 adalah baris jumlah (JUMLAH/TOTAL tanpa kode) dan dilewati; jumlah dihitung dari baris rinci.',
    ]);
    expect(r.rows).to.deep.equal([[2, 3, 6]]);
    expect((r.data as any).apbdes[0].baris.map((b: any) => b.anggaran)).to.deep.equal([985_420_000, 12_000_000, 440_000_000]);
  });

  it('reads the exactly named column when an alias names it too, and warns naming both headers', () => {
    const text = 'Tahun;Keterangan;Kode;Kode Rekening;Uraian;Anggaran;Jumlah\n2025;catatan;4;4.2.1;Dana Desa;985.420.000;1\n';
    const r = budgetCsvToDataset(text, opts);
    expect(r.issues.map((i) => `${i.severity} ${i.path} ${i.message.id}`)).to.deep.equal([
      'warning csv[1].Keterangan Kolom "Keterangan" dibaca sebagai uraian, tetapi "Uraian" sudah ada; "Keterangan" diabaikan.',
      'warning csv[1].Kode Kolom "Kode" dibaca sebagai kode_rekening, tetapi "Kode Rekening" sudah ada; "Kode" diabaikan.',
      'warning csv[1].Jumlah Kolom "Jumlah" dibaca sebagai anggaran, tetapi "Anggaran" sudah ada; "Jumlah" diabaikan.',
    ]);
    expect((r.data as any).apbdes[0].baris).to.deep.equal([{ kodeRekening: '4.2.1', uraian: 'Dana Desa', anggaran: 985_420_000 }]);
  });

  it('reads date-time and Excel-serial realisation dates, and a year shown as 2.025', () => {
    const r = budgetCsvToDataset(`${HEAD}\n2.025;4.2.1;;Dana Desa;DDS;985.420.000;500.000.000;45838\n` +
      '2025;4.1.1;;Hasil Usaha;PAD;12.000.000;6.000.000;2025-06-30 00:00:00\n2025;4.1.2;;Hasil Aset;PAD;45.000.000;1.000;30/06/2025 0:00\n', opts);
    expect(r.issues).to.deep.equal([]);
    expect((r.data as any).apbdes[0].baris.map((b: any) => b.realisasi[0].sampaiTanggal)).to.deep.equal(['2025-06-30', '2025-06-30', '2025-06-30']);
    expect((r.data as any).apbdes[0].tahunAnggaran).to.equal(2025);
  });

  it('skips report title rows above the header with one note, keeping the file’s row numbers', () => {
    const text = '\ufeffPEMERINTAH DESA SUKAMAJU;;;;;;;\nAPBDES TAHUN ANGGARAN 2025;;;;;;;\n;;;;;;;\n' +
      `${HEAD}\n2025;4.1.1;;Hasil Usaha Desa;pades;12.000.000;;\n2025;4.2.1;;Dana Desa;dana_desa;satu;;\n`;
    const r = budgetCsvToDataset(text, opts);
    expect(r.issues.map((i) => `${i.severity} ${i.path} ${i.code} ${i.message.id}`)).to.deep.equal([
      'info csv csv_title_rows Baris 1, 2 di atas baris judul kolom (baris 4) dilewati sebagai judul laporan.',
      'error csv[6].anggaran csv_not_a_number Baris 6, kolom anggaran: "satu" bukan angka yang dapat dibaca',
    ]);
    expect(r.rows).to.deep.equal([[5]]);
    expect((r.data as any).apbdes[0].baris.map((b: any) => b.anggaran)).to.deep.equal([12_000_000]);
  });

  it('names rows as Excel shows them when the file starts with a `sep=;` line (hidden by Excel: the header is row 1)', async () => {
    const text = await (await fetch('/test/fixtures/budget/sep-line.csv')).text();
    expect(text.startsWith('sep=;\r\ntahun;')).to.equal(true);
    const r = budgetCsvToDataset(text, opts);
    expect(r.issues.map((i) => `${i.path} ${i.message.id}`)).to.deep.equal([
      'csv[3].anggaran Baris 3, kolom anggaran: "612.350.000,50" memuat sen; rupiah ditulis bulat (di format Indonesia koma adalah tanda desimal)',
      'csv[4].realisasi_sampai Baris 4, kolom realisasi_sampai: "31/06/2025" bukan tanggal (tulis 2025-06-30 atau 30/06/2025); realisasi baris ini tidak dihitung; anggarannya tetap dihitung',
    ]);
    // Dana Desa is on Excel's row 2 and the road on row 4 (the line after `sep=;` is row 1).
    expect(r.rows).to.deep.equal([[2, 4]]);
  });

  it('reads versi words (Induk, APBDes Murni, Awal, Penetapan, P-APBDes) and lists every source when one is refused', () => {
    const text = 'tahun;versi;kode_rekening;uraian;sumber_dana;anggaran\n2025;Induk;4.2.1;DD;DD;1.000\n2025;APBDes Murni;4.2.3;ADD;ADD;2.000\n' +
      '2025;Awal;4.1.1;HU;PAD;3.000\n2025;Penetapan;4.1.2;HA;PAD;4.000\n2025;P-APBDes;4.2.1;DD;DD;5.000\n2025;final;4.2.1;DD;DD;6.000\n' +
      '2025;;4.2.2;BHP;BKP;7.000\n';
    const r = budgetCsvToDataset(text, opts);
    expect(summary(r.issues)).to.deep.equal(['error csv[7].versi csv_invalid_version', 'error csv[8].sumber_dana csv_invalid_sumber_dana']);
    expect(r.issues[1]!.message.id).to.equal('Baris 8, kolom sumber_dana: "BKP" bukan sumber dana yang dikenal; tulis salah satu: ' +
      'pades, swadaya, dana_desa, bhpr, add, bankeu_provinsi, bankeu_kabkota, hibah, csr, silpa, lainnya (atau kode Siskeudes PAD, SWD, DDS, PBH, ADD, PBP, PBK, DLL)');
    expect((r.data as any).apbdes.map((a: any) => [a.versi, a.baris.map((b: any) => b.anggaran)])).to.deep.equal([
      ['murni', [1000, 2000, 3000, 4000]], ['perubahan', [5000]],
    ]);
  });

  it('warns about a row that repeats an earlier one exactly, and still counts it', () => {
    const text = `${HEAD}\n2025;5.3.5;2.3.10;Jalan;DDS;20.000.000;;\n2025;5.3.5;2.3.10;Jalan;DDS;20.000.000;;\n2025;5.3.5;2.3.10;Jalan;DDS;30.000.000;;\n`;
    const r = budgetCsvToDataset(text, opts);
    expect(r.issues.map((i) => `${i.severity} ${i.path} ${i.message.id}`)).to.deep.equal([
      'warning csv[3] Baris 3 sama persis dengan baris 2 (dihitung dua kali?); hapus salah satu bila tidak disengaja.',
    ]);
    expect((r.data as any).apbdes[0].baris.map((b: any) => b.anggaran)).to.deep.equal([20_000_000, 20_000_000, 30_000_000]);
    // From four on, one warning for them all (a generated sheet can repeat thousands).
    const many = budgetCsvToDataset(`${HEAD}\n${Array(14).fill('2025;4.2.1;;DD;DDS;1.000;;').join('\n')}\n`, opts);
    expect(many.issues).to.deep.equal([{
      path: 'csv', severity: 'warning', code: 'csv_duplicate_row',
      message: {
        id: '13 baris (baris 3, 4, 5 … dan 10 baris lain), mis. baris 3 sama persis dengan baris 2 (dihitung dua kali?); hapus salah satu bila tidak disengaja.',
        en: '13 rows (rows 3, 4, 5 … and 10 more), e.g. row 3 is exactly the same as row 2 (counted twice?); delete one if that is not intended.',
      },
    }]);
    expect((many.data as any).apbdes[0].baris.length).to.equal(14);
  });

  it('groups one mistake repeated on 400 rows into one issue per column, naming the rows, the count and an example', () => {
    const lines = [HEAD, '2025;4.2.1;;Dana Desa;DDS;985.420.000;;'];
    for (let i = 1; i <= 400; i++) lines.push(`2025;5.2.1;2.3.10;Baris ${i};uang kaget;${i},5 jt;;`);
    const r = budgetCsvToDataset(lines.join('\r\n'), opts);
    expect(r.issues).to.deep.equal([
      {
        path: 'csv.anggaran', severity: 'error', code: 'csv_not_a_number',
        message: {
          id: 'Kolom anggaran di 400 baris (baris 3, 4, 5 … dan 397 baris lain), mis. baris 3: "1,5 jt" bukan angka yang dapat dibaca',
          en: 'Column anggaran in 400 rows (rows 3, 4, 5 … and 397 more), e.g. row 3: "1,5 jt" is not a readable number',
        },
      },
      {
        // Every row wrote the same word: no "e.g.", the message is true of each row as it stands.
        path: 'csv.sumber_dana', severity: 'error', code: 'csv_invalid_sumber_dana',
        message: {
          id: 'Kolom sumber_dana di 400 baris (baris 3, 4, 5 … dan 397 baris lain): "uang kaget" bukan sumber dana yang dikenal; tulis salah satu: ' +
            'pades, swadaya, dana_desa, bhpr, add, bankeu_provinsi, bankeu_kabkota, hibah, csr, silpa, lainnya (atau kode Siskeudes PAD, SWD, DDS, PBH, ADD, PBP, PBK, DLL)',
          en: 'Column sumber_dana in 400 rows (rows 3, 4, 5 … and 397 more): "uang kaget" is not a known funding source; write one of: ' +
            'pades, swadaya, dana_desa, bhpr, add, bankeu_provinsi, bankeu_kabkota, hibah, csr, silpa, lainnya (or the Siskeudes code PAD, SWD, DDS, PBH, ADD, PBP, PBK, DLL)',
        },
      },
    ]);
    // Only the reporting changes: the 400 rows are still left out, the sound one kept.
    expect(r.rows).to.deep.equal([[2]]);
  });

  it('reports up to three rows one by one and groups from four', () => {
    const rows = (n: number) => [HEAD, ...Array.from({ length: n }, (_, i) => `2025;4.2.1;;;DDS;${i + 1}.000;;`)].join('\n');
    expect(budgetCsvToDataset(rows(3), opts).issues.map((i) => `${i.path} ${i.message.id}`)).to.deep.equal([
      'csv[2].uraian Baris 2, kolom uraian: wajib diisi',
      'csv[3].uraian Baris 3, kolom uraian: wajib diisi',
      'csv[4].uraian Baris 4, kolom uraian: wajib diisi',
    ]);
    expect(budgetCsvToDataset(rows(4), opts).issues.map((i) => `${i.path} ${i.message.id} · ${i.message.en}`)).to.deep.equal([
      'csv.uraian Kolom uraian di 4 baris (baris 2, 3, 4, 5): wajib diisi · Column uraian in 4 rows (rows 2, 3, 4, 5): is required',
    ]);
  });

  it('never says a line is still counted when another error leaves it out: such rows are not grouped with the kept ones', () => {
    const text = [
      HEAD,
      '2025;4.2.1;;Dana Desa;DDS;985.420.000;500.000.000;Juni 2025',
      '2025;4.2.2;;ADD;ADD;350.000.000;100.000.000;Juni 2025',
      '2025;4.1.1;;Hasil Usaha;PAD;dua belas juta;6.000.000;Juni 2025',
      '2025;4.1.2;;Hasil Aset;PAD;45.000.000;1.000.000;Juni 2025',
      '2025;4.1.3;;Swadaya;SWD;5.000.000;1.000.000;Juni 2025',
    ].join('\n');
    const r = budgetCsvToDataset(text, opts);
    expect(r.issues.map((i) => `${i.path} ${i.code}`)).to.deep.equal([
      'csv.realisasi_sampai csv_not_a_date',
      'csv[4].anggaran csv_not_a_number',
      'csv[4].realisasi_sampai csv_not_a_date',
    ]);
    expect(r.issues[0]!.message).to.deep.equal({
      id: 'Kolom realisasi_sampai di 4 baris (baris 2, 3, 5, 6): "Juni 2025" bukan tanggal (tulis 2025-06-30 atau 30/06/2025); realisasi baris-baris itu tidak dihitung; anggarannya tetap dihitung',
      en: 'Column realisasi_sampai in 4 rows (rows 2, 3, 5, 6): "Juni 2025" is not a date (write 2025-06-30 or 30/06/2025); these lines\' realisations are left out; their budgets are still counted',
    });
    // Row 4 is left out for its anggaran, so its date message claims nothing about its budget.
    expect(r.issues[2]!.message).to.deep.equal({
      id: 'Baris 4, kolom realisasi_sampai: "Juni 2025" bukan tanggal (tulis 2025-06-30 atau 30/06/2025)',
      en: 'Row 4, column realisasi_sampai: "Juni 2025" is not a date (write 2025-06-30 or 30/06/2025)',
    });
    expect(r.rows).to.deep.equal([[2, 3, 5, 6]]);
    expect((r.data as any).apbdes[0].baris.map((b: any) => [b.anggaran, b.realisasi ?? null])).to.deep.equal([
      [985_420_000, null], [350_000_000, null], [45_000_000, null], [5_000_000, null],
    ]);
  });

  it('groups rows with too many cells (an unquoted thousands comma on every row) into one error', () => {
    const text = ['tahun,kode_rekening,kode_kegiatan,uraian,sumber_dana,anggaran', '2025,4.2.1,,Dana Desa,dana_desa,985000000']
      .concat([1, 2, 3, 4, 5].map((i) => `2025,4.1.${i},,Hasil ${i},pades,12,000,000`)).join('\n');
    const r = budgetCsvToDataset(text, opts);
    expect(r.issues).to.deep.equal([{
      path: 'csv', severity: 'error', code: 'csv_extra_cells',
      message: {
        id: '5 baris (baris 3, 4, 5 … dan 2 baris lain), mis. baris 3 punya 8 sel, judul kolom hanya 6: angka dengan koma harus diapit tanda kutip atau ditulis tanpa pemisah ribuan; baris-baris itu tidak dihitung.',
        en: '5 rows (rows 3, 4, 5 … and 2 more), e.g. row 3 has 8 cells, the header only 6 columns: a number with commas must be quoted or written without thousands separators; these rows are not counted.',
      },
    }]);
    expect(r.rows).to.deep.equal([[2]]);
  });

  it('groups 5,000 bad rows in one pass, counting them as the reader writes numbers', () => {
    const lines = [HEAD];
    for (let i = 0; i < 5000; i++) lines.push(`2025;4.2.1;;Baris ${i};DDS;${i + 1}.000;${i + 1}.000;Q${i}`);
    const started = performance.now();
    const r = budgetCsvToDataset(lines.join('\r\n'), opts);
    const elapsed = performance.now() - started;
    expect(r.issues.map((i) => i.message.id)).to.deep.equal([
      'Kolom realisasi_sampai di 5.000 baris (baris 2, 3, 4 … dan 4.997 baris lain), mis. baris 2: "Q0" bukan tanggal (tulis 2025-06-30 atau 30/06/2025); realisasi baris-baris itu tidak dihitung; anggarannya tetap dihitung',
    ]);
    expect(r.issues[0]!.message.en.startsWith('Column realisasi_sampai in 5,000 rows (rows 2, 3, 4 … and 4,997 more), e.g. row 2: "Q0"')).to.equal(true);
    expect((r.data as any).apbdes[0].baris.length).to.equal(5000);
    expect(elapsed, `${elapsed.toFixed(0)} ms`).to.be.below(3000);
  });

  it('keeps hostile cells as plain strings', () => {
    const xss = '<img src=x onerror="window.__kpmXss=1">';
    const r = budgetCsvToDataset(`${HEAD}\n2025;4.1.1;;"${xss.replace(/"/g, '""')}";pades;1.000;;`, opts);
    expect((r.data!.apbdes as { baris: { uraian: string }[] }[])[0]!.baris[0]!.uraian).to.equal(xss);
  });
});

describe('schema/import: importBudgetCsv', () => {
  it('turns the shipped template into exactly the example village’s 2025 perubahan lines', async () => {
    const bytes = await (await fetch('/examples/templates/apbdes-template.csv')).arrayBuffer();
    // Kept with its byte-order mark, which Excel needs to read the file as UTF-8.
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text.split('\r\n')[0]).to.equal(`\ufeff${BUDGET_CSV_COLUMNS.join(';')}`);
    const r = importBudgetCsv(text, opts);
    expect(r.issues).to.deep.equal([]);
    expect(r.ok).to.equal(true);
    const example = (await loadExample()).apbdes.find((a: { id: string }) => a.id === 'apbdes-2025-perubahan');
    const strip = (b: Record<string, unknown>) => {
      const { kegiatanId: _k, realisasi, ...rest } = b as { kegiatanId?: string; realisasi?: { sampaiTanggal: string; jumlah: number }[] };
      return { ...rest, realisasi: realisasi?.map((x) => ({ sampaiTanggal: x.sampaiTanggal, jumlah: x.jumlah })) };
    };
    const got = r.data!.apbdes![0]!;
    expect(got.tahunAnggaran).to.equal(2025);
    expect(got.versi).to.equal('perubahan');
    expect(got.baris.map(strip)).to.deep.equal(example.baris.map(strip));
  });

  it('names the CSV row in validation messages about a line', () => {
    // 4.1.9 is not a jenis in the chart: a validation warning about that line.
    const r = importBudgetCsv(`${HEAD}\n2025;4.2.1;;Dana Desa;dana_desa;1.000;;\n2025;4.1.9;;Jenis tak dikenal;dana_desa;1.000;;\n`, opts);
    const bad = r.issues.find((i) => i.path.startsWith('apbdes[0].baris[1]'));
    expect(bad, 'an issue on the second line').to.not.equal(undefined);
    expect(bad!.message.id.startsWith('Baris CSV 3: ')).to.equal(true);
    expect(bad!.message.en.startsWith('CSV row 3: ')).to.equal(true);
  });

  it('groups one validation rule broken on four or more rows (an empty sumber_dana on every belanja row) into one issue', () => {
    const belanja = (n: number) => Array.from({ length: n }, (_, i) => `2025;5.3.5;2.3.10;Jalan ${i + 1};;1.000;;`);
    const four = importBudgetCsv([HEAD, '2025;4.2.1;;Dana Desa;dana_desa;4.000;;', ...belanja(4)].join('\n'), opts);
    const sumber = four.issues.filter((i) => i.code === 'missing_sumber_dana');
    expect(sumber.map((i) => [i.severity, i.path])).to.deep.equal([['error', 'apbdes[0].baris[1].sumberDana']]);
    expect(sumber[0]!.message.id).to.equal(
      'Di 4 baris CSV (baris 3, 4, 5, 6), mis. baris 3: Baris 5.3.5 "Jalan 1" belum memiliki sumber dana; setiap belanja dan pengeluaran pembiayaan harus menyebut sumber dananya.',
    );
    expect(sumber[0]!.message.en).to.match(/^In 4 CSV rows \(rows 3, 4, 5, 6\), e\.g\. row 3: Line 5\.3\.5 "Jalan 1" /);
    // 1,200 rows: counted the way the reader writes numbers, the first three named.
    const many = importBudgetCsv([HEAD, '2025;4.2.1;;Dana Desa;dana_desa;1.200.000;;', ...belanja(1200)].join('\n'), opts);
    const one = many.issues.filter((i) => i.code === 'missing_sumber_dana');
    expect(one.length).to.equal(1);
    expect(one[0]!.message.id.startsWith('Di 1.200 baris CSV (baris 3, 4, 5 … dan 1.197 baris lain), mis. baris 3: ')).to.equal(true);
    expect(one[0]!.message.en.startsWith('In 1,200 CSV rows (rows 3, 4, 5 … and 1,197 more), e.g. row 3: ')).to.equal(true);
    // Three stay one by one, each with its row.
    const three = importBudgetCsv([HEAD, '2025;4.2.1;;Dana Desa;dana_desa;3.000;;', ...belanja(3)].join('\n'), opts);
    expect(three.issues.filter((i) => i.code === 'missing_sumber_dana').map((i) => i.message.id.slice(0, 14))).to.deep.equal(
      ['Baris CSV 3: B', 'Baris CSV 4: B', 'Baris CSV 5: B'],
    );
  });

  it('refuses a bad kode rekening on its own row, and the rest of the APBDes is kept', () => {
    const r = importBudgetCsv(`${HEAD}\n2025;4.2.1;;Dana Desa;dana_desa;985.420.000;;\n2025;4.2.3X;;ADD;add;612.350.000;;\n` +
      `2025;9.9.9;;Salah kode;add;1.000;;\n2025;4.1.1;;Hasil Usaha;pades;12.000.000;;\n`, opts);
    // Only the two rows are errors; the budget's own balance warnings are beside the point here.
    expect(summary(r.issues.filter((i) => i.severity === 'error'))).to.deep.equal([
      'error csv[3].kode_rekening csv_invalid_kode_rekening', 'error csv[4].kode_rekening csv_invalid_kode_rekening',
    ]);
    expect(r.issues[0]!.message.id).to.equal(
      'Baris 3, kolom kode_rekening: "4.2.3X" bukan kode rekening yang dikenal: tulis kode tingkat jenis atau lebih rinci dari daftar Permendagri 20/2018, mis. 4.2.1 atau 5.2.2.01');
    expect(r.data!.apbdes![0]!.baris.map((b) => [b.kodeRekening, b.anggaran])).to.deep.equal([['4.2.1', 985_420_000], ['4.1.1', 12_000_000]]);
  });

  it('leaves out Siskeudes subtotal rows above their detail lines with one warning, and keeps the APBDes', () => {
    const text = [
      'Tahun;Kd_Rincian;Kd_Keg;Nama_Obyek;Sumber;Anggaran',
      '2025;4.;;PENDAPATAN;;1.042.420.000',
      '2025;4.2.;;PENDAPATAN TRANSFER;;985.420.000',
      '2025;4.2.1.;;DANA DESA;DDS;985.420.000',
      '2025;4.1.1.;;HASIL USAHA DESA;PAD;57.000.000',
      '2025;5.1.1.;01.2001.01.01.01.;Penghasilan Tetap dan Tunjangan Kepala Desa;ADD;60.000.000',
      '2025;5.1.1.01.;01.2001.01.01.01.;Penghasilan Tetap Kepala Desa;ADD;48.000.000',
      '2025;5.1.1.02.;01.2001.01.01.01.;Tunjangan Kepala Desa;ADD;12.000.000',
      '2025;5.3.5.;01.2001.02.03.10.;Belanja Modal Jalan;DDS;440.000.000',
    ].join('\n');
    const r = importBudgetCsv(text, opts);
    expect(summary(r.issues.filter((i) => i.path.startsWith('csv')))).to.deep.equal(['warning csv csv_subtotal_rows']);
    expect(r.ok).to.equal(true);
    expect(r.issues[0]!.message.id).to.equal(
      'Baris 2, 3, 6 adalah baris subtotal (kodenya induk dari baris rinci di bawahnya, mis. 5.1.1 di atas 5.1.1.01) dan tidak dihitung, agar jumlahnya tidak terhitung dua kali.');
    expect(r.data!.apbdes![0]!.baris.map((b) => [b.kodeRekening, b.anggaran])).to.deep.equal([
      ['4.2.1', 985_420_000], ['4.1.1', 57_000_000], ['5.1.1.01', 48_000_000], ['5.1.1.02', 12_000_000], ['5.3.5', 440_000_000],
    ]);
  });

  it('returns no data when the file cannot be read at all', () => {
    const r = importBudgetCsv('nothing useful\n', opts);
    expect(r).to.deep.include({ ok: false, data: null });
    expect(summary(r.issues)).to.deep.equal(['warning csv[1].nothing useful csv_unknown_column', 'error csv[1] csv_missing_column']);
  });
});
