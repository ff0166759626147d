import { expect } from '@open-wc/testing';
import { needsEvidence, resolveKerangka, scaleSteps, scoreFraction } from '../../src/model/scorecard-kerangka.js';
import { scoreAssessment } from '../../src/model/scorecard-score.js';
import { KPM_8_KRITERIA, type KerangkaPenilaian, type PenilaianKelompok } from '../../src/schema/index.js';
import { TIGA } from '../fixtures/scorecard/frameworks.js';
import { loadExample } from './helpers.js';

const byId = async (id: string) => (await loadExample()).penilaianKpm!.find((p) => p.id === id)!;


describe('model/scorecard-kerangka', () => {
  it('finds a framework in the data first, then the built-in one', () => {
    expect(resolveKerangka({}, 'kpm-8-kriteria')).to.equal(KPM_8_KRITERIA);
    expect(resolveKerangka({}, undefined)).to.equal(KPM_8_KRITERIA);
    expect(resolveKerangka({ kerangkaPenilaian: [TIGA] }, 'tiga')).to.equal(TIGA);
    const own = { ...KPM_8_KRITERIA, nama: 'Versi desa' };
    expect(resolveKerangka({ kerangkaPenilaian: [own] }, 'kpm-8-kriteria')).to.equal(own);
    expect(resolveKerangka({ kerangkaPenilaian: [TIGA] }, 'lain')).to.equal(undefined);
  });

  it('lists the steps of any scale with its labels, null where unnamed', () => {
    expect(scaleSteps(KPM_8_KRITERIA).map((s) => [s.skor, s.label])).to.deep.equal([
      [1, { id: 'Rintisan', en: 'Emerging' }],
      [2, { id: 'Berkembang', en: 'Developing' }],
      [3, { id: 'Maju', en: 'Advanced' }],
      [4, { id: 'Mandiri', en: 'Self-reliant' }],
    ]);
    expect(scaleSteps(TIGA)).to.deep.equal([
      { skor: 0, label: 'Belum' },
      { skor: 1, label: null },
      { skor: 2, label: { id: 'Sudah', en: 'Done' } },
    ]);
    expect(scaleSteps({ ...TIGA, skala: { min: 0, maks: 100 } })).to.deep.equal([]);
    expect(scaleSteps({ ...TIGA, skala: { min: 5, maks: 1 } })).to.deep.equal([]);
  });

  it('places a score at score / maks', () => {
    expect(scoreFraction(KPM_8_KRITERIA, 1)).to.equal(0.25);
    expect(scoreFraction(KPM_8_KRITERIA, 3)).to.equal(0.75);
    expect(scoreFraction(KPM_8_KRITERIA, null)).to.equal(null);
    expect(scoreFraction(TIGA, 0)).to.equal(0);
    expect(scoreFraction({ ...TIGA, skala: { min: 0, maks: 0 } }, 0)).to.equal(0);
  });
});

describe('model/scorecard-kerangka: needsEvidence', () => {
  const CENTUM: KerangkaPenilaian = { id: 'c', nama: 'C', skala: { min: 0, maks: 100 }, kriteria: [{ kode: 'a', nama: 'A' }] };

  it('is the rule\'s 3 on the built-in 1–4 scale', () => {
    expect([1, 2, 3, 4].map((v) => needsEvidence(KPM_8_KRITERIA, v))).to.deep.equal([false, false, true, true]);
  });

  it('sits at the same place (two thirds up) on any other scale', () => {
    expect([0, 2, 5, 66, 67, 100].map((v) => needsEvidence(CENTUM, v))).to.deep.equal([false, false, false, false, true, true]);
    expect([0, 1, 2].map((v) => needsEvidence(TIGA, v))).to.deep.equal([false, false, true]);
    const tenForty = { ...CENTUM, skala: { min: 10, maks: 40 } };
    expect([29, 30, 31].map((v) => needsEvidence(tenForty, v))).to.deep.equal([false, true, true]);
  });
});

