import { expect } from '@open-wc/testing';
import { KEGIATAN_CSV_COLUMNS, kegiatanCsvToDataset } from '../../src/schema/import/kegiatan-csv.js';
import { importKegiatanCsv } from '../../src/schema/import/import-kegiatan-csv.js';
import { loadExample } from '../helpers/dataset.js';

const AT = '2025-10-06T09:00:00+07:00';
const opts = { namaDesa: 'Sukamaju', kodeWilayah: '33.99.01.2001', generatedAt: AT };
const summary = (issues: { path: string; severity: string; code: string }[]) => issues.map((i) => `${i.severity} ${i.path} ${i.code}`);
const kegiatanOf = (r: { data: { kegiatan?: unknown[] } | null }) => (r.data!.kegiatan ?? []) as Record<string, any>[];

const HEAD = 'tahun;kode_kegiatan;nama;status;sumber_rencana;anggaran;mulai;selesai';

describe('schema/import/kegiatan-csv: kegiatanCsvToDataset', () => {
  it('builds exact kegiatan and the envelope from a `;` file with every kind of column', () => {
    const text =
      'id;tahun;kode_kegiatan;bidang;nama;deskripsi;status;sumber_rencana;jenis_pekerjaan;sifat;pola_pelaksanaan;jenis_pelaksana;pelaksana;' +
      'dusun;rt;rw;lokasi;lintang;bujur;volume;satuan;keluaran;sasaran;penerima_laki_laki;penerima_perempuan;penerima_rtm;penerima_disabilitas;' +
      'penerima_kk;sumber_dana;anggaran;anggaran_semula;mulai;selesai;progres;progres_tanggal\r\n' +
      'keg-a;2025;2.3.10;2;Rabat beton;Ruas baru;Berjalan;RKPDes;Peningkatan;Baru;Swakelola;tpk;TPK Desa;Dusun Krajan;01, 02;01;Ruas balai;' +
      '-7,3497;110,1241;1.250,5;m;Jalan 1 km;Anak sekolah;1.086;425;38;2;40;DDS;Rp 1.250.000;1.300.000,00;17/08/2025;2025-12-17;45,5%;17-09-2025\r\n';
    const r = kegiatanCsvToDataset(text, opts);
    expect(r.issues).to.deep.equal([]);
    expect(r.rows).to.deep.equal([2]);
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
        dusun: [{ id: 'dsn-krajan', nama: 'Krajan' }],
      },
      kegiatan: [
        {
          id: 'keg-a',
          nama: 'Rabat beton',
          deskripsi: 'Ruas baru',
          bidang: 2,
          subBidang: '2.3',
          kodeKegiatan: '2.3.10',
          tahun: 2025,
          sumberRencana: 'rkpdes',
          lokasi: { dusunId: 'dsn-krajan', rt: ['01', '02'], rw: ['01'], deskripsi: 'Ruas balai', koordinat: { lat: -7.3497, lng: 110.1241 } },
          volume: 1250.5,
          satuan: 'm',
          keluaran: 'Jalan 1 km',
          sasaran: 'Anak sekolah',
          penerimaManfaat: { lakiLaki: 1086, perempuan: 425, rumahTanggaMiskin: 38, disabilitas: 2, kk: 40 },
          jenisPekerjaan: 'peningkatan',
          sifat: 'baru',
          polaPelaksanaan: 'swakelola',
          pelaksana: { jenis: 'tpk', nama: 'TPK Desa' },
          anggaran: { total: 1_250_000, perSumber: [{ sumberDana: 'dana_desa', jumlah: 1_250_000 }], anggaranSemula: 1_300_000 },
          jadwal: { mulai: '2025-08-17', selesai: '2025-12-17' },
          progres: [{ tanggal: '2025-09-17', persenFisik: 45.5 }],
          status: 'berjalan',
        },
      ],
    });
  });

  it('reads a `,` file with a BOM, title-case headers, and quoted cells holding separators, quotes and line breaks', () => {
    const text =
      '\ufeffTahun,Kode,Nama Kegiatan,Status,Keterangan,Anggaran (Rp),Tanggal Mulai\n' +
      '2025,2.2.02,"Posyandu, balita dan ""lansia""",Dianggarkan,"baris satu\nbaris dua; tiga","1.250.000,00",2025-08-17\n' +
      '2025,1.4.08,SID,selesai,,"Rp 1.250.000",17/08/2025\n';
    const r = kegiatanCsvToDataset(text, opts);
    expect(summary(r.issues)).to.deep.equal(['info csv csv_default_sumber_rencana']);
    // A line break inside a quoted cell does not start a new spreadsheet row.
    expect(r.rows).to.deep.equal([2, 3]);
    const k = kegiatanOf(r);
    expect(k.map((x) => [x.nama, x.deskripsi, x.status, x.anggaran, x.jadwal])).to.deep.equal([
      ['Posyandu, balita dan "lansia"', 'baris satu\nbaris dua; tiga', 'dianggarkan', { total: 1_250_000 }, { mulai: '2025-08-17' }],
      ['SID', undefined, 'selesai', { total: 1_250_000 }, { mulai: '2025-08-17' }],
    ]);
    expect(k.map((x) => x.sumberRencana)).to.deep.equal(['lainnya', 'lainnya']);
    expect(r.issues[0]!.message).to.deep.equal({
      id: 'Tidak ada kolom sumber_rencana; kegiatan itu dicatat dengan sumber rencana "lainnya".',
      en: 'There is no sumber_rencana column; those activities are recorded with planning source "lainnya" (other).',
    });
  });

  it('fills a year typed only on the first row of a block down, as the budget reader does', () => {
    const text = [HEAD, '2025;2.3.10;A;usulan;apbdes;1.000.000;;', ';2.3.10;B;usulan;apbdes;2.000.000;;', ';;JUMLAH;;;3.000.000;;'].join('\n');
    const r = kegiatanCsvToDataset(text, opts);
    expect(kegiatanOf(r).map((x) => [x.nama, x.tahun])).to.deep.equal([['A', 2025], ['B', 2025]]);
    expect(summary(r.issues)).to.deep.equal(['info csv csv_year_filled_down', 'info csv csv_total_rows']);
    expect(r.issues[0].message.en).to.equal('The tahun column is empty in rows 3; each takes the year of the row above (as a merged cell).');
  });

  it('reads the three date forms and Indonesian money forms to the same values', () => {
    const text = [HEAD, '2025;2.3.10;A;usulan;apbdes;Rp 1.250.000;17/08/2025;17-08-2025', '2025;2.3.10;B;usulan;apbdes;1.250.000,00;2025-08-17;17.08.2025'].join('\n');
    const k = kegiatanOf(kegiatanCsvToDataset(text, opts));
    expect(k.map((x) => [x.anggaran.total, x.jadwal.mulai, x.jadwal.selesai])).to.deep.equal([
      [1_250_000, '2025-08-17', '2025-08-17'],
      [1_250_000, '2025-08-17', '2025-08-17'],
    ]);
  });

  it('normalises Siskeudes kegiatan and bidang codes to B.S.KK and derives bidang and sub-bidang', () => {
    const text = [
      'tahun;kode_kegiatan;bidang;nama;status',
      '2025;02.03.10.;;Jalan;usulan',
      '2025;01.2001.04.02.03.;;Lumbung;usulan',
      '2025;;00.0000.03;Ronda;usulan',
      '2025;;Pemberdayaan Masyarakat Desa;Pelatihan;usulan',
      '2025;5.3.01;5;BLT;usulan',
    ].join('\n');
    const r = kegiatanCsvToDataset(text, opts);
    expect(summary(r.issues)).to.deep.equal(['info csv csv_default_sumber_rencana']);
    expect(kegiatanOf(r).map((x) => [x.kodeKegiatan ?? null, x.subBidang ?? null, x.bidang])).to.deep.equal([
      ['2.3.10', '2.3', 2],
      ['4.2.03', '4.2', 4],
      [null, null, 3],
      [null, null, 4],
      ['5.3.01', '5.3', 5],
    ]);
  });

  it('reports an unknown status by row and column, in both languages, with the accepted values', () => {
    const r = kegiatanCsvToDataset([HEAD, '2025;2.3.10;Jalan;berjalan;rkpdes;;;', '2025;2.3.10;Jalan lagi;jalan terus;rkpdes;;;'].join('\r\n'), opts);
    expect(summary(r.issues)).to.deep.equal(['error csv[3].status csv_invalid_choice']);
    expect(r.issues[0]!.message).to.deep.equal({
      id: 'Baris 3, kolom status: "jalan terus" bukan status kegiatan yang dikenal; tulis salah satu: usulan, direncanakan, dianggarkan, berjalan, selesai, tertunda, dibatalkan',
      en: 'Row 3, column status: "jalan terus" is not a known activity status; write one of: usulan, direncanakan, dianggarkan, berjalan, selesai, tertunda, dibatalkan',
    });
    expect(r.rows).to.deep.equal([2]);
    // Labels in either language are accepted, as are the codes.
    const labels = kegiatanCsvToDataset([HEAD, '2025;2.3.10;A;Tertunda;;;;', '2025;2.3.10;B;Cancelled;;;;', '2025;2.3.10;C;SELESAI;;;;'].join('\n'), opts);
    expect(kegiatanOf(labels).map((x) => x.status)).to.deep.equal(['tertunda', 'dibatalkan', 'selesai']);
  });

  it('refuses a header without required columns with one error, and one without bidang or kode naming both', () => {
    const r = kegiatanCsvToDataset('tahun,nama,anggaran\n2025,Jalan,1.000\n', opts);
    expect(r.data).to.equal(null);
    expect(summary(r.issues)).to.deep.equal(['error csv[1] csv_missing_column']);
    expect(r.issues[0]!.message).to.deep.equal({
      id: 'Baris judul tidak memuat kolom wajib: status, kode_kegiatan atau bidang (pemisah terbaca: koma ",").',
      en: 'The header row lacks required columns: status, kode_kegiatan or bidang (separator read: comma ",").',
    });
  });

  it('refuses an empty file and reports a header-only file', () => {
    expect(kegiatanCsvToDataset('', opts)).to.deep.equal({
      data: null,
      issues: [{ path: 'csv', severity: 'error', code: 'csv_empty', message: { id: 'Berkas CSV kosong: tidak ada baris judul kolom.', en: 'The CSV file is empty: no header row.' } }],
      rows: [],
    });
    const r = kegiatanCsvToDataset('\ufeff' + HEAD + '\r\n;;;;;;;\r\n', { generatedAt: AT });
    expect(summary(r.issues)).to.deep.equal(['error csv csv_no_rows', 'warning csv csv_no_village_name']);
    expect(r.issues[0]!.message.en).to.equal('The CSV file holds only the header row, no activity rows.');
    expect(kegiatanOf(r)).to.deep.equal([]);
  });

  it('generates stable ids from year, code and name, never taking an id written in the sheet', () => {
    const text = [
      'id;tahun;kode_kegiatan;nama;status',
      ';2025;2.3.10;Rabat Beton Jalan Dusun Krajan (Tahap I);usulan',
      ';2025;2.3.10;Rabat beton jalan dusun krajan tahap i;usulan',
      'keg-2025-2-3-10-posyandu;2025;2.2.02;Ditulis;usulan',
      ';2025;2.3.10;Posyandu;usulan',
      ';2025;2.3.01;Pembangunan jembatan penghubung antardusun di atas sungai besar yang sangat panjang;usulan',
    ].join('\n');
    const r = kegiatanCsvToDataset(text, opts);
    const ids = kegiatanOf(r).map((x) => x.id);
    expect(ids).to.deep.equal([
      'keg-2025-2-3-10-rabat-beton-jalan-dusun-krajan-tahap-i',
      'keg-2025-2-3-10-rabat-beton-jalan-dusun-krajan-tahap-i-2',
      'keg-2025-2-3-10-posyandu',
      'keg-2025-2-3-10-posyandu-2',
      'keg-2025-2-3-01-pembangunan-jembatan-penghubung-antardusun-di',
    ]);
    expect(ids.every((id) => id.length <= 64)).to.equal(true);
    // The same sheet gives the same ids every time.
    expect(kegiatanOf(kegiatanCsvToDataset(text, opts)).map((x) => x.id)).to.deep.equal(ids);
  });

  it('reports an id written twice at its second row', () => {
    const r = kegiatanCsvToDataset('id;tahun;bidang;nama;status\nkeg-a;2025;2;A;usulan\nkeg-a;2025;2;B;usulan\n', opts);
    expect(summary(r.issues)).to.deep.equal(['error csv[3].id csv_duplicate_id', 'info csv csv_default_sumber_rencana']);
    expect(r.issues[0]!.message.en).to.equal('Row 3, column id: "keg-a" is already used in row 2');
    expect(r.rows).to.deep.equal([2]);
  });

  it('matches dusun against a given profile by name or id, and names the known hamlets when one is not there', async () => {
    const desa = (await loadExample()).desa;
    const text = 'tahun;bidang;nama;status;dusun\n2025;2;A;usulan;Dusun Ngasem\n2025;2;B;usulan;dsn-krajan\n2025;2;C;usulan;Ngasemm\n';
    const r = kegiatanCsvToDataset(text, { desa, generatedAt: AT });
    expect(kegiatanOf(r).map((x) => x.lokasi.dusunId)).to.deep.equal(['dsn-ngasem', 'dsn-krajan']);
    expect(r.data!.desa).to.equal(desa);
    expect(summary(r.issues)).to.deep.equal(['error csv[4].dusun csv_unknown_dusun', 'info csv csv_default_sumber_rencana']);
    expect(r.issues[0]!.message.id).to.equal('Baris 4, kolom dusun: "Ngasemm" tidak ada dalam daftar dusun desa (Krajan, Sidomulyo, Ngasem, Kedungwaru)');
  });

  it('needs the companion cell of a pair, and falls back to "lainnya" for an implementer without a type', () => {
    const r = kegiatanCsvToDataset(
      'tahun;bidang;nama;status;lintang;bujur;progres;progres_tanggal;sumber_dana;anggaran;pelaksana\n' +
        '2025;2;A;usulan;-7,35;;;;;;\n' +
        '2025;2;B;usulan;;;40;;;;\n' +
        '2025;2;C;usulan;;;;30/06/2025;add;;\n' +
        '2025;2;D;usulan;;;;;;;Pak Kadus\n',
      opts,
    );
    expect(summary(r.issues)).to.deep.equal([
      'error csv[2].bujur csv_required',
      'error csv[3].progres_tanggal csv_required',
      'error csv[4].anggaran csv_required',
      'warning csv[4].progres csv_date_without_amount',
      'warning csv[5].jenis_pelaksana csv_default_jenis_pelaksana',
      'info csv csv_default_sumber_rencana',
    ]);
    // A lone lintang or a progress without its date loses only that part; an anggaran-less sumber_dana loses the row.
    expect(kegiatanOf(r).map((x) => [x.nama, x.lokasi ?? null, x.progres ?? null, x.pelaksana ?? null])).to.deep.equal([
      ['A', null, null, null], ['B', null, null, null], ['D', null, null, { jenis: 'lainnya', nama: 'Pak Kadus' }],
    ]);
    expect(r.issues[1]!.message.id).to.equal(
      'Baris 3, kolom progres_tanggal: wajib diisi bila ada progres (tanggal pengukuran); progres tidak dicatat; kegiatan tetap diimpor');
    expect(r.rows).to.deep.equal([2, 3, 5]);
  });

  it('flags day-or-month dates in a sheet another cell shows to be month first, and reads a year written 2.025', () => {
    const r = kegiatanCsvToDataset(
      'tahun;bidang;nama;status;mulai;selesai\n' +
        '2025;2;A;usulan;9/30/2025;\n' +
        '2025;2;B;usulan;5/12/2025;13/12/2025\n' +
        '2025;2;C;usulan;3/3/2025;5/12/2025\n' +
        '2.025;2;D;usulan;3/3/2025;13/12/2025\n',
      opts,
    );
    expect(summary(r.issues)).to.deep.equal([
      'error csv[2].mulai csv_not_a_date',
      'error csv[3].mulai csv_ambiguous_date',
      'error csv[4].selesai csv_ambiguous_date',
      'info csv csv_default_sumber_rencana',
    ]);
    expect(r.issues[1]!.message.id).to.equal(
      'Baris 3, kolom mulai: "5/12/2025" bisa 2025-12-05 atau 2025-05-12: berkas ini memuat tanggal bulan-dulu gaya Amerika (baris 2, kolom mulai: "9/30/2025"); tulis tanggal sebagai tahun-bulan-hari; tanggal ini tidak dicatat; kegiatan tetap diimpor');
    // 3/3 and 13/12 read the same either way; a date that cannot be read leaves the kegiatan without it.
    expect(kegiatanOf(r).map((x) => [x.nama, x.tahun, x.jadwal ?? null])).to.deep.equal([
      ['A', 2025, null], ['B', 2025, { selesai: '2025-12-13' }], ['C', 2025, { mulai: '2025-03-03' }], ['D', 2025, { mulai: '2025-03-03', selesai: '2025-12-13' }],
    ]);
  });

  it('reads everyday words for status, sumber rencana and bidang, and refuses an ambiguous one with its choices', () => {
    const statuses = ['Sedang Berjalan', 'Dalam Proses', 'Proses', 'On Progress', 'Sudah Selesai', 'Ditunda', 'Batal', 'Rencana', 'Belum Dimulai', 'Entah'];
    const text = ['tahun;bidang;nama;status;sumber_rencana']
      .concat(statuses.map((s, i) => `2025;${i === 0 ? 'Bidang Penyelenggaraan Pemerintahan Desa' : 'BIDANG PELAKSANAAN PEMBANGUNAN DESA'};K${i};${s};${i % 2 ? 'Musrenbangdes' : 'RKP Desa'}`))
      .join('\n');
    const r = kegiatanCsvToDataset(text, opts);
    expect(summary(r.issues)).to.deep.equal(['error csv[10].status csv_ambiguous_choice', 'error csv[11].status csv_invalid_choice']);
    expect(r.issues[0]!.message.id).to.equal('Baris 10, kolom status: "Belum Dimulai" bisa berarti direncanakan atau dianggarkan; tulis salah satunya');
    expect(r.issues[1]!.message.en).to.equal(
      'Row 11, column status: "Entah" is not a known activity status; write one of: usulan, direncanakan, dianggarkan, berjalan, selesai, tertunda, dibatalkan');
    expect(kegiatanOf(r).map((k) => [k.status, k.bidang, k.sumberRencana])).to.deep.equal([
      ['berjalan', 1, 'rkpdes'], ['berjalan', 2, 'rkpdes'], ['berjalan', 2, 'rkpdes'], ['berjalan', 2, 'rkpdes'],
      ['selesai', 2, 'rkpdes'], ['tertunda', 2, 'rkpdes'], ['dibatalkan', 2, 'rkpdes'], ['direncanakan', 2, 'rkpdes'],
    ]);
  });

  it('reads a progres column of fractions ×100 with a warning, and names a lone fraction among percentages', () => {
    const head = 'tahun;bidang;nama;status;progres;progres_tanggal\n';
    const fractions = kegiatanCsvToDataset(`${head}2025;2;A;berjalan;0,75;30/06/2025\n2025;2;B;berjalan;1;30/06/2025\n2025;2;C;berjalan;0.355;30/06/2025\n`, opts);
    expect(summary(fractions.issues)).to.deep.equal(['warning csv csv_progres_fraction', 'info csv csv_default_sumber_rencana']);
    expect(fractions.issues[0]!.message.id).to.equal(
      'Kolom progres hanya berisi angka 0–1 (baris 2, 3, 4): dibaca sebagai pecahan, mis. 0,75 = 75 %. Bila memang di bawah 1 %, tulis dengan tanda % (0,75%).');
    expect(kegiatanOf(fractions).map((k) => k.progres[0].persenFisik)).to.deep.equal([75, 100, 35.5]);

    const mixed = kegiatanCsvToDataset(`${head}2025;2;A;berjalan;75;30/06/2025\n2025;2;B;berjalan;0,75;30/06/2025\n2025;2;C;berjalan;0,5%;30/06/2025\n`, opts);
    expect(summary(mixed.issues)).to.deep.equal(['warning csv csv_progres_fraction', 'info csv csv_default_sumber_rencana']);
    expect(mixed.issues[0]!.message.en).to.equal(
      'Progress in rows 3 is below 1 % with decimals, like a fraction (75 % written 0.75); read as written. Write 75 or 75% if 75 % is meant.');
    expect(kegiatanOf(mixed).map((k) => k.progres[0].persenFisik)).to.deep.equal([75, 0.75, 0.5]);
  });

  it('skips a JUMLAH row without kode and bidang with one note', () => {
    const r = kegiatanCsvToDataset('tahun;kode_kegiatan;nama;status;anggaran\n2025;2.3.10;Jalan;berjalan;250.000.000\n;;JUMLAH;;250.000.000\n', opts);
    expect(summary(r.issues)).to.deep.equal(['info csv csv_total_rows', 'info csv csv_default_sumber_rencana']);
    expect(kegiatanOf(r).map((k) => k.anggaran.total)).to.deep.equal([250_000_000]);
  });

  it('groups a date column no row can read into one error, and keeps apart a row that is left out anyway', () => {
    const lines = [HEAD];
    for (let i = 1; i <= 6; i++) lines.push(`2025;2.3.10;Kegiatan ${i};${i === 4 ? 'jalan terus' : 'berjalan'};rkpdes;;TW ${i};`);
    const r = kegiatanCsvToDataset(lines.join('\n'), opts);
    expect(r.issues).to.deep.equal([
      {
        path: 'csv.mulai', severity: 'error', code: 'csv_not_a_date',
        message: {
          id: 'Kolom mulai di 5 baris (baris 2, 3, 4 … dan 2 baris lain), mis. baris 2: "TW 1" bukan tanggal (tulis 2025-06-30 atau 30/06/2025); tanggal-tanggal itu tidak dicatat; kegiatannya tetap diimpor',
          en: 'Column mulai in 5 rows (rows 2, 3, 4 … and 2 more), e.g. row 2: "TW 1" is not a date (write 2025-06-30 or 30/06/2025); these dates are left out; the activities are still imported',
        },
      },
      {
        path: 'csv[5].status', severity: 'error', code: 'csv_invalid_choice',
        message: {
          id: 'Baris 5, kolom status: "jalan terus" bukan status kegiatan yang dikenal; tulis salah satu: usulan, direncanakan, dianggarkan, berjalan, selesai, tertunda, dibatalkan',
          en: 'Row 5, column status: "jalan terus" is not a known activity status; write one of: usulan, direncanakan, dianggarkan, berjalan, selesai, tertunda, dibatalkan',
        },
      },
      {
        // Row 5 is not imported (its status), so its date message does not say the activity is.
        path: 'csv[5].mulai', severity: 'error', code: 'csv_not_a_date',
        message: { id: 'Baris 5, kolom mulai: "TW 4" bukan tanggal (tulis 2025-06-30 atau 30/06/2025)', en: 'Row 5, column mulai: "TW 4" is not a date (write 2025-06-30 or 30/06/2025)' },
      },
    ]);
    expect(r.rows).to.deep.equal([2, 3, 4, 6, 7]);
    expect(kegiatanOf(r).map((k) => [k.nama, k.jadwal ?? null])).to.deep.equal([
      ['Kegiatan 1', null], ['Kegiatan 2', null], ['Kegiatan 3', null], ['Kegiatan 5', null], ['Kegiatan 6', null],
    ]);
  });

  it('groups a warning repeated on every row (a pelaksana without its type) the same way', () => {
    const text = ['tahun;bidang;nama;status;sumber_rencana;pelaksana']
      .concat([1, 2, 3, 4].map((i) => `2025;2;K${i};usulan;rkpdes;Pak Kadus ${i}`)).join('\n');
    const r = kegiatanCsvToDataset(text, opts);
    expect(r.issues.map((i) => `${i.severity} ${i.path} ${i.code} ${i.message.id}`)).to.deep.equal([
      'warning csv.jenis_pelaksana csv_default_jenis_pelaksana Kolom jenis_pelaksana di 4 baris (baris 2, 3, 4, 5): kosong; pelaksana dicatat sebagai jenis "lainnya"',
    ]);
    expect(kegiatanOf(r).map((k) => k.pelaksana.jenis)).to.deep.equal(['lainnya', 'lainnya', 'lainnya', 'lainnya']);
  });

  it('keeps hostile cells as plain strings', () => {
    const xss = '<img src=x onerror="window.__kpmXss=1">';
    const r = kegiatanCsvToDataset(`${HEAD}\n2025;2.3.10;"${xss.replace(/"/g, '""')}";usulan;;;;`, opts);
    expect(kegiatanOf(r)[0]!.nama).to.equal(xss);
  });

  it('reads a 2,000-row file completely, in order, with unique ids', () => {
    const lines = [HEAD];
    for (let i = 0; i < 2000; i++) lines.push(`2025;2.3.10;Kegiatan ${i % 50};berjalan;apbdes;${(i + 1) * 1000};01/0${1 + (i % 9)}/2025;`);
    const started = performance.now();
    const r = importKegiatanCsv(lines.join('\r\n'), opts);
    const elapsed = performance.now() - started;
    expect(summary(r.issues)).to.deep.equal([]);
    expect(r.ok).to.equal(true);
    const k = r.data!.kegiatan!;
    expect(k.length).to.equal(2000);
    expect(new Set(k.map((x) => x.id)).size).to.equal(2000);
    expect(k[1999]!.anggaran!.total).to.equal(2_000_000);
    expect(k.reduce((s, x) => s + x.anggaran!.total, 0)).to.equal(2_001_000_000);
    expect(elapsed, `${elapsed.toFixed(0)} ms`).to.be.below(3000);
  });
});

