import { expect } from '@open-wc/testing';
import { detectSeparator, parseCsv } from '../../src/schema/import/csv.js';
import { parseAmount, parseRupiah, parseTanggal } from '../../src/schema/import/cell-values.js';

const cells = (text: string) => parseCsv(text).records.map((r) => r.cells);

describe('schema/import/csv: parseCsv', () => {
  it('splits an Indonesian Excel export: BOM, `;`, CRLF', () => {
    const t = parseCsv('\ufeffa;b;c\r\n1;2,5;3\r\n');
    expect(t.separator).to.equal(';');
    expect(t.records).to.deep.equal([
      { row: 1, cells: ['a', 'b', 'c'] },
      { row: 2, cells: ['1', '2,5', '3'] },
    ]);
    expect(t.unterminatedQuote).to.equal(false);
  });
  it('detects `,` from the header and keeps quoted commas, quotes and line breaks in one cell', () => {
    const t = parseCsv('kode,uraian,anggaran\n4.1.1,"Hasil Usaha, Desa ""BUMDes""","1.000,00"\n5.2.1,"baris\nkedua",5\n');
    expect(t.separator).to.equal(',');
    expect(t.records.map((r) => r.cells)).to.deep.equal([
      ['kode', 'uraian', 'anggaran'],
      ['4.1.1', 'Hasil Usaha, Desa "BUMDes"', '1.000,00'],
      ['5.2.1', 'baris\nkedua', '5'],
    ]);
    // A line break inside a cell does not start a spreadsheet row.
    expect(t.records.map((r) => r.row)).to.deep.equal([1, 2, 3]);
  });
  it('honours Excel’s `sep=` line and does not count it: Excel hides it, so the header is row 1', () => {
    const t = parseCsv('sep=,\r\na;b,c\r\n1;2,3');
    expect(t.separator).to.equal(',');
    expect(t.records).to.deep.equal([
      { row: 1, cells: ['a;b', 'c'] },
      { row: 2, cells: ['1;2', '3'] },
    ]);
    // After a byte-order mark too, as Excel's own "CSV UTF-8" file starts.
    expect(parseCsv('\ufeffsep=;\na;b\n1;2').records.map((r) => r.row)).to.deep.equal([1, 2]);
  });
  it('reads old-Mac CR line ends, a last line without a line end, and empty cells', () => {
    expect(cells('a;b\r1;\r;2')).to.deep.equal([['a', 'b'], ['1', ''], ['', '2']]);
  });
  it('reads tab-separated text pasted from a sheet', () => {
    expect(parseCsv('a\tb\n1\t2').separator).to.equal('\t');
    expect(cells('a\tb\n1\t2')).to.deep.equal([['a', 'b'], ['1', '2']]);
  });
  it('flags a quote left open and keeps the rest as one cell', () => {
    const t = parseCsv('a;b\n"open;x\ny;z');
    expect(t.unterminatedQuote).to.equal(true);
    expect(t.records[1]!.cells).to.deep.equal(['open;x\ny;z']);
  });
  it('keeps markup and formula-looking cells as plain text', () => {
    expect(cells('a;b\n<img src=x onerror=alert(1)>;=HYPERLINK("x")')[1]).to.deep.equal([
      '<img src=x onerror=alert(1)>',
      '=HYPERLINK("x")',
    ]);
  });
  it('returns no records for empty text', () => {
    expect(parseCsv('').records).to.deep.equal([]);
    expect(parseCsv('\ufeff').records).to.deep.equal([]);
  });
  it('detectSeparator ignores separators inside quotes and prefers `;` on a tie', () => {
    expect(detectSeparator('"a;b;c",d,e\n')).to.equal(',');
    expect(detectSeparator('a;b,c\n')).to.equal(';');
    // A title line with no separator says nothing; the header below it decides.
    expect(detectSeparator('PEMERINTAH DESA SUKAMAJU\r\ntahun,uraian\n')).to.equal(',');
    expect(detectSeparator('single\n')).to.equal(';');
  });
});

