import { expect } from '@open-wc/testing';
import { csvBlob, toCsv } from '../../src/core/csv.js';

describe('core/csv', () => {
  it('writes a BOM, semicolons, CRLF, integers without separators and a decimal comma', () => {
    expect(toCsv([['Uraian', 'Anggaran'], ['Dana Desa', 985420000], ['Persen', 30.5]])).to.equal(
      '\ufeffUraian;Anggaran\r\nDana Desa;985420000\r\nPersen;30,5\r\n',
    );
  });

  it('quotes separators, quotes and line breaks, and leaves empty cells empty', () => {
    expect(toCsv([['a;b', 'say "hi"', 'x\ny', null, undefined, Number.NaN]])).to.equal(
      '\ufeff"a;b";"say ""hi""";"x\ny";;;\r\n',
    );
  });

  it('defuses cells Excel would run as formulas', () => {
    expect(toCsv([['=HYPERLINK("x")', '+1', '-Rp', '@a', 'ok']])).to.equal(
      '\ufeff"\'=HYPERLINK(""x"")";\'+1;\'-Rp;\'@a;ok\r\n',
    );
  });

  it('keeps negative numbers as numbers', () => {
    expect(toCsv([[-124200000, -0.5]])).to.equal('\ufeff-124200000;-0,5\r\n');
  });

  it('makes a UTF-8 text/csv Blob that starts with the BOM bytes', async () => {
    const blob = csvBlob([['Rp', 1]]);
    expect(blob.type).to.equal('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
  });
});