describe('schema/import: importKegiatanCsv', () => {
  it('turns the shipped template into the example village’s kegiatan, field for field', async () => {
    const bytes = await (await fetch('/examples/templates/kegiatan-template.csv')).arrayBuffer();
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text.split('\r\n')[0]).to.equal(`\ufeff${KEGIATAN_CSV_COLUMNS.join(';')}`);
    const example = await loadExample();
    for (const options of [opts, { desa: example.desa, generatedAt: AT }]) {
      const r = importKegiatanCsv(text, options);
      expect(r.issues).to.deep.equal([]);
      expect(r.ok).to.equal(true);
      // What the template carries: everything but the links, logs, durations and geometry.
      const carried = (k: any) => {
        const { dokumenIds: _d, usulanIds: _u, mitraIds: _m, progres, lokasi, jadwal, pelaksana, ...rest } = k;
        const last = progres?.at(-1);
        const { geometri: _g, ...place } = lokasi ?? {};
        return {
          ...rest,
          ...(lokasi ? { lokasi: place } : {}),
          ...(jadwal ? { jadwal: { mulai: jadwal.mulai, selesai: jadwal.selesai } } : {}),
          ...(pelaksana ? { pelaksana: { jenis: pelaksana.jenis, ...(pelaksana.nama ? { nama: pelaksana.nama } : {}) } } : {}),
          ...(last ? { progres: [{ tanggal: last.tanggal, persenFisik: last.persenFisik }] } : {}),
        };
      };
      expect(r.data!.kegiatan!.map(carried)).to.deep.equal(example.kegiatan.map(carried));
      expect(r.data!.kegiatan!.length).to.equal(16);
      expect(r.data!.desa.dusun!.map((d) => d.id).sort()).to.deep.equal(['dsn-kedungwaru', 'dsn-krajan', 'dsn-ngasem', 'dsn-sidomulyo']);
    }
  });

  it('reports the broken fixture’s issues at their exact rows, CSV and validation alike', async () => {
    const text = await (await fetch('/test/fixtures/kegiatan/bad-rows.csv')).text();
    const r = importKegiatanCsv(text, opts);
    expect(r.ok).to.equal(false);
    expect(summary(r.issues)).to.deep.equal([
      'error csv[3].status csv_invalid_choice',
      'error csv[4].anggaran csv_fraction',
      'error csv[5].mulai csv_not_a_date',
      'error csv[6].nama csv_required',
      'error csv[7].sumber_dana csv_invalid_sumber_dana',
      'error csv[7].progres_tanggal csv_required',
      'error csv[9].kode_kegiatan csv_invalid_kode_kegiatan',
      'info csv csv_default_sumber_rencana',
      'error kegiatan[3].progres[0].persenFisik too_big',
    ]);
    // Row 11 is the fourth kegiatan kept (rows 2, 5, 10, 11), and its validation message says so.
    const last = r.issues.at(-1)!;
    expect(last.message.id.startsWith('Baris CSV 11: ')).to.equal(true);
    expect(last.message.en.startsWith('CSV row 11: ')).to.equal(true);
    // Sound kegiatan are kept (row 5 without its impossible start date); the one over 100 % is not.
    expect(r.data!.kegiatan!.map((k) => [k.id, k.kodeKegiatan, k.anggaran?.total])).to.deep.equal([
      ['keg-2025-2-3-10-rabat-beton-jalan-krajan', '2.3.10', 440_000_000],
      ['keg-2025-3-4-04-pelatihan-kpm', '3.4.04', 25_000_000],
      ['keg-2026-4-2-03-lumbung-pangan', '4.2.03', 30_000_000],
    ]);
  });

  it('names the CSV row in a schema rule’s message (a sub-bidang that does not exist)', () => {
    const r = importKegiatanCsv([HEAD, '2025;2.3.10;Baik;usulan;apbdes;;;', '2025;2.9.01;Salah sub bidang;usulan;apbdes;;;'].join('\n'), opts);
    expect(r.ok).to.equal(false);
    const bad = r.issues.filter((i) => i.path.startsWith('kegiatan[1]'));
    expect(bad.map((i) => i.code)).to.include('kode_kegiatan_bidang');
    for (const i of bad) {
      expect(i.message.id.startsWith('Baris CSV 3: '), i.message.id).to.equal(true);
      expect(i.message.en.startsWith('CSV row 3: '), i.message.en).to.equal(true);
    }
  });

  it('returns no data when the file cannot be read at all', () => {
    const r = importKegiatanCsv('nothing useful\n', opts);
    expect(r).to.deep.include({ ok: false, data: null });
    expect(summary(r.issues)).to.deep.equal(['warning csv[1].nothing useful csv_unknown_column', 'error csv[1] csv_missing_column']);
  });
});
