import { expect } from '@open-wc/testing';
import { compareKode, groupByKode, summarizeApbdes } from '../../src/model/index.js';
import { KODE_REKENING } from '../../src/schema/codes/index.js';
import { apbdesById, budget, line, loadExample, snaps } from './helpers.js';

describe('model/apbdes-totals: summarizeApbdes', () => {
  it('pins the 2025 murni figures of DATA-MODEL.md', async () => {
    const s = summarizeApbdes(apbdesById(await loadExample(), 'apbdes-2025-murni'));
    expect(s.asOf).to.equal('2025-06-30');
    expect(s.pendapatan.anggaran).to.equal(1_995_800_000);
    expect(s.pendapatan.realisasi).to.equal(780_628_000);
    expect(s.pendapatan.persen).to.be.closeTo(0.391, 0.0005);
    expect(s.belanja.anggaran).to.equal(2_120_000_000);
    expect(s.belanja.realisasi).to.equal(795_350_000);
    expect(s.belanja.persen).to.be.closeTo(0.375, 0.0005);
    expect(s.penerimaanPembiayaan.anggaran).to.equal(154_200_000);
    expect(s.pengeluaranPembiayaan.anggaran).to.equal(30_000_000);
    expect(s.surplusDefisit).to.deep.equal({ anggaran: -124_200_000, realisasi: 780_628_000 - 795_350_000, persen: null });
    expect(s.pembiayaanNetto).to.deep.equal({ anggaran: 124_200_000, realisasi: 154_200_000, persen: null });
    expect(s.silpaBerjalan.anggaran).to.equal(0);
    expect(s.silpaBerjalan.persen).to.equal(null);
  });

  it('pins the 2024 murni: year-end realisation and SiLPA berjalan', async () => {
    const s = summarizeApbdes(apbdesById(await loadExample(), 'apbdes-2024-murni'), '2024-12-31');
    expect(s.pendapatan.anggaran).to.equal(1_868_872_000);
    expect(s.belanja.anggaran).to.equal(1_942_372_000);
    expect(s.pendapatan.persen).to.be.closeTo(0.998, 0.0005);
    expect(s.belanja.persen).to.be.closeTo(0.919, 0.0005);
    expect(s.silpaBerjalan.anggaran).to.equal(0);
    // the year-end SiLPA berjalan is what the 2025 budgets bring in as 6.1.1
    expect(s.silpaBerjalan.realisasi).to.equal(154_200_000);
  });

  it('reads 2024 as of 30 June: equal to a plain sum of the fixture snapshots dated then', async () => {
    const a = apbdesById(await loadExample(), 'apbdes-2024-murni');
    const expected: Record<string, number> = { '4': 0, '5': 0 };
    for (const b of a.baris) {
      const akun = b.kodeRekening[0];
      if (!(akun in expected)) continue;
      for (const r of b.realisasi ?? []) if (r.sampaiTanggal === '2024-06-30') expected[akun] += r.jumlah;
    }
    const s = summarizeApbdes(a, '2024-06-30');
    expect(s.asOf).to.equal('2024-06-30');
    expect(s.pendapatan.realisasi).to.equal(expected['4']);
    expect(s.belanja.realisasi).to.equal(expected['5']);
    expect(s.pendapatan.realisasi).to.be.below(summarizeApbdes(a).pendapatan.realisasi);
    expect(s.belanja.persen).to.equal(expected['5'] / 1_942_372_000);
  });

  it('pins the 2025 perubahan totals', async () => {
    const s = summarizeApbdes(apbdesById(await loadExample(), 'apbdes-2025-perubahan'));
    expect(s.pendapatan.anggaran).to.equal(2_027_800_000);
    expect(s.belanja.anggaran).to.equal(2_152_000_000);
    expect(s.silpaBerjalan.anggaran).to.equal(0);
  });

  it('gives realisasi 0 and persen 0 when nothing is realised, and asOf null', () => {
    const s = summarizeApbdes(budget([line('4.2.1', 1_000), line('5.2.2', 600, { kodeKegiatan: '1.4.01' })]));
    expect(s.asOf).to.equal(null);
    expect(s.pendapatan).to.deep.equal({ anggaran: 1_000, realisasi: 0, persen: 0 });
    expect(s.belanja).to.deep.equal({ anggaran: 600, realisasi: 0, persen: 0 });
    expect(s.penerimaanPembiayaan).to.deep.equal({ anggaran: 0, realisasi: 0, persen: null });
    expect(s.surplusDefisit).to.deep.equal({ anggaran: 400, realisasi: 0, persen: null });
    expect(s.silpaBerjalan).to.deep.equal({ anggaran: 400, realisasi: 0, persen: null });
  });

  it('gives persen null for anggaran 0 even with realisation', () => {
    const s = summarizeApbdes(budget([line('4.3.9', 0, { realisasi: snaps(['2025-06-30', 50]) })]));
    expect(s.pendapatan).to.deep.equal({ anggaran: 0, realisasi: 50, persen: null });
  });

  it('gives zeros as of a date before the first snapshot', () => {
    const s = summarizeApbdes(budget([line('4.2.1', 100, { realisasi: snaps(['2025-06-30', 40]) })]), '2025-01-31');
    expect(s.asOf).to.equal('2025-01-31');
    expect(s.pendapatan).to.deep.equal({ anggaran: 100, realisasi: 0, persen: 0 });
  });
});

