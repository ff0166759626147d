import { expect } from '@open-wc/testing';
import {
  formatDate,
  formatList,
  formatMonthYear,
  formatNumber,
  formatPercent,
  formatRupiah,
  formatRupiahCompact,
  formatRupiahWords,
} from '../../src/core/format.js';

// ICU versions differ in the space after "Rp" (NBSP or narrow NBSP): compare normalised.
const n = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('core/format', () => {
  it('writes full Rupiah amounts with dots and no decimals', () => {
    expect(n(formatRupiah(1250000000))).to.equal('Rp 1.250.000.000');
    expect(n(formatRupiah(0))).to.equal('Rp 0');
    expect(n(formatRupiah(795350000, 'id'))).to.equal('Rp 795.350.000');
  });
  it('writes negative amounts with a minus sign', () => {
    expect(n(formatRupiah(-5000000))).to.equal('-Rp 5.000.000');
  });
  it('writes compact chart labels with two decimals at most', () => {
    expect(n(formatRupiahCompact(1250000000))).to.equal('Rp 1,25 M');
    expect(n(formatRupiahCompact(987654321))).to.equal('Rp 987,65 jt');
    expect(n(formatRupiahCompact(750000))).to.equal('Rp 750 rb');
  });
  it('spells amounts out for screen readers', () => {
    expect(formatRupiahWords(1250000000)).to.equal('1,25 miliar rupiah');
    expect(formatRupiahWords(1250000000, 'en')).to.equal('1.25 billion rupiah');
  });
  it('writes English amounts with English separators', () => {
    expect(n(formatRupiah(1250000000, 'en'))).to.match(/^IDR 1,250,000,000$/);
  });
  it('writes percentages as Intl does, with one decimal and no space', () => {
    expect(formatPercent(0.784)).to.equal('78,4%');
    expect(formatPercent(0.8734)).to.equal('87,3%');
    expect(formatPercent(0.375, 'en')).to.equal('37.5%');
    expect(formatPercent(1)).to.equal('100%');
  });
  it('prints a dash, never NaN%, for a share of nothing', () => {
    expect(formatPercent(null)).to.equal('–');
    expect(formatPercent(Number.NaN)).to.equal('–');
    expect(formatPercent(Number.POSITIVE_INFINITY)).to.equal('–');
  });
  it('writes plain numbers with Indonesian separators', () => {
    expect(formatNumber(1234567.891)).to.equal('1.234.567,89');
    expect(formatNumber(6.8, 'en')).to.equal('6.8');
  });
  it('writes dates in words without a time-zone shift', () => {
    expect(formatDate('2025-06-30')).to.equal('30 Juni 2025');
    expect(formatDate('2025-01-01')).to.equal('1 Januari 2025');
    expect(formatDate('2025-06-30', 'en')).to.equal('30 June 2025');
    expect(formatDate('2024-08-17', 'id', 'medium')).to.equal('17 Agu 2024');
    expect(formatMonthYear('2025-12-31')).to.equal('Desember 2025');
  });
  it('returns unparseable dates unchanged rather than "Invalid Date"', () => {
    expect(formatDate('kemarin')).to.equal('kemarin');
  });
  it('joins lists in prose', () => {
    expect(formatList(['Dana Desa', 'ADD', 'PADes'])).to.equal('Dana Desa, ADD, dan PADes');
    expect(formatList(['a', 'b'], 'en')).to.equal('a and b');
  });
});
