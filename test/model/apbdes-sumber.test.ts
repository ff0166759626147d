import { expect } from '@open-wc/testing';
import { belanjaOfSumber, perSumberDana, selisihOf, sumberDanaOf } from '../../src/model/index.js';
import { LABEL_SUMBER_DANA } from '../../src/schema/entities/enums.js';
import { apbdesById, budget, line, loadExample, snaps } from './helpers.js';

describe('model/apbdes-sumber: perSumberDana', () => {
  it('balances every source of the 2025 murni, in the order of the sumber dana list', async () => {
    const rows = perSumberDana(apbdesById(await loadExample(), 'apbdes-2025-murni'));
    expect(rows.map((r) => r.sumberDana)).to.deep.equal([
      'pades', 'swadaya', 'dana_desa', 'bhpr', 'add', 'bankeu_provinsi', 'bankeu_kabkota', 'hibah', 'silpa', 'lainnya',
    ]);
    for (const r of rows) expect(r.saldo.anggaran, r.sumberDana).to.equal(0);
    const danaDesa = rows[2];
    expect(danaDesa.label).to.deep.equal(LABEL_SUMBER_DANA.dana_desa);
    expect(danaDesa.penerimaan).to.deep.equal({ anggaran: 985_420_000, realisasi: 394_168_000, persen: 0.4 });
    expect(danaDesa.belanja.anggaran).to.equal(985_420_000);
    const pades = rows[0];
    // PADes income 4.1.1 + 4.1.2 + 4.1.4 pays a youth training and the BUM Desa equity
    expect(pades.penerimaan.anggaran).to.equal(62_500_000);
    expect(pades.belanja.anggaran).to.equal(32_500_000);
    expect(pades.pengeluaranPembiayaan.anggaran).to.equal(30_000_000);
    const silpa = rows[8];
    expect(silpa.penerimaan).to.deep.include({ anggaran: 154_200_000, realisasi: 154_200_000 });
    expect(silpa.belanja).to.deep.include({ anggaran: 154_200_000, realisasi: 62_000_000 });
    expect(silpa.saldo).to.deep.equal({ anggaran: 0, realisasi: 92_200_000, persen: null });
  });

  it('derives an income line source from its kode rekening when sumberDana is missing', () => {
    expect(sumberDanaOf(line('4.1.3', 1))).to.equal('swadaya');
    expect(sumberDanaOf(line('4.1.2', 1))).to.equal('pades');
    expect(sumberDanaOf(line('4.3.6', 1))).to.equal('lainnya');
    expect(sumberDanaOf(line('6.1.1', 1))).to.equal('silpa');
    expect(sumberDanaOf(line('4.2.1', 1, { sumberDana: 'add' }))).to.equal('add');
  });

  it('shows an overspent source as a negative saldo, realisation as of the date asked for', () => {
    const a = budget([
      line('4.2.1', 1_000, { realisasi: snaps(['2025-06-30', 400], ['2025-12-31', 1_000]) }),
      line('5.3.5', 1_200, { kodeKegiatan: '2.3.10', sumberDana: 'dana_desa', realisasi: snaps(['2025-06-30', 300]) }),
      line('6.2.2', 50, { sumberDana: 'dana_desa' }),
    ]);
    const [row] = perSumberDana(a, '2025-06-30');
    expect(row.sumberDana).to.equal('dana_desa');
    expect(row.penerimaan).to.deep.equal({ anggaran: 1_000, realisasi: 400, persen: 0.4 });
    expect(row.belanja).to.deep.equal({ anggaran: 1_200, realisasi: 300, persen: 0.25 });
    expect(row.pengeluaranPembiayaan).to.deep.equal({ anggaran: 50, realisasi: 0, persen: 0 });
    expect(row.saldo).to.deep.equal({ anggaran: -250, realisasi: 100, persen: null });
  });
});

describe('model/apbdes-sumber: belanjaOfSumber', () => {
  it('lists the Dana Desa kegiatan of the 2025 murni, largest first', async () => {
    const rows = belanjaOfSumber(apbdesById(await loadExample(), 'apbdes-2025-murni'), 'dana_desa');
    expect(rows.map((r) => [r.kodeKegiatan, r.anggaran])).to.deep.equal([
      ['2.3.10', 440_000_000],
      ['4.2.03', 197_100_000],
      ['2.2.02', 96_000_000],
      ['5.3.01', 90_000_000],
      ['2.1.02', 54_000_000],
      ['5.1.01', 40_420_000],
      ['2.2.03', 40_000_000],
      ['1.4.01', 15_000_000],
      ['4.4.01', 12_900_000],
    ]);
    let total = 0;
    for (const r of rows) total += r.anggaran;
    expect(total).to.equal(985_420_000);
    expect(rows[0]).to.deep.equal({
      kodeRekening: '5.3.5',
      kodeKegiatan: '2.3.10',
      kegiatanId: 'keg-2025-jalan-sidomulyo',
      anggaran: 440_000_000,
      namaKegiatan: 'Pembangunan/Rehabilitasi/Peningkatan/Pengerasan Jalan Desa',
      lokasi: 'Dusun Sidomulyo RT 02-04',
      volume: 650,
      satuan: 'm',
      realisasi: 176_000_000,
      persen: 0.4,
    });
    expect(selisihOf(rows[0])).to.equal(264_000_000);
  });

  it('breaks equal amounts by code and prefers namaKegiatan', () => {
    const a = budget([
      line('5.2.2', 50, { kodeKegiatan: '3.4.04', sumberDana: 'add' }),
      line('5.2.2', 50, { kodeKegiatan: '1.4.01', sumberDana: 'add', namaKegiatan: 'Musdes' }),
      line('5.2.2', 99, { kodeKegiatan: '1.4.01', sumberDana: 'pades' }),
    ]);
    expect(belanjaOfSumber(a, 'add').map((r) => [r.kodeKegiatan, r.namaKegiatan])).to.deep.equal([
      ['1.4.01', 'Musdes'],
      ['3.4.04', 'baris 5.2.2'],
    ]);
    expect(belanjaOfSumber(a, 'csr')).to.deep.equal([]);
  });
});
