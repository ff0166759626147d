import { expect } from '@open-wc/testing';
import { belanjaHierarchy, belanjaPerJenis, siltapShare, type BelanjaNode } from '../../src/model/index.js';
import { BIDANG, KODE_REKENING, SUB_BIDANG } from '../../src/schema/codes/index.js';
import { apbdesById, budget, line, loadExample, snaps } from './helpers.js';

const figures = (nodes: BelanjaNode[]) => nodes.map((n) => [n.kode, n.anggaran]);

describe('model/apbdes-bidang: belanjaHierarchy', () => {
  it('pins belanja per bidang of the 2025 murni', async () => {
    const root = belanjaHierarchy(apbdesById(await loadExample(), 'apbdes-2025-murni'));
    expect(root.level).to.equal('belanja');
    expect(root.label).to.deep.equal(KODE_REKENING['5']);
    expect(root).to.deep.include({ anggaran: 2_120_000_000, realisasi: 795_350_000 });
    expect(figures(root.children)).to.deep.equal([
      ['1', 722_880_000],
      ['2', 989_200_000],
      ['3', 67_500_000],
      ['4', 210_000_000],
      ['5', 130_420_000],
    ]);
    expect(root.children.map((b) => b.label)).to.deep.equal([1, 2, 3, 4, 5].map((b) => BIDANG[b]));
  });

  it('pins bidang 2 of the perubahan with its realisation', async () => {
    const root = belanjaHierarchy(apbdesById(await loadExample(), 'apbdes-2025-perubahan'));
    const bidang2 = root.children[1];
    expect(bidang2).to.deep.include({ level: 'bidang', kode: '2', anggaran: 1_032_200_000, realisasi: 314_950_000 });
    expect(bidang2.persen).to.be.closeTo(0.305, 0.0005);
  });

  it('drills down bidang → sub-bidang → kegiatan → line in code order', async () => {
    const root = belanjaHierarchy(apbdesById(await loadExample(), 'apbdes-2025-murni'));
    const bidang2 = root.children[1];
    expect(figures(bidang2.children)).to.deep.equal([
      ['2.1', 54_000_000],
      ['2.2', 136_000_000],
      ['2.3', 549_200_000],
      ['2.4', 250_000_000],
    ]);
    expect(bidang2.children[2].label).to.deep.equal(SUB_BIDANG['2.3']);
    const sub23 = bidang2.children[2];
    expect(sub23.children.map((k) => k.kode)).to.deep.equal(['2.3.10', '2.3.14']);
    const jalan = sub23.children[0];
    expect(jalan.level).to.equal('kegiatan');
    expect(jalan.label.id).to.equal('Pembangunan/Rehabilitasi/Peningkatan/Pengerasan Jalan Desa');
    expect(jalan).to.deep.include({ anggaran: 440_000_000, realisasi: 176_000_000, persen: 0.4 });
    const [baris] = jalan.children;
    expect(baris).to.deep.include({ level: 'baris', kode: '5.3.5', anggaran: 440_000_000 });
    expect(baris.baris?.kegiatanId).to.equal('keg-2025-jalan-sidomulyo');
    expect(baris.children).to.deep.equal([]);
  });

  it('names a kegiatan by namaKegiatan, else its one uraian, else the reference list, else its code', () => {
    const root = belanjaHierarchy(
      budget([
        line('5.2.1', 10, { kodeKegiatan: '2.2.02', uraian: 'Makanan tambahan', namaKegiatan: 'Posyandu Melati' }),
        line('5.2.2', 20, { kodeKegiatan: '2.2.02', uraian: 'Honor kader' }),
        line('5.3.5', 30, { kodeKegiatan: '2.3.10', uraian: 'Semen' }),
        line('5.2.1', 40, { kodeKegiatan: '2.3.10', uraian: 'Upah' }),
        line('5.2.1', 50, { kodeKegiatan: '2.3.99', uraian: 'Satu' }),
        line('5.2.2', 60, { kodeKegiatan: '2.3.98', uraian: 'A' }),
        line('5.2.1', 70, { kodeKegiatan: '2.3.98', uraian: 'B' }),
      ]),
    );
    const [sub22, sub23] = root.children[0].children;
    expect(sub22.children[0].label.id).to.equal('Posyandu Melati');
    expect(sub23.children.map((k) => [k.kode, k.label.id])).to.deep.equal([
      ['2.3.10', 'Pembangunan/Rehabilitasi/Peningkatan/Pengerasan Jalan Desa'],
      ['2.3.98', '2.3.98'],
      ['2.3.99', 'Satu'],
    ]);
    // lines inside a kegiatan: by kode rekening, then uraian
    expect(sub23.children[0].children.map((l) => l.label.id)).to.deep.equal(['Upah', 'Semen']);
  });

  it('lists only bidang with lines, or all five with allBidang', () => {
    const a = budget([line('5.2.2', 100, { kodeKegiatan: '3.4.04', realisasi: snaps(['2025-06-30', 25]) })]);
    expect(belanjaHierarchy(a).children.map((b) => b.kode)).to.deep.equal(['3']);
    const all = belanjaHierarchy(a, { allBidang: true }).children;
    expect(all.map((b) => b.kode)).to.deep.equal(['1', '2', '3', '4', '5']);
    expect(all[0]).to.deep.include({ anggaran: 0, realisasi: 0, persen: null, children: [] });
    expect(all[2]).to.deep.include({ anggaran: 100, realisasi: 25, persen: 0.25 });
  });

  it('leaves out a belanja line without kodeKegiatan (a validation error) rather than guess its bidang', () => {
    const a = budget([line('5.2.2', 100, { kodeKegiatan: '3.4.04' }), line('5.2.2', 40)]);
    const root = belanjaHierarchy(a);
    expect(root.anggaran).to.equal(100);
    expect(root.children.map((b) => b.kode)).to.deep.equal(['3']);
  });

  it('uses realisation as of the date asked for', () => {
    const a = budget([line('5.2.2', 100, { kodeKegiatan: '3.4.04', realisasi: snaps(['2025-03-31', 10], ['2025-06-30', 60]) })]);
    expect(belanjaHierarchy(a, { asOf: '2025-04-30' }).realisasi).to.equal(10);
    expect(belanjaHierarchy(a, { asOf: '2025-01-31' }).children[0].persen).to.equal(0);
  });

  it('is the same tree whatever the order of the lines', async () => {
    const a = apbdesById(await loadExample(), 'apbdes-2024-murni');
    const reversed = { ...a, baris: [...a.baris].reverse() };
    const strip = (n: BelanjaNode): unknown => [n.kode, n.label.id, n.anggaran, n.realisasi, n.children.map(strip)];
    expect(strip(belanjaHierarchy(reversed))).to.deep.equal(strip(belanjaHierarchy(a)));
  });
});

