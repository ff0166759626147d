import { expect } from '@open-wc/testing';
import { isCalendarDate, SAFE_URL_PATTERN } from '../../src/schema/entities/common.js';
import { describeFound } from '../../src/schema/messages.js';
import { closestField } from '../../src/schema/unknown-fields.js';
import { parsePath, pathComparer } from '../../src/schema/path-order.js';

describe('schema helpers', () => {
  it('isCalendarDate knows month lengths and leap years', () => {
    expect(isCalendarDate(2025, 2, 28)).to.equal(true);
    expect(isCalendarDate(2025, 2, 29)).to.equal(false);
    expect(isCalendarDate(2024, 2, 29)).to.equal(true);
    expect(isCalendarDate(2100, 2, 29)).to.equal(false);
    expect(isCalendarDate(2025, 4, 31)).to.equal(false);
    expect(isCalendarDate(2025, 13, 1)).to.equal(false);
    expect(isCalendarDate(2025, 12, 31)).to.equal(true);
  });

  it('SAFE_URL_PATTERN allows http(s), mailto and tel only', () => {
    const ok = ['https://desa.id/a.pdf', 'HTTP://desa.id', 'mailto:pemdes@desa.id', 'tel:+62293555'];
    const bad = ['javascript:alert(1)', 'JavaScript:alert(1)', 'data:text/html,x', ' https://desa.id', 'https://', 'ftp://x', '//desa.id', 'https://desa .id'];
    expect(ok.filter((u) => !SAFE_URL_PATTERN.test(u))).to.deep.equal([]);
    expect(bad.filter((u) => SAFE_URL_PATTERN.test(u))).to.deep.equal([]);
  });

  it('describeFound shows values, sizes of containers, and truncates at 40 characters', () => {
    expect(describeFound('abc')).to.deep.equal({ id: '"abc"', en: '"abc"' });
    expect(describeFound('x'.repeat(41)).en).to.equal(`"${'x'.repeat(39)}…"`);
    expect(describeFound('a\nb').en).to.equal('"a b"');
    expect(describeFound([1, 2])).to.deep.equal({ id: 'daftar berisi 2 item', en: 'a list of 2 items' });
    expect(describeFound({ a: 1 })).to.deep.equal({ id: 'sebuah objek', en: 'an object' });
    expect(describeFound(undefined)).to.deep.equal({ id: 'kosong', en: 'nothing' });
    expect(describeFound(-1.5)).to.deep.equal({ id: '-1.5', en: '-1.5' });
  });

  it('closestField suggests only near misses', () => {
    const known = ['anggaran', 'anggaranSemula', 'uraian', 'kodeRekening'];
    expect(closestField('anggran', known)).to.equal('anggaran');
    expect(closestField('Uraian', known)).to.equal('uraian');
    expect(closestField('koderekening', known)).to.equal('kodeRekening');
    expect(closestField('nik', known)).to.equal(undefined);
    expect(closestField('foo', known)).to.equal(undefined);
  });

  it('parsePath reads the DATA-MODEL path form', () => {
    expect(parsePath('apbdes[0].baris[13].anggaran')).to.deep.equal(['apbdes', 0, 'baris', 13, 'anggaran']);
    expect(parsePath('desa')).to.deep.equal(['desa']);
    expect(parsePath('')).to.deep.equal([]);
  });

  it('pathComparer orders by position in the document, parents first', () => {
    const doc = { desa: { nama: 'x', kodeWilayah: 'y' }, apbdes: [{ baris: [{}, {}] }, {}] };
    const compare = pathComparer(doc);
    const paths = ['apbdes[1]', 'apbdes[0].baris[1]', 'desa.kodeWilayah', 'apbdes[0]', 'desa.nama', 'desa.missing', 'apbdes[0].baris[0].x']
      .map(parsePath);
    const sorted = [...paths].sort(compare).map((p) => p.join('/'));
    expect(sorted).to.deep.equal([
      'desa/missing',
      'desa/nama',
      'desa/kodeWilayah',
      'apbdes/0',
      'apbdes/0/baris/0/x',
      'apbdes/0/baris/1',
      'apbdes/1',
    ]);
  });
});
