// Synthetic APBDes for the budget-chart bench: `lines` leaf lines, deterministic from `seed`,
// valid and balanced (planned SiLPA 0, every source balances) so the render path is the
// ready view, not an error panel. Plain JS: the case pages load it without a build step.
import { seededRandom as random } from './random.js';
import { mountWidget, timeToFirstFrame } from './render-timer.js';
const SUB_BIDANG = { 1: 5, 2: 8, 3: 4, 4: 7, 5: 3 };
const JENIS = ['5.2.1', '5.2.2', '5.2.3', '5.2.5', '5.2.7', '5.3.4', '5.3.5', '5.3.7'];

export function syntheticBudget(lines, seed = 1) {
  const rnd = random(seed);
  const belanja = [];
  let total = 0;
  for (let i = 0; i < lines - 5; i++) {
    const bidang = 1 + Math.floor(rnd() * 5);
    const sub = 1 + Math.floor(rnd() * SUB_BIDANG[bidang]);
    const keg = String(1 + Math.floor(rnd() * 20)).padStart(2, '0');
    const anggaran = 1_000_000 * (1 + Math.floor(rnd() * 200));
    total += anggaran;
    belanja.push({
      kodeRekening: JENIS[Math.floor(rnd() * JENIS.length)],
      uraian: `Kegiatan uji ${i + 1} bidang ${bidang} sub-bidang ${bidang}.${sub}`,
      anggaran,
      sumberDana: 'dana_desa',
      kodeKegiatan: `${bidang}.${sub}.${keg}`,
      realisasi: [{ sampaiTanggal: '2025-06-30', jumlah: Math.floor(anggaran * rnd()) }],
    });
  }
  const baris = [
    { kodeRekening: '4.1.1', uraian: 'Hasil Usaha Desa', anggaran: 30_000_000, sumberDana: 'pades' },
    { kodeRekening: '4.2.1', uraian: 'Dana Desa', anggaran: total, sumberDana: 'dana_desa',
      realisasi: [{ sampaiTanggal: '2025-06-30', jumlah: Math.floor(total * 0.4) }] },
    ...belanja,
    { kodeRekening: '6.1.1', uraian: 'SiLPA Tahun Sebelumnya', anggaran: 100_000_000, sumberDana: 'silpa' },
    { kodeRekening: '6.2.1', uraian: 'Pembentukan Dana Cadangan', anggaran: 100_000_000, sumberDana: 'silpa' },
    { kodeRekening: '6.2.2', uraian: 'Penyertaan Modal Desa', anggaran: 30_000_000, sumberDana: 'pades' },
  ];
  return {
    schemaVersion: '0.1.0',
    generatedAt: '2025-10-06T08:00:00+07:00',
    sumber: { sistem: 'manual' },
    desa: {
      kodeWilayah: '33.99.01.2001',
      nama: 'Uji',
      jenis: 'desa',
      kecamatan: { kode: '33.99.01', nama: 'Karangsari' },
      kabupaten: { kode: '33.99', nama: 'Contoh' },
      provinsi: { kode: '33', nama: 'Jawa Tengah' },
    },
    apbdes: [{ id: `uji-${lines}`, tahunAnggaran: 2025, versi: 'murni', status: 'ditetapkan', baris }],
  };
}

/**
 * One bench case: time from setting `.data` (validation included) on a mounted
 * `<kpm-budget-chart view=belanja>` to the first frame after it rendered. Each run gets a
 * fresh copy, because validation is cached per object.
 */
export function budgetCase(lines, target) {
  const data = syntheticBudget(lines, 42);
  let el = null;
  return {
    name: `budget-chart-${lines}`,
    target,
    async run() {
      el ??= mountWidget('kpm-budget-chart', { view: 'belanja' });
      const ms = await timeToFirstFrame(el, data);
      if (!el.shadowRoot.querySelector('.mark')) throw new Error('the chart rendered no bars (data invalid?)');
      return ms;
    },
  };
}
