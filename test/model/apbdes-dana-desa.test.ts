import { expect } from '@open-wc/testing';
import { danaDesaKegiatan } from '../../src/model/index.js';
import { apbdesById, budget, line, loadExample } from './helpers.js';

describe('model/apbdes-dana-desa: danaDesaKegiatan', () => {
  it('lists the largest Dana Desa activities of the 2025 perubahan with lokasi and volume', async () => {
    const rows = danaDesaKegiatan(apbdesById(await loadExample(), 'apbdes-2025-perubahan'), 3);
    expect(rows.map(({ kodeRekening: _k, kegiatanId: _i, persen: _p, ...rest }) => rest)).to.deep.equal([
      {
        kodeKegiatan: '2.3.10',
        namaKegiatan: 'Pembangunan/Rehabilitasi/Peningkatan/Pengerasan Jalan Desa',
        lokasi: 'Dusun Sidomulyo RT 02-04',
        volume: 650,
        satuan: 'm',
        anggaran: 440_000_000,
        realisasi: 176_000_000,
      },
      { kodeKegiatan: '4.2.03', namaKegiatan: 'Penguatan Ketahanan Pangan Tingkat Desa', anggaran: 197_100_000, realisasi: 58_300_000 },
      {
        kodeKegiatan: '2.2.02',
        namaKegiatan: 'Penyelenggaraan Posyandu (makanan tambahan, kelas ibu hamil, lansia, insentif kader)',
        volume: 12,
        satuan: 'bulan',
        anggaran: 104_000_000,
        realisasi: 47_950_000,
      },
    ]);
  });

  it('skips income and other sources, prefers namaKegiatan, breaks ties in code order', () => {
    const b = budget([
      line('4.2.1', 500, { sumberDana: 'dana_desa' }),
      line('5.2.2', 100, { sumberDana: 'add', kodeKegiatan: '1.1.07' }),
      line('5.2.1', 200, { sumberDana: 'dana_desa', kodeKegiatan: '2.1.02', namaKegiatan: 'Alfa' }),
      line('5.2.1', 200, { sumberDana: 'dana_desa', kodeKegiatan: '2.1.01', namaKegiatan: 'Beta' }),
      line('5.3.5', 300, { sumberDana: 'dana_desa', kodeKegiatan: '2.3.10' }),
    ]);
    expect(danaDesaKegiatan(b).map((r) => [r.namaKegiatan, r.anggaran])).to.deep.equal([
      ['baris 5.3.5', 300],
      ['Beta', 200],
      ['Alfa', 200],
    ]);
    expect(danaDesaKegiatan(b, 1)).to.have.length(1);
    expect(danaDesaKegiatan(b, 0)).to.deep.equal([]);
  });
});
