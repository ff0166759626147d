import { expect } from '@open-wc/testing';
import { alignToKerangka, blankAssessment, finalizeAssessment, isAssessmentDraft, newAssessmentId } from '../../src/model/scorecard-draft.js';
import { KPM_8_KRITERIA, type PenilaianKelompok } from '../../src/schema/index.js';
import { TIGA } from '../fixtures/scorecard/frameworks.js';

describe('model/scorecard-draft', () => {
  it('names a new assessment within the id limit', () => {
    expect(newAssessmentId('kpm-sukamaju', '2025-10-06')).to.equal('nilai-2025-10-06-kpm-sukamaju');
    const long = newAssessmentId('k'.repeat(64), '2025-10-06');
    expect(long.length).to.equal(64);
    expect(newAssessmentId(`${'k'.repeat(46)}-x`, '2025-10-06')).to.equal(`nilai-2025-10-06-${'k'.repeat(46)}`);
  });

  it('numbers a new assessment whose id the dataset already has, still within the limit', () => {
    const taken = new Set(['nilai-2025-10-06-kpm-sukamaju', 'nilai-2025-10-06-kpm-sukamaju-2']);
    expect(newAssessmentId('kpm-sukamaju', '2025-10-06', taken)).to.equal('nilai-2025-10-06-kpm-sukamaju-3');
    expect(newAssessmentId('kpm-sukamaju', '2025-10-07', taken)).to.equal('nilai-2025-10-07-kpm-sukamaju');
    const long = newAssessmentId('k'.repeat(64), '2025-10-06', new Set([newAssessmentId('k'.repeat(64), '2025-10-06')]));
    expect(long).to.equal(`nilai-2025-10-06-${'k'.repeat(45)}-2`);
    expect(long.length).to.equal(64);
    expect(blankAssessment('g', TIGA, '2025-10-06', 'penilaian_mandiri', new Set(['nilai-2025-10-06-g'])).id).to.equal('nilai-2025-10-06-g-2');
  });

  it('lays out a blank assessment from any framework', () => {
    expect(blankAssessment('g', TIGA, '2025-10-06')).to.deep.equal({
      id: 'nilai-2025-10-06-g',
      kelompokId: 'g',
      kerangkaId: 'tiga',
      tanggal: '2025-10-06',
      metode: 'penilaian_mandiri',
      kriteria: [
        { kode: 'a', skor: null, indikator: [{ id: 'a1', terpenuhi: false }, { id: 'a2', terpenuhi: false }], bukti: [] },
        { kode: 'b', skor: null, bukti: [] },
        { kode: 'c', skor: null, bukti: [] },
      ],
    });
    expect(blankAssessment('g', KPM_8_KRITERIA, '2025-10-06').kriteria).to.have.length(8);
  });

  it('aligns an existing assessment to the framework without touching the original', () => {
    const p: PenilaianKelompok = {
      id: 'p', kelompokId: 'g', kerangkaId: 'tiga', tanggal: '2024-01-01', metode: 'eksternal',
      kriteria: [
        { kode: 'c', skor: 1, bukti: [{ jenis: 'foto', judul: 'f' }], catatan: 'n' },
        { kode: 'a', skor: 2, indikator: [{ id: 'a2', terpenuhi: true }], bukti: [] },
        { kode: 'x', skor: 2, bukti: [] },
      ],
    };
    const aligned = alignToKerangka(p, TIGA);
    expect(aligned.kriteria).to.deep.equal([
      { kode: 'a', skor: 2, indikator: [{ id: 'a1', terpenuhi: false }, { id: 'a2', terpenuhi: true }], bukti: [] },
      { kode: 'b', skor: null, bukti: [] },
      { kode: 'c', skor: 1, bukti: [{ jenis: 'foto', judul: 'f' }], catatan: 'n' },
    ]);
    expect(aligned.id).to.equal('p');
    aligned.kriteria[2].bukti.push({ jenis: 'foto', judul: 'g' });
    expect(p.kriteria[0].bukti).to.have.length(1);
  });

  it('trims texts and drops blank optional ones in the handed-over JSON', () => {
    const draft: PenilaianKelompok = {
      id: 'p', kelompokId: 'g', kerangkaId: 'tiga', tanggal: '2025-01-01', metode: 'penilaian_mandiri',
      penilai: { nama: '  ', peran: '' },
      ringkasan: ' Baik ',
      kriteria: [
        { kode: 'a', skor: 1, bukti: [{ jenis: 'tautan', judul: ' Foto rapat ', url: '', tanggal: '' }], catatan: '', rekomendasi: ' Rapat rutin ' },
      ],
    };
    expect(finalizeAssessment(draft)).to.deep.equal({
      id: 'p', kelompokId: 'g', kerangkaId: 'tiga', tanggal: '2025-01-01', metode: 'penilaian_mandiri',
      ringkasan: 'Baik',
      kriteria: [{ kode: 'a', skor: 1, bukti: [{ jenis: 'tautan', judul: 'Foto rapat' }], rekomendasi: 'Rapat rutin' }],
    });
    expect(finalizeAssessment({ ...draft, penilai: { nama: ' Bu Dwi ' } }).penilai).to.deep.equal({ nama: 'Bu Dwi' });
  });

  it('recognises a stored draft the form can show, half-filled or not, and nothing else', () => {
    const blank = blankAssessment('g', TIGA, '2025-10-06');
    expect(isAssessmentDraft(blank, 'g')).to.equal(true);
    const halfFilled = structuredClone(blank);
    halfFilled.kriteria[0].bukti.push({ jenis: 'foto', judul: '' });
    expect(isAssessmentDraft(halfFilled, 'g')).to.equal(true);
    expect(isAssessmentDraft(blank, 'lain')).to.equal(false);
    expect(isAssessmentDraft(null, 'g')).to.equal(false);
    expect(isAssessmentDraft({ ...blank, kriteria: [null] }, 'g')).to.equal(false);
    expect(isAssessmentDraft({ ...blank, kriteria: [{ kode: 'a', skor: '3', bukti: [] }] }, 'g')).to.equal(false);
    expect(isAssessmentDraft({ ...blank, kriteria: [{ kode: 'a', skor: 3, bukti: 'x' }] }, 'g')).to.equal(false);
    expect(isAssessmentDraft({ ...blank, penilai: 'x' }, 'g')).to.equal(false);
    expect(isAssessmentDraft({ ...blank, tanggal: 5 }, 'g')).to.equal(false);
  });
});
