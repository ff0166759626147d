import { expect } from '@open-wc/testing';
import { latestSnapshotDate, realisasiAsOf, snapshotDates, sumLines } from '../../src/model/index.js';
import { apbdesById, budget, line, loadExample, snaps } from './helpers.js';

describe('model/realisasi', () => {
  const l = line('5.2.2', 1_000_000, {
    kodeKegiatan: '1.4.01',
    // deliberately out of date order: the latest snapshot wins, not the last listed
    realisasi: snaps(['2025-12-31', 900_000], ['2025-03-31', 100_000], ['2025-06-30', 400_000]),
  });

  it('takes the latest cumulative snapshot by default', () => {
    expect(realisasiAsOf(l)).to.equal(900_000);
  });

  it('takes the latest snapshot on or before asOf, never a sum', () => {
    expect(realisasiAsOf(l, '2025-06-30')).to.equal(400_000);
    expect(realisasiAsOf(l, '2025-09-30')).to.equal(400_000);
    expect(realisasiAsOf(l, '2025-03-31')).to.equal(100_000);
  });

  it('is 0 before the first snapshot and for a line without realisation', () => {
    expect(realisasiAsOf(l, '2025-03-30')).to.equal(0);
    expect(realisasiAsOf(line('5.2.2', 5))).to.equal(0);
    expect(realisasiAsOf(line('5.2.2', 5, { realisasi: [] }))).to.equal(0);
  });

  it('lets the later-listed of two snapshots on one date win (a correction)', () => {
    const c = line('4.1.1', 10, { realisasi: snaps(['2025-06-30', 7], ['2025-06-30', 5]) });
    expect(realisasiAsOf(c)).to.equal(5);
  });

  it('lists snapshot dates sorted and unique', () => {
    const a = budget([l, line('4.2.1', 1, { realisasi: snaps(['2025-06-30', 1], ['2025-01-15', 0]) })]);
    expect(snapshotDates(a)).to.deep.equal(['2025-01-15', '2025-03-31', '2025-06-30', '2025-12-31']);
    expect(latestSnapshotDate(a)).to.equal('2025-12-31');
    expect(latestSnapshotDate(budget([line('4.2.1', 1)]))).to.equal(undefined);
  });

  it('reads the example: 2024 has two snapshots, 2025 one', async () => {
    const data = await loadExample();
    expect(snapshotDates(apbdesById(data, 'apbdes-2024-murni'))).to.deep.equal(['2024-06-30', '2024-12-31']);
    expect(snapshotDates(apbdesById(data, 'apbdes-2025-murni'))).to.deep.equal(['2025-06-30']);
  });

  it('sums lines exactly in integer rupiah', () => {
    const f = sumLines([line('4.2.1', 985_420_000, { realisasi: snaps(['2025-06-30', 394_168_000]) }), line('4.2.3', 612_350_000)]);
    expect(f).to.deep.equal({ anggaran: 1_597_770_000, realisasi: 394_168_000, persen: 394_168_000 / 1_597_770_000 });
  });

  it('stays exact at the money limit of 1e13 per line', () => {
    const big = Array.from({ length: 100 }, () => line('5.3.5', 10_000_000_000_000, { kodeKegiatan: '2.3.10' }));
    expect(sumLines(big).anggaran).to.equal(1e15);
    expect(Number.isSafeInteger(sumLines(big).anggaran)).to.equal(true);
  });
});
