import { expect } from '@open-wc/testing';
import type { KpmDesaDataset } from '../../src/schema/index.js';
import { buildPartnerNetwork, compareNames } from '../../src/model/partner-network.js';
import { loadExample } from './helpers.js';

function village(kode: string, organisasi: unknown[], kemitraan: unknown[]): KpmDesaDataset {
  return { desa: { kodeWilayah: kode, nama: kode }, organisasi, kemitraan } as unknown as KpmDesaDataset;
}
const k = (id: string, orgs: [string, string][]) => ({
  id, judul: id, status: 'aktif', periode: { mulai: '2025-01-01' },
  lokasi: [{ kodeWilayah: '33.99.01.2001' }],
  peran: orgs.map(([organisasiId, peran]) => ({ organisasiId, peran })),
});

describe('model/partner-network', () => {
  it('orders names alphabetically with numbers by value', () => {
    expect(['Pos 10', 'pos 2', 'Pos 1', 'BUMDes Maju', 'Ábadi'].sort(compareNames)).to.deep.equal(['Ábadi', 'BUMDes Maju', 'Pos 1', 'pos 2', 'Pos 10']);
  });

  it('the example: 9 organisations, 6 partnerships, keys local to dataset 0, repeated roles kept once each', async () => {
    const net = buildPartnerNetwork([await loadExample()]);
    expect(net.orgs.length).to.equal(9);
    expect(net.partnerships.length).to.equal(6);
    expect(net.orgs[0].key).to.equal('0:org-pemdes-sukamaju');
    const sid = net.partnerships.find((p) => p.key === '0:kemitraan-sid-2025')!;
    expect(sid.roles).to.deep.equal([
      { orgKey: '0:org-univ-contoh', peran: 'pendamping' },
      { orgKey: '0:org-univ-contoh', peran: 'pelaksana' },
      { orgKey: '0:org-pemdes-sukamaju', peran: 'penanggung_jawab' },
    ]);
  });

  it('merges across datasets by identifier (ignoring spaces and case), then by exact name', () => {
    const a = village('33.99.01.2001', [
      { id: 'ngo', nama: 'Yayasan A', jenis: 'yayasan', identifiers: [{ skema: 'AHU', id: 'AHU-1' }] },
      { id: 'pemkab', nama: 'DPMD Contoh', jenis: 'pemerintah_daerah' },
    ], [k('k1', [['ngo', 'pendana'], ['pemkab', 'pendamping']])]);
    const b = village('33.99.01.2002', [
      { id: 'x1', nama: 'Yayasan A (cabang)', jenis: 'yayasan', identifiers: [{ skema: 'AHU', id: ' ahu-1 ' }] },
      { id: 'x2', nama: 'DPMD Contoh', jenis: 'pemerintah_daerah', kantor: { koordinat: { lat: -7, lng: 110 } } },
    ], [k('k1', [['x1', 'pelaksana'], ['x2', 'pendana']])]);
    const net = buildPartnerNetwork([a, b]);
    expect(net.orgs.map((o) => [o.key, o.nama, o.records.length])).to.deep.equal([
      ['0:ngo', 'Yayasan A', 2],
      ['0:pemkab', 'DPMD Contoh', 2],
    ]);
    expect(net.orgs[1].koordinat).to.deep.equal({ lat: -7, lng: 110 });
    expect(net.partnerships.map((p) => p.key)).to.deep.equal(['0:k1', '1:k1']);
    expect(net.partnerships[1].roles).to.deep.equal([
      { orgKey: '0:ngo', peran: 'pelaksana' },
      { orgKey: '0:pemkab', peran: 'pendana' },
    ]);
  });

  it('never merges by id alone, nor by name when an identifier of the same scheme disagrees', () => {
    const a = village('33.99.01.2001', [
      { id: 'org-1', nama: 'Koperasi Maju', jenis: 'lainnya', identifiers: [{ skema: 'NPWP', id: '01' }] },
    ], [k('k', [['org-1', 'pelaksana']])]);
    const b = village('33.99.01.2002', [
      { id: 'org-1', nama: 'Kelompok Tani Subur', jenis: 'lainnya' },
      { id: 'org-2', nama: 'Koperasi Maju', jenis: 'lainnya', identifiers: [{ skema: 'NPWP', id: '02' }] },
      { id: 'org-3', nama: 'Koperasi Maju', jenis: 'lainnya', identifiers: [{ skema: 'AHU', id: '9' }] },
    ], []);
    const net = buildPartnerNetwork([a, b]);
    expect(net.orgs.map((o) => o.key)).to.deep.equal(['0:org-1', '1:org-1', '1:org-2']);
    expect(net.orgs[0].records).to.deep.equal([{ dataset: 0, id: 'org-1' }, { dataset: 1, id: 'org-3' }]);
  });

  it('merges a village’s own BPD, BUM Desa or LKD by name only within one village', () => {
    const a = village('33.99.01.2001', [
      { id: 'kt', nama: 'Karang Taruna', jenis: 'lkd' },
      { id: 'bpd', nama: 'BPD', jenis: 'bpd' },
      { id: 'tetangga', nama: 'BUM Desa Maju', jenis: 'bumdes', kantor: { kodeWilayah: '33.99.01.2002' } },
      { id: 'dinas', nama: 'Dinas PMD', jenis: 'pemerintah_daerah' },
    ], []);
    const b = village('33.99.01.2002', [
      { id: 'kt', nama: 'Karang Taruna', jenis: 'lkd' },
      { id: 'bpd', nama: 'BPD', jenis: 'bpd' },
      { id: 'bumdes', nama: 'BUM Desa Maju', jenis: 'bumdes' },
      { id: 'dinas', nama: 'Dinas PMD', jenis: 'pemerintah_daerah' },
    ], []);
    const sameVillageLater = village('33.99.01.2001', [{ id: 'kt-2026', nama: 'Karang Taruna', jenis: 'lkd' }], []);
    const net = buildPartnerNetwork([a, b, sameVillageLater]);
    expect(net.orgs.map((o) => [o.key, o.records.map((r) => `${r.dataset}:${r.id}`).join(' ')])).to.deep.equal([
      ['0:kt', '0:kt 2:kt-2026'],
      ['0:bpd', '0:bpd'],
      ['0:tetangga', '0:tetangga 1:bumdes'],
      ['0:dinas', '0:dinas 1:dinas'],
      ['1:kt', '1:kt'],
      ['1:bpd', '1:bpd'],
    ]);
  });

  it('drops role links to organisations the dataset does not have, keeps the partnership', () => {
    const net = buildPartnerNetwork([village('33.99.01.2001', [], [k('k', [['hilang', 'pendana']])])]);
    expect(net.partnerships.map((p) => p.roles.length)).to.deep.equal([0]);
    expect(buildPartnerNetwork([])).to.deep.equal({ orgs: [], partnerships: [] });
  });
});