describe('model/scorecard-score: scoreAssessment', () => {
  it('pins the KPM 2025 self-assessment: 7/8 assessed, average 19/7, three weakest at 2', async () => {
    const s = scoreAssessment(await byId('nilai-kpm-2025-1'), KPM_8_KRITERIA);
    expect(s.kriteria.map((k) => k.skor)).to.deep.equal([4, 2, 3, 3, 2, 3, 2, null]);
    expect(s.kriteria.map((k) => k.fraction)).to.deep.equal([1, 0.5, 0.75, 0.75, 0.5, 0.75, 0.5, null]);
    expect(s.dinilai).to.equal(7);
    expect(s.total).to.equal(8);
    expect(s.rataRata).to.equal(19 / 7);
    expect(s.terlemah.map((k) => [k.kode, k.rekomendasi])).to.deep.equal([
      ['kemandirian', 'Bangun iuran anggota dan cari dana mitra di luar APBDes'],
      ['kompeten', 'Ikuti pelatihan penganggaran dan pemantauan APBDes'],
      ['berkelanjutan', 'Siapkan kader muda untuk regenerasi pengurus'],
    ]);
    expect(s.kriteria[0].label).to.deep.equal({ id: 'Mandiri', en: 'Self-reliant' });
    expect(s.kriteria[7].label).to.equal(null);
    expect(s.jumlahBukti).to.equal(5);
    expect(s.kriteria.map((k) => k.bukti.length)).to.deep.equal([1, 0, 1, 1, 1, 1, 0, 0]);
    expect(s.tanpaBukti).to.deep.equal([]);
  });

  it('flags a score ≥ 3 without evidence (Melati: partisipatif) and counts indicators met', async () => {
    const s = scoreAssessment(await byId('nilai-melati-2025-1'), KPM_8_KRITERIA);
    expect(s.tanpaBukti.map((k) => k.kode)).to.deep.equal(['partisipatif']);
    expect(s.rataRata).to.equal(20 / 8);
    expect(s.kriteria.map((k) => [k.indikatorTerpenuhi, k.indikator.length])).to.deep.equal([
      [2, 3], [3, 3], [2, 3], [3, 3], [1, 2], [1, 2], [2, 3], [1, 2],
    ]);
    expect(s.kriteria[6].buktiPerJenis).to.deep.equal([
      { jenis: 'laporan_keuangan', jumlah: 1 },
      { jenis: 'berita_acara', jumlah: 1 },
    ]);
    expect(scoreAssessment(await byId('nilai-melati-2025-1'), KPM_8_KRITERIA, { skorButuhBukti: 2 }).tanpaBukti.map((k) => k.kode))
      .to.deep.equal(['partisipatif']);
    expect(scoreAssessment(await byId('nilai-kpm-2025-1'), KPM_8_KRITERIA, { skorButuhBukti: 2 }).tanpaBukti.map((k) => k.kode))
      .to.deep.equal(['kemandirian', 'berkelanjutan']);
  });

  it('works on any framework: missing criteria unassessed, unknown indicators kept by id, null indicator answers', () => {
    const p: PenilaianKelompok = {
      id: 'p', kelompokId: 'g', kerangkaId: 'tiga', tanggal: '2025-01-01', metode: 'eksternal',
      kriteria: [
        { kode: 'a', skor: 0, indikator: [{ id: 'a2', terpenuhi: true }, { id: 'zz', terpenuhi: false }], bukti: [] },
        { kode: 'b', skor: 2, bukti: [{ jenis: 'foto', judul: 'x' }, { jenis: 'foto', judul: 'y' }] },
      ],
    };
    const s = scoreAssessment(p, TIGA);
    expect(s.kriteria.map((k) => k.skor)).to.deep.equal([0, 2, null]);
    expect(s.dinilai).to.equal(2);
    expect(s.total).to.equal(3);
    expect(s.rataRata).to.equal(1);
    expect(s.terlemah.map((k) => k.kode)).to.deep.equal(['a']);
    expect(s.kriteria[0].indikator).to.deep.equal([
      { id: 'a1', teks: 'Satu', terpenuhi: null },
      { id: 'a2', teks: 'Dua', terpenuhi: true },
      { id: 'zz', teks: 'zz', terpenuhi: false },
    ]);
    expect(s.kriteria[0].indikatorTerpenuhi).to.equal(1);
    expect(s.kriteria[0].indikatorDiketahui).to.equal(2);
    expect(s.kriteria.map((k) => [k.indikatorTerpenuhi, k.indikatorDiketahui, k.indikator.length])).to.deep.equal([[1, 2, 3], [0, 0, 0], [0, 0, 0]]);
    expect(s.kriteria[1].label).to.deep.equal({ id: 'Sudah', en: 'Done' });
    expect(s.kriteria[1].buktiPerJenis).to.deep.equal([{ jenis: 'foto', jumlah: 2 }]);
    expect(s.tanpaBukti).to.deep.equal([]);
  });

  it('keeps unanswered indicators apart from unmet ones: none answered is 0 known, not 0 met of N', () => {
    const p: PenilaianKelompok = {
      id: 'p', kelompokId: 'g', kerangkaId: 'kpm-8-kriteria', tanggal: '2025-03-01', metode: 'penilaian_mandiri',
      kriteria: KPM_8_KRITERIA.kriteria.map((k, i) => ({ kode: k.kode, skor: i < 4 ? 2 : null, bukti: [] })),
    };
    p.kriteria[1]!.indikator = [{ id: 'kem-dana', terpenuhi: true }, { id: 'kem-sumber', terpenuhi: false }];
    const s = scoreAssessment(p, KPM_8_KRITERIA);
    expect(s.kriteria.map((k) => [k.indikatorTerpenuhi, k.indikatorDiketahui, k.indikator.length])).to.deep.equal([
      [0, 0, 3], [1, 2, 3], [0, 0, 3], [0, 0, 3], [0, 0, 2], [0, 0, 2], [0, 0, 3], [0, 0, 2],
    ]);
    expect(s.kriteria[0].indikator.map((i) => i.terpenuhi)).to.deep.equal([null, null, null]);
  });

  it('flags a high score without evidence on the framework\'s own scale: not 5 of 100, but 70 of 100', () => {
    const kerangka: KerangkaPenilaian = {
      id: 'dua', nama: 'Dua', skala: { min: 0, maks: 100 }, kriteria: [{ kode: 'a', nama: 'A' }, { kode: 'b', nama: 'B' }, { kode: 'c', nama: 'C' }],
    };
    const p: PenilaianKelompok = {
      id: 'p', kelompokId: 'g', kerangkaId: 'dua', tanggal: '2025-06-01', metode: 'pendamping',
      kriteria: [{ kode: 'a', skor: 5, bukti: [] }, { kode: 'b', skor: 70, bukti: [] }, { kode: 'c', skor: 90, bukti: [{ jenis: 'foto', judul: 'f' }] }],
    };
    expect(scoreAssessment(p, kerangka).kriteria.map((k) => k.tanpaBukti)).to.deep.equal([false, true, false]);
    expect(scoreAssessment(p, kerangka).tanpaBukti.map((k) => k.kode)).to.deep.equal(['b']);
    // A threshold given by the host is a score on the framework's scale, used as given.
    expect(scoreAssessment(p, kerangka, { skorButuhBukti: 3 }).tanpaBukti.map((k) => k.kode)).to.deep.equal(['a', 'b']);
  });

  it('has no average and no weakest when nothing is assessed, and no weakest when all are at the top', () => {
    const none: PenilaianKelompok = {
      id: 'p', kelompokId: 'g', kerangkaId: 'tiga', tanggal: '2025-01-01', metode: 'eksternal',
      kriteria: TIGA.kriteria.map((k) => ({ kode: k.kode, skor: null, bukti: [] })),
    };
    const s = scoreAssessment(none, TIGA);
    expect(s.rataRata).to.equal(null);
    expect(s.dinilai).to.equal(0);
    expect(s.terlemah).to.deep.equal([]);
    const top = { ...none, kriteria: TIGA.kriteria.map((k) => ({ kode: k.kode, skor: 2, bukti: [{ jenis: 'foto' as const, judul: 'f' }] })) };
    expect(scoreAssessment(top, TIGA).terlemah).to.deep.equal([]);
    expect(scoreAssessment(top, TIGA).rataRata).to.equal(2);
  });
});
