import { expect } from '@open-wc/testing';
import { filterKegiatan, groupKegiatan, kegiatanYears, searchKey } from '../../src/model/timeline-filter.js';
import type { Kegiatan } from '../../src/schema/index.js';
import { loadExample } from './helpers.js';

const ids = (list: Kegiatan[]) => list.map((k) => k.id);

describe('model/timeline-filter', () => {
  it('filters by year, bidang, status, dusun and words, AND across filters, OR inside one', async () => {
    const all = (await loadExample()).kegiatan!;
    expect(filterKegiatan(all, {}).length).to.equal(16);
    expect(filterKegiatan(all, { year: 2025 }).length).to.equal(8);
    expect(filterKegiatan(all, { year: 2024 }).length).to.equal(5);
    expect(ids(filterKegiatan(all, { year: 2025, bidang: [1, 5] }))).to.deep.equal(['keg-2025-sid', 'keg-2025-blt-dd']);
    expect(ids(filterKegiatan(all, { status: ['tertunda', 'dibatalkan'] }))).to.deep.equal(['keg-2024-drainase-krajan', 'keg-2024-sid']);
    expect(ids(filterKegiatan(all, { dusun: ['dsn-ngasem'], year: 2025 }))).to.deep.equal([
      'keg-2025-sanitasi-ngasem', 'keg-2025-pelatihan-perempuan',
    ]);
    // a kegiatan without a dusun (BLT for the whole village) is out once a dusun is asked for
    expect(ids(filterKegiatan(all, { dusun: ['dsn-krajan', 'dsn-sidomulyo', 'dsn-ngasem', 'dsn-kedungwaru'] }))).not.to.include('keg-2025-blt-dd');
    expect(ids(filterKegiatan(all, { q: '  JALAN  sidomulyo ' }))).to.deep.equal(['keg-2025-jalan-sidomulyo']);
    expect(filterKegiatan(all, { q: 'tidak-ada-kata-ini' })).to.deep.equal([]);
  });

  it('searches without case or diacritics', () => {
    expect(searchKey('Pémbangunan JALAN')).to.equal('pembangunan jalan');
    const k = { id: 'a', nama: 'Rehab Posyandu Café', bidang: 2, tahun: 2025, status: 'usulan', sumberRencana: 'lainnya' } as Kegiatan;
    expect(filterKegiatan([k], { q: 'cafe' }).length).to.equal(1);
    expect(filterKegiatan([k], { q: 'posyandu kantor' }).length).to.equal(0);
  });

  it('groups in natural order and sorts each group by start date', async () => {
    const all = (await loadExample()).kegiatan!;
    const byStatus = groupKegiatan(all, 'status');
    expect(byStatus.map((g) => [g.key, g.items.length])).to.deep.equal([
      ['usulan', 1], ['direncanakan', 2], ['dianggarkan', 1], ['berjalan', 5], ['selesai', 5], ['tertunda', 1], ['dibatalkan', 1],
    ]);
    const byBidang = groupKegiatan(filterKegiatan(all, { year: 2025 }), 'bidang');
    expect(byBidang.map((g) => g.key)).to.deep.equal([1, 2, 3, 4, 5]);
    expect(ids(byBidang[1]!.items)).to.deep.equal([
      'keg-2025-jalan-sidomulyo', 'keg-2025-saluran-krajan', 'keg-2025-sanitasi-ngasem', 'keg-2025-air-bersih-krajan',
    ]);
    expect(groupKegiatan(all, 'tahun').map((g) => [g.key, g.items.length])).to.deep.equal([[2024, 5], [2025, 8], [2026, 3]]);
    expect(groupKegiatan([], 'bidang')).to.deep.equal([]);
    expect(kegiatanYears(all)).to.deep.equal([2024, 2025, 2026]);
  });
});
