import { expect } from '@open-wc/testing';
import type { KpmDesaDataset } from '../../src/schema/index.js';
import { buildPartnerNetwork } from '../../src/model/partner-network.js';
import { geometryAnchor, mapPlaces } from '../../src/model/partner-points.js';
import { loadExample } from './helpers.js';

describe('model/partner-points', () => {
  it('the example has 8 partnership locations and 3 offices with coordinates', async () => {
    const data = await loadExample();
    const places = mapPlaces(buildPartnerNetwork([data]), [data]);
    expect(places.filter((p) => p.kind === 'lokasi').length).to.equal(8);
    expect(places.filter((p) => p.kind === 'kantor').map((p) => p.key)).to.deep.equal([
      '0:org-pemdes-sukamaju#kantor', '0:org-bumdes-sukamaju#kantor', '0:org-pemdes-sukamulya#kantor',
    ]);
    expect(places[0]).to.deep.equal({
      kind: 'lokasi', key: '0:kemitraan-wash-2025#0', position: [110.126, -7.358],
      partnershipKey: '0:kemitraan-wash-2025', keterangan: undefined, approximate: false,
    });
  });

  it('falls back to the geometry anchor, then to the own village point (approximate), else leaves it off the map', () => {
    const data = {
      desa: { kodeWilayah: '33.99.01.2001', koordinat: { lat: -7.35, lng: 110.12 } },
      organisasi: [],
      kemitraan: [{
        id: 'k', judul: 'k', status: 'aktif', periode: { mulai: '2025-01-01' }, peran: [],
        lokasi: [
          { kodeWilayah: '33.99.01.2001', geometri: { type: 'LineString', coordinates: [[110, -7], [110.2, -7.2]] } },
          { kodeWilayah: '33.99.01.2001' },
          { kodeWilayah: '33.99.01.2005' },
        ],
      }],
    } as unknown as KpmDesaDataset;
    const places = mapPlaces(buildPartnerNetwork([data]), [data]);
    expect(places.map((p) => [p.key, p.position, p.kind === 'lokasi' && p.approximate])).to.deep.equal([
      ['0:k#0', [110.1, -7.1], false],
      ['0:k#1', [110.12, -7.35], true],
    ]);
    expect(geometryAnchor({ type: 'Polygon', coordinates: [[[0, 0], [2, 0], [2, 2], [0, 2]]] })).to.deep.equal([1, 1]);
    expect(geometryAnchor({ type: 'MultiPoint', coordinates: [] })).to.equal(null);
  });
});
