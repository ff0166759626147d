import { expect } from '@open-wc/testing';
import { addMonths, dayNumber, endOfDuration, isoOfDay, startOfDuration } from '../../src/model/timeline-dates.js';
import { axisTicks, barLayout, kegiatanSpan, timeWindow, todayX, xOf, yearLabelStep } from '../../src/model/timeline-layout.js';
import { loadExample } from './helpers.js';

const y2025 = timeWindow({ zoom: 'year', firstYear: 2025, lastYear: 2025 });

describe('model/timeline-dates', () => {
  it('counts whole UTC days and months', () => {
    expect(dayNumber('1970-01-02')).to.equal(1);
    expect(dayNumber('2025-01-01')).to.equal(20089);
    expect(isoOfDay(20089 + 364)).to.equal('2025-12-31');
    expect(addMonths('2025-11-15', 3)).to.equal('2026-02-01');
    expect(addMonths('2025-01-31', -1)).to.equal('2024-12-01');
  });

  it('turns a durasi into an inclusive end (and back)', () => {
    expect(endOfDuration('2024-05-06', 19, 'minggu')).to.equal('2024-09-15');
    expect(endOfDuration('2025-03-01', 1, 'hari')).to.equal('2025-03-01');
    expect(endOfDuration('2025-01-31', 1, 'bulan')).to.equal('2025-03-02');
    expect(endOfDuration('2025-04-01', 3, 'bulan')).to.equal('2025-06-30');
    expect(endOfDuration('2025-01-01', 1, 'tahun')).to.equal('2025-12-31');
    expect(startOfDuration('2025-06-30', 3, 'bulan')).to.equal('2025-04-01');
    expect(startOfDuration('2025-03-10', 10, 'hari')).to.equal('2025-03-01');
    expect(startOfDuration('2024-09-15', 19, 'minggu')).to.equal('2024-05-06');
  });
});