describe('model/apbdes-bidang: belanjaPerJenis', () => {
  it('totals belanja per kelompok 5.1–5.4', async () => {
    const rows = belanjaPerJenis(apbdesById(await loadExample(), 'apbdes-2025-murni'));
    expect(rows.map((r) => [r.kode, r.anggaran])).to.deep.equal([
      ['5.1', 520_000_000],
      ['5.2', 670_380_000],
      ['5.3', 799_200_000],
      ['5.4', 130_420_000],
    ]);
    expect(rows[2].label).to.deep.equal(KODE_REKENING['5.3']);
  });
});

describe('model/apbdes-siltap: siltapShare', () => {
  it('finds siltap by jenis in the example: 24–26 % of belanja', async () => {
    const data = await loadExample();
    const murni = siltapShare(apbdesById(data, 'apbdes-2025-murni'));
    expect(murni).to.deep.include({ siltap: 520_000_000, belanja: 2_120_000_000, threshold: 0.3, over: false, basis: 'jenis' });
    expect(murni.share).to.equal(520_000_000 / 2_120_000_000);
    const perubahan = siltapShare(apbdesById(data, 'apbdes-2025-perubahan'));
    expect(perubahan.belanja).to.equal(2_152_000_000);
    expect(perubahan.share).to.be.within(0.24, 0.26);
  });

  it('flags a share over the threshold given', async () => {
    const s = siltapShare(apbdesById(await loadExample(), 'apbdes-2025-murni'), 0.2);
    expect(s).to.deep.include({ threshold: 0.2, over: true });
  });

  it('falls back to the siltap kegiatan when no line has the siltap jenis', () => {
    const a = budget([
      line('5.2.2', 300, { kodeKegiatan: '1.1.01' }),
      line('5.2.2', 100, { kodeKegiatan: '1.1.05' }),
      line('5.2.2', 50, { kodeKegiatan: '1.1.07' }),
      line('5.3.5', 550, { kodeKegiatan: '2.3.10' }),
    ]);
    expect(siltapShare(a)).to.deep.equal({ siltap: 400, belanja: 1_000, share: 0.4, threshold: 0.3, over: true, basis: 'kegiatan' });
  });

  it('gives share null without belanja', () => {
    expect(siltapShare(budget([line('4.2.1', 10)]))).to.deep.include({ siltap: 0, belanja: 0, share: null, over: false });
  });
});
