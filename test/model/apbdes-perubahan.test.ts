import { expect } from '@open-wc/testing';
import { matchPerubahanLines, perubahanChanges, trendByYear } from '../../src/model/index.js';
import { apbdesById, budget, line, loadExample, snaps } from './helpers.js';

describe('model/apbdes-perubahan', () => {
  it('lists the seven lines the 2025 perubahan changed, semula → menjadi, in code order', async () => {
    const data = await loadExample();
    const murni = apbdesById(data, 'apbdes-2025-murni');
    const perubahan = apbdesById(data, 'apbdes-2025-perubahan');
    const rows = perubahanChanges(murni, perubahan);
    expect(rows.map((r) => [r.kodeRekening, r.kodeKegiatan, r.semula, r.menjadi, r.selisih, r.jenis])).to.deep.equal([
      ['4.1.1', undefined, 15_000_000, 12_000_000, -3_000_000, 'berubah'],
      ['4.2.5', undefined, 100_000_000, 135_000_000, 35_000_000, 'berubah'],
      ['5.2.1', '3.3.02', 32_500_000, 29_500_000, -3_000_000, 'berubah'],
      ['5.2.7', '2.2.02', 96_000_000, 104_000_000, 8_000_000, 'berubah'],
      ['5.3.7', '2.4.12', 100_000_000, 135_000_000, 35_000_000, 'berubah'],
      ['5.4.1', '5.1.01', 40_420_000, 50_420_000, 10_000_000, 'berubah'],
      ['5.4.1', '5.3.01', 90_000_000, 72_000_000, -18_000_000, 'berubah'],
    ]);
    // matched although the uraian was reworded; the row shows the new wording
    expect(rows[5].uraian).to.equal('Penanggulangan Bencana (termasuk penanganan longsor Dusun Kedungwaru)');
    // the murni agrees with the anggaranSemula the perubahan itself records
    for (const r of rows) {
      const own = perubahan.baris.find((b) => b.kodeRekening === r.kodeRekening && b.kodeKegiatan === r.kodeKegiatan);
      expect(own?.anggaranSemula, r.kodeRekening).to.equal(r.semula);
    }
    // without the murni, each line's own anggaranSemula gives the same table
    expect(perubahanChanges(undefined, perubahan)).to.deep.equal(rows);
    expect(perubahanChanges(murni, perubahan, { includeUnchanged: true })).to.have.length(36);
  });

  it('reports added and removed lines and leaves unchanged ones out', () => {
    const murni = budget([
      line('4.2.1', 500),
      line('5.2.2', 100, { kodeKegiatan: '1.4.01' }),
      line('5.3.5', 300, { kodeKegiatan: '2.3.10' }),
    ]);
    const perubahan = budget(
      [
        line('5.3.5', 300, { kodeKegiatan: '2.3.10' }),
        line('5.2.2', 80, { kodeKegiatan: '5.3.01', uraian: 'BLT tambahan' }),
        line('4.2.1', 500),
      ],
      { id: 'p', versi: 'perubahan' },
    );
    expect(perubahanChanges(murni, perubahan)).to.deep.equal([
      { kodeRekening: '5.2.2', kodeKegiatan: '1.4.01', uraian: 'baris 5.2.2', semula: 100, menjadi: 0, selisih: -100, jenis: 'dihapus' },
      { kodeRekening: '5.2.2', kodeKegiatan: '5.3.01', uraian: 'BLT tambahan', semula: 0, menjadi: 80, selisih: 80, jenis: 'baru' },
    ]);
    const all = perubahanChanges(murni, perubahan, { includeUnchanged: true });
    expect(all.map((r) => [r.kodeRekening, r.jenis])).to.deep.equal([
      ['4.2.1', 'tetap'],
      ['5.2.2', 'dihapus'],
      ['5.2.2', 'baru'],
      ['5.3.5', 'tetap'],
    ]);
  });

  it('pairs several lines under one rekening and kegiatan by uraian first, then in order', () => {
    const murni = budget([
      line('5.2.2', 10, { kodeKegiatan: '2.2.02', uraian: 'Honor kader' }),
      line('5.2.2', 20, { kodeKegiatan: '2.2.02', uraian: 'Honor bidan' }),
      line('5.2.2', 30, { kodeKegiatan: '2.2.02', uraian: 'Honor lama' }),
    ]);
    const perubahan = budget(
      [
        line('5.2.2', 25, { kodeKegiatan: '2.2.02', uraian: 'Honor bidan' }),
        line('5.2.2', 35, { kodeKegiatan: '2.2.02', uraian: 'Honor baru' }),
        line('5.2.2', 10, { kodeKegiatan: '2.2.02', uraian: 'Honor kader' }),
      ],
      { id: 'p', versi: 'perubahan' },
    );
    const pairs = matchPerubahanLines(murni, perubahan);
    expect(pairs.map((p) => [p.murni?.uraian, p.perubahan?.uraian])).to.deep.equal([
      ['Honor bidan', 'Honor bidan'],
      ['Honor lama', 'Honor baru'],
      ['Honor kader', 'Honor kader'],
    ]);
    expect(perubahanChanges(murni, perubahan).map((r) => [r.uraian, r.selisih])).to.deep.equal([
      ['Honor baru', 5],
      ['Honor bidan', 5],
    ]);
  });
});

describe('model/apbdes-trend: trendByYear', () => {
  it('gives each year its current budget, realised to its latest snapshot', async () => {
    const all = (await loadExample()).apbdes!;
    const trend = trendByYear(all);
    expect(trend.map((t) => [t.tahunAnggaran, t.apbdesId, t.versi, t.status, t.asOf])).to.deep.equal([
      [2024, 'apbdes-2024-murni', 'murni', 'ditetapkan', '2024-12-31'],
      [2025, 'apbdes-2025-perubahan', 'perubahan', 'ditetapkan', '2025-06-30'],
    ]);
    expect(trend[0].pendapatan.anggaran).to.equal(1_868_872_000);
    expect(trend[0].belanja.persen).to.be.closeTo(0.919, 0.0005);
    expect(trend[0].silpaBerjalan.realisasi).to.equal(154_200_000);
    expect(trend[1].pendapatan.anggaran).to.equal(2_027_800_000);
    expect(trend[1].belanja.anggaran).to.equal(2_152_000_000);
    expect(trend[1].penerimaanPembiayaan.anggaran).to.equal(154_200_000);
    expect(trendByYear([...all].reverse())).to.deep.equal(trend);
  });

  it('handles years without realisation', () => {
    const [t] = trendByYear([budget([line('4.2.1', 10, { realisasi: snaps() })], { tahunAnggaran: 2026 })]);
    expect(t).to.deep.include({ tahunAnggaran: 2026, asOf: null });
    expect(t.pendapatan).to.deep.equal({ anggaran: 10, realisasi: 0, persen: 0 });
    expect(trendByYear([])).to.deep.equal([]);
  });
});