describe('model/timeline-layout', () => {
  it('takes the span from jadwal, exact when both dates are given', async () => {
    const k = (await loadExample()).kegiatan!.find((x) => x.id === 'keg-2025-jalan-sidomulyo')!;
    expect(kegiatanSpan(k)).to.deep.equal({ mulai: '2025-04-14', selesai: '2025-08-30', approximate: false });
  });

  it('falls back to durasi, then to the fiscal year, and flags the result approximate', () => {
    expect(kegiatanSpan({ tahun: 2026 })).to.deep.equal({ mulai: '2026-01-01', selesai: '2026-12-31', approximate: true });
    expect(kegiatanSpan({ tahun: 2025, jadwal: { mulai: '2025-03-01' } })).to.deep.equal({
      mulai: '2025-03-01', selesai: '2025-12-31', approximate: true,
    });
    expect(kegiatanSpan({ tahun: 2025, jadwal: { selesai: '2025-05-31' } })).to.deep.equal({
      mulai: '2025-01-01', selesai: '2025-05-31', approximate: true,
    });
    expect(kegiatanSpan({ tahun: 2025, jadwal: { mulai: '2025-04-01', durasi: { jumlah: 3, satuan: 'bulan' } } })).to.deep.equal({
      mulai: '2025-04-01', selesai: '2025-06-30', approximate: true,
    });
    expect(kegiatanSpan({ tahun: 2025, jadwal: { selesai: '2025-03-10', durasi: { jumlah: 10, satuan: 'hari' } } })).to.deep.equal({
      mulai: '2025-03-01', selesai: '2025-03-10', approximate: true,
    });
    // reversed dates are put in order, not drawn as a negative bar
    expect(kegiatanSpan({ tahun: 2025, jadwal: { mulai: '2025-09-01', selesai: '2025-02-01' } })).to.deep.equal({
      mulai: '2025-02-01', selesai: '2025-09-01', approximate: false,
    });
    // a start after the fiscal year with no end keeps a one-day bar rather than a reversed one
    expect(kegiatanSpan({ tahun: 2025, jadwal: { mulai: '2026-02-01' } })).to.deep.equal({
      mulai: '2026-02-01', selesai: '2026-02-01', approximate: true,
    });
  });

  it('windows: a year, several years, a quarter and a month, with pan', () => {
    expect(y2025).to.deep.equal({ start: '2025-01-01', end: '2025-12-31', days: 365 });
    expect(timeWindow({ zoom: 'year', firstYear: 2024, lastYear: 2026 })).to.deep.equal({ start: '2024-01-01', end: '2026-12-31', days: 1096 });
    expect(timeWindow({ zoom: 'year', firstYear: 2025, lastYear: 2025, pan: -1 })).to.deep.equal({ start: '2024-01-01', end: '2024-12-31', days: 366 });
    expect(timeWindow({ zoom: 'quarter', firstYear: 2025, lastYear: 2025, anchor: '2025-08-17' })).to.deep.equal({
      start: '2025-07-01', end: '2025-09-30', days: 92,
    });
    expect(timeWindow({ zoom: 'quarter', firstYear: 2025, lastYear: 2025, anchor: '2025-08-17', pan: 2 })).to.deep.equal({
      start: '2026-01-01', end: '2026-03-31', days: 90,
    });
    // an anchor outside the years opens on the first year's start
    expect(timeWindow({ zoom: 'month', firstYear: 2024, lastYear: 2024, anchor: '2025-08-17' })).to.deep.equal({
      start: '2024-01-01', end: '2024-01-31', days: 31,
    });
    expect(timeWindow({ zoom: 'month', firstYear: 2024, lastYear: 2025, anchor: '2025-08-17', pan: -8 })).to.deep.equal({
      start: '2024-12-01', end: '2024-12-31', days: 31,
    });
  });

  it('places bars by day: width 365 over 2025 puts each day at its day-of-year', () => {
    expect(xOf('2025-01-01', y2025, 365)).to.equal(0);
    expect(xOf('2025-04-14', y2025, 365)).to.equal(103);
    const bar = barLayout({ mulai: '2025-04-14', selesai: '2025-08-30', approximate: false }, y2025, 365, 88);
    // 14 Apr is day 103, 30 Aug ends at day 242: 139 days, 88 % of them filled
    expect(bar).to.deep.equal({ x: 103, width: 139, fill: 122.32, before: false, after: false, visible: true });
    const one = barLayout({ mulai: '2025-12-31', selesai: '2025-12-31', approximate: false }, y2025, 1000);
    expect(one.x).to.be.closeTo((364 / 365) * 1000, 1e-9);
    expect(one.width).to.be.closeTo(1000 / 365, 1e-9);
    expect(one.fill).to.equal(0);
  });

  it('clips bars to the window and says on which side they run on', () => {
    const q3 = timeWindow({ zoom: 'quarter', firstYear: 2025, lastYear: 2025, anchor: '2025-07-01' });
    const bar = barLayout({ mulai: '2025-04-14', selesai: '2025-08-30', approximate: false }, q3, 92, 50);
    // the full bar spans x −78 … 61; half of 139 days ends at x −8.5, before the window
    expect(bar).to.deep.equal({ x: 0, width: 61, fill: 0, before: true, after: false, visible: true });
    const full = barLayout({ mulai: '2025-04-14', selesai: '2025-08-30', approximate: false }, q3, 92, 100);
    expect(full.fill).to.equal(61);
    const gone = barLayout({ mulai: '2024-01-01', selesai: '2024-03-01', approximate: false }, y2025, 365);
    expect(gone).to.deep.equal({ x: 0, width: 0, fill: 0, before: true, after: false, visible: false });
    const rpjm = barLayout({ mulai: '2024-01-01', selesai: '2031-12-31', approximate: false }, y2025, 365);
    expect(rpjm).to.deep.equal({ x: 0, width: 365, fill: 0, before: true, after: true, visible: true });
  });

  it('puts the today line in the middle of its day, or nowhere outside the window', () => {
    expect(todayX('2025-01-01', y2025, 365)).to.equal(0.5);
    expect(todayX('2025-10-06', y2025, 365)).to.equal(278.5);
    expect(todayX('2026-01-01', y2025, 365)).to.equal(null);
    expect(todayX('2024-12-31', y2025, 365)).to.equal(null);
  });

  it('ticks months in a year, quarters over three years, weeks in a month', () => {
    const months = axisTicks(y2025, 'year', 365);
    expect(months.map((t) => t.x)).to.deep.equal([0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]);
    expect(months.filter((t) => t.yearStart).map((t) => t.iso)).to.deep.equal(['2025-01-01']);
    const three = axisTicks(timeWindow({ zoom: 'year', firstYear: 2024, lastYear: 2026 }), 'year', 1096);
    expect(three.length).to.equal(12);
    expect(three.slice(0, 5).map((t) => [t.iso, t.x])).to.deep.equal([
      ['2024-01-01', 0], ['2024-04-01', 91], ['2024-07-01', 182], ['2024-10-01', 274], ['2025-01-01', 366],
    ]);
    const feb = axisTicks(timeWindow({ zoom: 'month', firstYear: 2025, lastYear: 2025, anchor: '2025-02-10' }), 'month', 28);
    expect(feb.map((t) => [t.iso, t.x])).to.deep.equal([['2025-02-01', 0], ['2025-02-08', 7], ['2025-02-15', 14], ['2025-02-22', 21]]);
  });

  it('thins year labels to every 2nd, 5th, 10th … year so they stay a label apart', () => {
    const days = (first: number, last: number) => timeWindow({ zoom: 'year', firstYear: first, lastYear: last }).days;
    // 2016–2031 (5844 days): a year is 365 × 300 / 5844 ≈ 18.7 px of a 300 px track
    expect(yearLabelStep(days(2016, 2031), 300, 34)).to.equal(2);
    expect(yearLabelStep(days(2016, 2031), 300, 18)).to.equal(1);
    expect(yearLabelStep(days(2016, 2031), 300, 38)).to.equal(5);
    expect(yearLabelStep(days(2016, 2031), 1000, 34)).to.equal(1);
    // 2000–2100 (36890 days) on 800 px: a year ≈ 7.9 px, so 34 px needs every 5th year
    expect(yearLabelStep(days(2000, 2100), 800, 34)).to.equal(5);
    expect(yearLabelStep(days(2000, 2100), 300, 34)).to.equal(20);
    expect(yearLabelStep(days(2000, 2100), 100, 34)).to.equal(50);
    // exactly a label apart is enough: 365 days on 40 px, a 40 px label
    expect(yearLabelStep(365, 40, 40)).to.equal(1);
    expect(yearLabelStep(365, 40, 40.01)).to.equal(2);
    // nothing fits: the largest step; nothing measured yet: every year
    expect(yearLabelStep(days(2000, 2100), 10, 34)).to.equal(100);
    expect(yearLabelStep(days(2000, 2100), 0, 34)).to.equal(1);
    expect(yearLabelStep(0, 300, 34)).to.equal(1);
  });
});