describe('schema/import/cell-values', () => {
  const ok = (value: unknown) => ({ ok: true, value });
  const bad = (reason: string) => ({ ok: false, reason });
  it('parseRupiah reads Indonesian, plain and English forms', () => {
    expect(parseRupiah('1.250.000.000')).to.deep.equal(ok(1_250_000_000));
    expect(parseRupiah('1.250.000.000,00')).to.deep.equal(ok(1_250_000_000));
    expect(parseRupiah('Rp 1.250.000.000,-')).to.deep.equal(ok(1_250_000_000));
    expect(parseRupiah('Rp1.250.000')).to.deep.equal(ok(1_250_000));
    expect(parseRupiah('1250000000')).to.deep.equal(ok(1_250_000_000));
    expect(parseRupiah('1\u00a0250\u00a0000')).to.deep.equal(ok(1_250_000));
    expect(parseRupiah('1,250,000,000.00')).to.deep.equal(ok(1_250_000_000));
    expect(parseRupiah('1,250,000')).to.deep.equal(ok(1_250_000));
    expect(parseRupiah('1.250')).to.deep.equal(ok(1250));
    expect(parseRupiah('0')).to.deep.equal(ok(0));
    expect(parseRupiah('-0')).to.deep.equal(ok(0));
    expect(parseRupiah('IDR 1,250,000')).to.deep.equal(ok(1_250_000));
    expect(parseRupiah('Rp. 1.250.000,00')).to.deep.equal(ok(1_250_000));
    // Excel's accounting format writes zero as a dash
    expect(parseRupiah('-')).to.deep.equal(ok(0));
    expect(parseRupiah(' Rp  -   ')).to.deep.equal(ok(0));
  });
  it('parseRupiah refuses sen, negatives and garbage with a reason', () => {
    expect(parseRupiah('1.250.000,50')).to.deep.equal(bad('fraction'));
    expect(parseRupiah('1,5')).to.deep.equal(bad('fraction'));
    expect(parseRupiah('0,750')).to.deep.equal(bad('fraction'));
    expect(parseRupiah('12.5')).to.deep.equal(bad('fraction'));
    expect(parseRupiah('-5.000')).to.deep.equal(bad('negative'));
    expect(parseRupiah('(5.000)')).to.deep.equal(bad('negative'));
    expect(parseRupiah('12.50.000')).to.deep.equal(bad('not_a_number'));
    expect(parseRupiah('satu juta')).to.deep.equal(bad('not_a_number'));
    expect(parseRupiah('1e9')).to.deep.equal(bad('scientific'));
    expect(parseRupiah('')).to.deep.equal(bad('not_a_number'));
    expect(parseRupiah('99999999999999999999')).to.deep.equal(bad('not_a_number'));
  });
  it('parseRupiah reads one English thousands comma as grouping, and refuses 1.000,000 as ambiguous', () => {
    expect(parseRupiah('750,000')).to.deep.equal(ok(750_000));
    expect(parseRupiah('Rp 750,000')).to.deep.equal(ok(750_000));
    expect(parseRupiah('12,000')).to.deep.equal(ok(12_000));
    expect(parseRupiah('2,500')).to.deep.equal(ok(2500));
    expect(parseRupiah('12,000,000')).to.deep.equal(ok(12_000_000));
    // Indonesian decimals are still decimals
    expect(parseRupiah('1.250.000,00')).to.deep.equal(ok(1_250_000));
    expect(parseRupiah('1.250.000,5')).to.deep.equal(bad('fraction'));
    expect(parseRupiah('12,50')).to.deep.equal(bad('fraction'));
    expect(parseRupiah('1.000,000')).to.deep.equal(bad('ambiguous_decimal'));
    expect(parseRupiah('1,000.000')).to.deep.equal(bad('ambiguous_decimal'));
  });
  it('parseRupiah and parseAmount refuse Excel’s E+ notation and text apostrophe with their own reasons', () => {
    expect(parseRupiah('9,8542E+08')).to.deep.equal(bad('scientific'));
    expect(parseRupiah('1.25E+08')).to.deep.equal(bad('scientific'));
    expect(parseRupiah("'45000000")).to.deep.equal(bad('text_marker'));
    expect(parseAmount('1,5E+03')).to.deep.equal(bad('scientific'));
    expect(parseAmount("'12")).to.deep.equal(bad('text_marker'));
  });
  it('parseAmount reads volumes with a decimal comma or point', () => {
    expect(parseAmount('650')).to.deep.equal(ok(650));
    expect(parseAmount('1,5')).to.deep.equal(ok(1.5));
    expect(parseAmount('1.5')).to.deep.equal(ok(1.5));
    expect(parseAmount('1.200')).to.deep.equal(ok(1200));
    expect(parseAmount('1.200,75')).to.deep.equal(ok(1200.75));
    // A leading 0 is never a thousands group
    expect(parseAmount('0.355')).to.deep.equal(ok(0.355));
    expect(parseAmount('banyak')).to.deep.equal(bad('not_a_number'));
  });
  it('parseTanggal reads ISO and day-first dates and refuses impossible ones', () => {
    expect(parseTanggal('2025-06-30')).to.deep.equal(ok('2025-06-30'));
    expect(parseTanggal('30/06/2025')).to.deep.equal(ok('2025-06-30'));
    expect(parseTanggal('1-7-2025')).to.deep.equal(ok('2025-07-01'));
    expect(parseTanggal('31.12.2024')).to.deep.equal(ok('2024-12-31'));
    expect(parseTanggal('29/02/2024')).to.deep.equal(ok('2024-02-29'));
    expect(parseTanggal('29/02/2025')).to.deep.equal(bad('not_a_date'));
    expect(parseTanggal('06/31/2025')).to.deep.equal(bad('not_a_date'));
    expect(parseTanggal('Juni 2025')).to.deep.equal(bad('not_a_date'));
  });
  it('parseTanggal ignores a time of day and reads an Excel date serial', () => {
    expect(parseTanggal('2025-06-30 00:00:00')).to.deep.equal(ok('2025-06-30'));
    expect(parseTanggal('30/06/2025 0:00')).to.deep.equal(ok('2025-06-30'));
    expect(parseTanggal('2025-06-30T00:00:00')).to.deep.equal(ok('2025-06-30'));
    expect(parseTanggal('45838')).to.deep.equal(ok('2025-06-30'));
    expect(parseTanggal('45658')).to.deep.equal(ok('2025-01-01'));
    expect(parseTanggal('2025')).to.deep.equal(bad('not_a_date'));
    expect(parseTanggal('19999')).to.deep.equal(bad('not_a_date'));
    expect(parseTanggal('80001')).to.deep.equal(bad('not_a_date'));
    expect(parseTanggal('30/06/2025 25')).to.deep.equal(bad('not_a_date'));
  });
  it('parseTanggal reads slashed ISO dates and dates written out in Indonesian or English', () => {
    expect(parseTanggal('2025/06/30')).to.deep.equal(ok('2025-06-30'));
    expect(parseTanggal('30 Juni 2025')).to.deep.equal(ok('2025-06-30'));
    expect(parseTanggal('1 agt 2025')).to.deep.equal(ok('2025-08-01'));
    expect(parseTanggal('31-Dec-2024')).to.deep.equal(ok('2024-12-31'));
    expect(parseTanggal('5 Pebruari 2025')).to.deep.equal(ok('2025-02-05'));
    expect(parseTanggal('30 Februari 2025')).to.deep.equal(bad('not_a_date'));
    expect(parseTanggal('30 Juno 2025')).to.deep.equal(bad('not_a_date'));
  });
});
