import { expect } from '@open-wc/testing';
import { planningLane, planningYears, pointsBetween } from '../../src/model/timeline-milestones.js';
import { traceKegiatan } from '../../src/model/timeline-trace.js';
import type { DokumenPerencanaan, Forum } from '../../src/schema/index.js';
import { loadExample } from './helpers.js';

describe('model/timeline-milestones', () => {
  it('puts the example forums and dated documents on the lane, by date, and the RPJMDes as an 8-year band', async () => {
    const data = await loadExample();
    const lane = planningLane(data);
    expect(lane.points.length).to.equal(11 + 9);
    expect(lane.points.slice(0, 3).map((m) => [m.source, m.id, m.tanggal])).to.deep.equal([
      ['dokumen', 'apbdes-2024', '2023-12-28'],
      ['dokumen', 'rpjmdes-2024-2031', '2024-03-15'],
      ['forum', 'musdus-2024-sidomulyo', '2024-06-08'],
    ]);
    expect(lane.points.filter((m) => m.outsideSeason)).to.deep.equal([]);
    expect(lane.periods.map((p) => [p.id, p.mulai, p.selesai, p.years])).to.deep.equal([
      ['rpjmdes-2024-2031', '2024-01-01', '2031-12-31', 8],
    ]);
    expect(pointsBetween(lane, '2025-09-01', '2025-09-30').map((m) => m.id)).to.deep.equal([
      'musrenbangdes-2025', 'apbdes-perubahan-2025', 'du-rkpdes-2026', 'rkpdes-2026',
    ]);
  });

  it('flags a musrenbangdes outside July–September, accepts a 6-year RPJMDes and skips undated documents', () => {
    const forum = [
      { id: 'm1', jenis: 'musrenbangdes', tanggal: '2025-10-02' },
      { id: 'm2', jenis: 'musrenbangdes', tanggal: '2025-07-01' },
      { id: 'm3', jenis: 'musdes', tanggal: '2025-01-15' },
    ] as Forum[];
    const dokumenPerencanaan = [
      { id: 'r', jenis: 'rpjmdes', periode: { tahunMulai: 2020, tahunSelesai: 2025 } },
      { id: 'k', jenis: 'rkpdes', tahun: 2026 },
    ] as DokumenPerencanaan[];
    const lane = planningLane({ forum, dokumenPerencanaan });
    expect(lane.points.map((m) => [m.id, m.outsideSeason])).to.deep.equal([['m3', false], ['m2', false], ['m1', true]]);
    expect(lane.periods.map((p) => [p.tahunMulai, p.tahunSelesai, p.years])).to.deep.equal([[2020, 2025, 6]]);
    expect(planningLane({})).to.deep.equal({ points: [], periods: [] });
  });

  it('lists the years the lane covers: the year of each marker and every year of an RPJMDes band', () => {
    const forum = [
      { id: 'm1', jenis: 'musrenbangdes', tanggal: '2031-08-02' },
      { id: 'm2', jenis: 'musdes', tanggal: '2025-01-15' },
      { id: 'm3', jenis: 'musdes', tanggal: '2025-11-15' },
    ] as Forum[];
    const dokumenPerencanaan = [
      { id: 'r', jenis: 'rpjmdes', tanggalPenetapan: '2019-12-20', periode: { tahunMulai: 2020, tahunSelesai: 2025 } },
      { id: 'k', jenis: 'rkpdes', tahun: 2026 },
    ] as DokumenPerencanaan[];
    expect(planningYears(planningLane({ forum, dokumenPerencanaan }))).to.deep.equal([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2031]);
    expect(planningYears(planningLane({ forum: forum.slice(1) }))).to.deep.equal([2025]);
    expect(planningYears(planningLane({}))).to.deep.equal([]);
  });
});

describe('model/timeline-trace', () => {
  it('traces the Sidomulyo road to its usulan, documents and the perubahan line that funds it', async () => {
    const data = await loadExample();
    const k = data.kegiatan!.find((x) => x.id === 'keg-2025-jalan-sidomulyo')!;
    const t = traceKegiatan(data, k);
    expect(t.usulan.map((u) => u.id)).to.deep.equal(['usl-2024-017']);
    expect(t.dokumen.map((d) => d.id)).to.deep.equal(['rpjmdes-2024-2031', 'rkpdes-2025', 'apbdes-2025']);
    expect(t.funding.map((f) => [f.apbdes.id, f.line.kodeRekening, f.line.anggaran, f.realisasi])).to.deep.equal([
      ['apbdes-2025-perubahan', '5.3.5', 440_000_000, 176_000_000],
    ]);
    expect(t.realisasi).to.equal(176_000_000);
  });

  it('finds usulan that point at the kegiatan, prefers its own realisation, and has null with nothing to go on', async () => {
    const data = await loadExample();
    const olahan = data.kegiatan!.find((x) => x.id === 'keg-2026-olahan-pangan')!;
    const t = traceKegiatan(data, { ...olahan, usulanIds: [] });
    expect(t.usulan.map((u) => u.id)).to.deep.equal(['usl-2025-044']);
    expect(t.funding).to.deep.equal([]);
    expect(t.realisasi).to.equal(null);
    const jalan = data.kegiatan!.find((x) => x.id === 'keg-2025-jalan-sidomulyo')!;
    const own = traceKegiatan(data, {
      ...jalan,
      realisasiAnggaran: [{ sampaiTanggal: '2025-03-31', jumlah: 1 }, { sampaiTanggal: '2025-09-30', jumlah: 300_000_000 }],
    });
    expect(own.realisasi).to.equal(300_000_000);
  });
});
