import { expect } from '@open-wc/testing';
import { filterNetwork, filterOptions, partnerSummary, partnershipsOf, runsInYear } from '../../src/model/partner-filter.js';
import { buildPartnerNetwork } from '../../src/model/partner-network.js';
import { loadExample } from './helpers.js';

const ids = (net: { partnerships: { kemitraan: { id: string } }[] }) => net.partnerships.map((p) => p.kemitraan.id);

describe('model/partner-filter', () => {
  it('summarises the example: 9 partners, 6 partnerships, 3 active, CWPI the largest funder', async () => {
    const s = partnerSummary(buildPartnerNetwork([await loadExample()]));
    expect([s.orgCount, s.partnershipCount, s.activeCount, s.totalNilai]).to.deep.equal([9, 6, 3, 575_000_000]);
    expect([s.topFunder!.org.nama, s.topFunder!.jumlah]).to.deep.equal(['Clean Water Partners International', 420_000_000]);
  });

  it('filters by role, organisation type on the same link, status, bidang, theme and year', async () => {
    const net = buildPartnerNetwork([await loadExample()]);
    expect(ids(filterNetwork(net, { peran: ['pendana'], jenis: ['swasta'] }))).to.deep.equal([
      'kemitraan-wash-2025', 'kemitraan-bank-sampah-2024', 'kemitraan-ekonomi-perempuan-2026',
    ]);
    expect(ids(filterNetwork(net, { peran: ['pelaksana'], jenis: ['pemerintah_daerah'] }))).to.deep.equal([]);
    expect(ids(filterNetwork(net, { status: ['dihentikan'] }))).to.deep.equal(['kemitraan-bumdes-2024']);
    expect(ids(filterNetwork(net, { bidang: [4] }))).to.deep.equal(['kemitraan-bumdes-2024', 'kemitraan-ekonomi-perempuan-2026']);
    expect(ids(filterNetwork(net, { tema: 'air bersih' }))).to.deep.equal(['kemitraan-wash-2025', 'kemitraan-spam-antar-desa']);
    expect(ids(filterNetwork(net, { tahun: 2024 }))).to.deep.equal(['kemitraan-bank-sampah-2024', 'kemitraan-bumdes-2024']);
    const water = filterNetwork(net, { tema: 'air bersih', status: ['aktif'] });
    expect(water.orgs.length).to.equal(7);
    expect(partnerSummary(filterNetwork(net, { tahun: 2026 })).partnershipCount).to.equal(3);
    // Values of one field are alternatives; an empty list does not filter.
    expect(ids(filterNetwork(net, { status: ['dihentikan', 'direncanakan'] }))).to.deep.equal(['kemitraan-bumdes-2024', 'kemitraan-ekonomi-perempuan-2026']);
    expect(ids(filterNetwork(net, { bidang: [1, 3] }))).to.deep.equal(['kemitraan-wash-2025', 'kemitraan-sid-2025']);
    expect(ids(filterNetwork(net, { peran: ['pengelola_dana', 'penerima_manfaat'] }))).to.deep.equal(['kemitraan-bumdes-2024', 'kemitraan-spam-antar-desa']);
    expect(filterNetwork(net, { status: [], peran: [] }).partnerships.length).to.equal(6);
  });

  it('offers only values present in the data', async () => {
    const o = filterOptions(buildPartnerNetwork([await loadExample()]));
    expect(o.peran).to.have.members(['pendana', 'penanggung_jawab', 'pengelola_dana', 'pelaksana', 'pendamping', 'penerima_manfaat']);
    expect(o.status).to.have.members(['aktif', 'selesai', 'dihentikan', 'direncanakan']);
    expect(o.bidang).to.deep.equal([1, 2, 3, 4]);
    expect(o.tahun).to.deep.equal([2024, 2025, 2026, 2027]);
    expect(o.jenis.length).to.equal(8);
    expect(o.tema[0]).to.equal('air bersih');
  });

  it('reads a period entered backwards between its two dates, in the filter and its year list', async () => {
    const k = { periode: { mulai: '2026-03-01', selesai: '2024-02-01' } } as never;
    expect([2023, 2024, 2025, 2026, 2027].map((y) => runsInYear(k, y))).to.deep.equal([false, true, true, true, false]);
    const data = await loadExample();
    data.kemitraan = [{ ...data.kemitraan![0]!, periode: { mulai: '2031-01-01', selesai: '2029-12-31' } }];
    expect(filterOptions(buildPartnerNetwork([data])).tahun).to.deep.equal([2029, 2030, 2031]);
  });

  it('an open-ended period runs on; partnershipsOf lists an organisation’s partnerships', async () => {
    const k = { periode: { mulai: '2023-05-01' } } as never;
    expect([runsInYear(k, 2022), runsInYear(k, 2023), runsInYear(k, 2090)]).to.deep.equal([false, true, true]);
    const net = buildPartnerNetwork([await loadExample()]);
    expect(partnershipsOf(net, '0:org-csr-agro').length).to.equal(3);
    expect(partnershipsOf(net, '0:org-pemdes-sukamaju').length).to.equal(6);
  });
});
