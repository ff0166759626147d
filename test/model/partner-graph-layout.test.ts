import { expect } from '@open-wc/testing';
import type { KpmDesaDataset } from '../../src/schema/index.js';
import { layoutPartnerGraph } from '../../src/model/partner-graph-layout.js';
import { buildPartnerNetwork } from '../../src/model/partner-network.js';
import { loadExample } from './helpers.js';

/** A synthetic network of `orgs` organisations and `links` role links, built from a fixed sequence. */
function synthetic(orgs: number, links: number): KpmDesaDataset {
  const organisasi = Array.from({ length: orgs }, (_, i) => ({ id: `o${i}`, nama: `Organisasi ${i}`, jenis: 'lainnya' }));
  const kemitraan = Array.from({ length: Math.ceil(links / 4) }, (_, i) => ({
    id: `k${i}`, judul: `Kemitraan ${i}`, status: 'aktif', periode: { mulai: '2025-01-01' },
    lokasi: [{ kodeWilayah: '33.99.01.2001' }],
    nilai: { jumlah: ((i * 7919) % 100) * 1_000_000, mataUang: 'IDR' },
    peran: [0, 1, 2, 3].map((j) => ({ organisasiId: `o${(i * 37 + j * 101) % orgs}`, peran: 'pelaksana' })),
  }));
  return { desa: { kodeWilayah: '33.99.01.2001' }, organisasi, kemitraan } as unknown as KpmDesaDataset;
}

describe('model/partner-graph-layout', () => {
  it('places the example in two columns with one edge per organisation and partnership', async () => {
    const layout = layoutPartnerGraph(buildPartnerNetwork([await loadExample()]), { width: 600, rowHeight: 40 });
    expect([layout.width, layout.height]).to.deep.equal([600, 400]);
    const orgs = layout.nodes.filter((n) => n.kind === 'org');
    const parts = layout.nodes.filter((n) => n.kind === 'kemitraan');
    expect([orgs.length, parts.length]).to.deep.equal([9, 6]);
    expect(new Set(orgs.map((n) => n.x))).to.deep.equal(new Set([210]));
    expect(new Set(parts.map((n) => n.x))).to.deep.equal(new Set([390]));
    expect(orgs.map((n) => n.y)).to.deep.equal([40, 80, 120, 160, 200, 240, 280, 320, 360]);
    expect(parts.map((n) => n.y)).to.deep.equal([50, 110, 170, 230, 290, 350]);
    // 22 role links; the university's two roles in one partnership, and PDBN's two in another, share an edge.
    expect(layout.edges.length).to.equal(20);
    const univ = layout.edges.find((e) => e.orgKey === '0:org-univ-contoh')!;
    expect(univ.peran).to.deep.equal(['pendamping', 'pelaksana']);
    // Pemerintah Desa Sukamaju takes part in all six, so it is the biggest organisation node.
    const pemdes = orgs.find((n) => n.key === '0:org-pemdes-sukamaju')!;
    expect(pemdes.r).to.equal(12);
    expect(parts.find((n) => n.key === '0:kemitraan-spam-antar-desa')!.r).to.equal(14);
    expect(parts.find((n) => n.key === '0:kemitraan-sid-2025')!.r).to.equal(4);
  });

  it('draws the same data the same way every time (500 organisations, 2 000 links)', () => {
    const data = synthetic(500, 2000);
    const a = layoutPartnerGraph(buildPartnerNetwork([data]), { width: 800 });
    const b = layoutPartnerGraph(buildPartnerNetwork([structuredClone(data)]), { width: 800 });
    expect(a.edges.length).to.equal(2000);
    expect(a.nodes.length).to.equal(1000);
    expect(b).to.deep.equal(a);
  });

  it('an empty network is one empty row', () => {
    expect(layoutPartnerGraph({ orgs: [], partnerships: [] }, { width: 300, rowHeight: 20 })).to.deep.equal({
      width: 300, height: 40, nodes: [], edges: [],
    });
  });
});