describe('model/apbdes-totals: groupByKode', () => {
  it('totals per akun in code order', async () => {
    const rows = groupByKode(apbdesById(await loadExample(), 'apbdes-2025-murni'), 'akun');
    expect(rows.map((r) => [r.kode, r.anggaran])).to.deep.equal([
      ['4', 1_995_800_000],
      ['5', 2_120_000_000],
      ['6', 184_200_000],
    ]);
    expect(rows[1].label).to.deep.equal(KODE_REKENING['5']);
  });

  it('totals pendapatan per kelompok and per jenis, with code-list labels', async () => {
    const a = apbdesById(await loadExample(), 'apbdes-2025-murni');
    const kelompok = groupByKode(a, 'kelompok', '4');
    expect(kelompok.map((r) => [r.kode, r.anggaran])).to.deep.equal([
      ['4.1', 72_500_000],
      ['4.2', 1_896_500_000],
      ['4.3', 26_800_000],
    ]);
    expect(kelompok[0].label.id).to.equal('Pendapatan Asli Desa (PADes)');
    const jenis = groupByKode(a, 'jenis', '4');
    expect(jenis.map((r) => r.kode)).to.deep.equal([
      '4.1.1', '4.1.2', '4.1.3', '4.1.4', '4.2.1', '4.2.2', '4.2.3', '4.2.4', '4.2.5', '4.3.4', '4.3.6',
    ]);
    const danaDesa = jenis[4];
    expect(danaDesa).to.deep.include({ anggaran: 985_420_000, realisasi: 394_168_000 });
    expect(danaDesa.persen).to.equal(0.4);
    expect(danaDesa.label).to.deep.equal(KODE_REKENING['4.2.1']);
    expect(jenis[7]).to.deep.include({ kode: '4.2.4', realisasi: 0, persen: 0 });
  });

  it('puts a line at an unknown jenis under its kelompok, and an objek under its jenis', () => {
    const a = budget([
      line('5.2.8', 300, { kodeKegiatan: '1.4.01' }), // 5.2.8 is not in the shipped list
      line('5.2.2.01', 200, { kodeKegiatan: '1.4.01' }),
      line('5.2.2', 100, { kodeKegiatan: '1.4.03' }),
    ]);
    const rows = groupByKode(a, 'jenis', '5');
    expect(rows.map((r) => [r.kode, r.anggaran])).to.deep.equal([
      ['5.2', 300],
      ['5.2.2', 300],
    ]);
    expect(rows[0].label).to.deep.equal(KODE_REKENING['5.2']);
  });

  it('keeps a line coded above jenis at its own level, and labels an unlisted code by itself', () => {
    const a = budget([line('4.3', 7), line('4.9.1', 5), line('4.3.6', 3)]);
    expect(groupByKode(a, 'jenis', '4').map((r) => [r.kode, r.anggaran, r.label.id])).to.deep.equal([
      ['4.3', 7, KODE_REKENING['4.3'].id],
      ['4.3.6', 3, KODE_REKENING['4.3.6'].id],
      ['4.9', 5, '4.9'],
    ]);
    expect(groupByKode(a, 'kelompok').map((r) => [r.kode, r.anggaran])).to.deep.equal([
      ['4.3', 10],
      ['4.9', 5],
    ]);
  });

  it('orders rows in code order whatever the line order', () => {
    const lines = [
      line('5.3.9', 1, { kodeKegiatan: '2.3.10' }),
      line('6.2.2', 1),
      line('4.3.9', 1),
      line('5.1.4', 1, { kodeKegiatan: '1.1.05' }),
      line('4.1.1', 1),
      line('6.1.1', 1),
    ];
    const forward = groupByKode(budget(lines), 'jenis').map((r) => r.kode);
    const backward = groupByKode(budget([...lines].reverse()), 'jenis').map((r) => r.kode);
    expect(forward).to.deep.equal(['4.1.1', '4.3.9', '5.1.4', '5.3.9', '6.1.1', '6.2.2']);
    expect(backward).to.deep.equal(forward);
  });

  it('compares codes by numeric segments, parents first', () => {
    const codes = ['5.2.10', '5.10', '5.2', '5.2.9', '4.3.9', '5.2.9.01'];
    expect([...codes].sort(compareKode)).to.deep.equal(['4.3.9', '5.2', '5.2.9', '5.2.9.01', '5.2.10', '5.10']);
  });

  it('uses realisation as of the date asked for', async () => {
    const a = apbdesById(await loadExample(), 'apbdes-2024-murni');
    const [row] = groupByKode(a, 'akun', '5', '2024-06-30');
    expect(row).to.deep.include({ kode: '5', anggaran: 1_942_372_000, realisasi: 758_500_000 });
    expect(groupByKode(a, 'akun', '5')[0].realisasi).to.equal(1_785_012_000);
  });
});
