import { expect } from '@open-wc/testing';
import { KPM_8_KRITERIA, validatePenilaianKelompok, type PenilaianKelompok } from '../../src/schema/index.js';
import { TIGA } from '../fixtures/scorecard/frameworks.js';

async function example(id = 'nilai-kpm-2025-1'): Promise<PenilaianKelompok> {
  const d = await (await fetch('/test/fixtures/desa-sukamaju-2025.json')).json();
  return d.penilaianKpm.find((p: PenilaianKelompok) => p.id === id);
}

const brief = (r: ReturnType<typeof validatePenilaianKelompok>) => r.issues.map((i) => [i.path, i.severity, i.code]);

describe('schema/validate-entity: validatePenilaianKelompok', () => {
  it('accepts the example assessments against the built-in framework', async () => {
    const p = await example();
    const r = validatePenilaianKelompok(p);
    expect(r.ok).to.equal(true);
    expect(r.issues).to.deep.equal([]);
    expect(r.data).to.deep.equal(p);
  });

  it('reads an assessment without kerangkaId against kpm-8-kriteria (section 7: it defaults to it)', async () => {
    const p: Partial<PenilaianKelompok> = { ...(await example()) };
    delete p.kerangkaId;
    const r = validatePenilaianKelompok(p);
    expect(r.issues).to.deep.equal([]);
    expect(r.data!.kerangkaId).to.equal('kpm-8-kriteria');
  });

  it('keeps the evidence rule as info with a path relative to the assessment', async () => {
    const r = validatePenilaianKelompok(await example('nilai-melati-2025-1'));
    expect(r.ok).to.equal(true);
    expect(brief(r)).to.deep.equal([['kriteria[3].bukti', 'info', 'evidence_missing']]);
    expect(r.issues[0].message.en).to.equal(
      'Score 3 for "partisipatif" has no supporting evidence yet (document, photo, attendance list, …).',
    );
    expect(brief(validatePenilaianKelompok(await example('nilai-melati-2025-1'), KPM_8_KRITERIA, { skorButuhBukti: 4 }))).to.deep.equal([]);
  });

  it('reports shape errors with paths and messages in both languages', async () => {
    const p: any = await example();
    p.tanggal = '2025-13-01';
    p.kriteria[2].skor = 2.5;
    p.kriteria[0].bukti[0].url = 'javascript:alert(1)';
    delete p.metode;
    const r = validatePenilaianKelompok(p);
    expect(r.ok).to.equal(false);
    expect(r.data).to.equal(null);
    expect(r.issues.map((i) => i.path)).to.deep.equal(['metode', 'tanggal', 'kriteria[0].bukti[0].url', 'kriteria[2].skor']);
    expect(r.issues.every((i) => i.severity === 'error' && i.message.id !== '' && i.message.en !== '')).to.equal(true);
    expect(r.issues[0].code).to.equal('required');
    // What is missing, in brackets after "required": it reads as one sentence in an editor's error list.
    expect(r.issues[0].message.id).to.equal(
      'wajib diisi (salah satu dari: penilaian_mandiri, penilaian_sejawat, pendamping, pemerintah_desa, eksternal)',
    );
    expect(r.issues[0].message.en).to.match(/^is required \(one of: penilaian_mandiri, /);
  });

  it('reports a score off the scale together with shape errors, not after they are fixed', async () => {
    const p: any = await example();
    p.kriteria[2].skor = 2.5;
    p.kriteria[4].skor = 150;
    delete p.metode;
    const r = validatePenilaianKelompok(p);
    expect(brief(r)).to.deep.equal([
      ['metode', 'error', 'required'],
      ['kriteria[2].skor', 'error', 'not_integer'],
      ['kriteria[4].skor', 'error', 'skor_out_of_scale'],
    ]);
    expect(r.issues[2].message.en).to.equal('Score 150 for "kompeten" is outside the 1–4 scale.');
  });

  it('applies the framework: scale, one entry per criterion, and the framework id', async () => {
    const p = await example();
    p.kriteria[0].skor = 5;
    p.kriteria.pop();
    const r = validatePenilaianKelompok(p);
    expect(brief(r)).to.deep.equal([
      ['kriteria', 'error', 'kriteria_mismatch'],
      ['kriteria[0].skor', 'error', 'skor_out_of_scale'],
    ]);
    expect(r.issues[1].message.id).to.equal('Skor 5 untuk "legalitas" di luar skala 1–4.');
    const wrong = validatePenilaianKelompok(await example(), TIGA);
    expect(brief(wrong)).to.deep.equal([['kerangkaId', 'error', 'kerangka_mismatch']]);
  });

  it('validates against a custom framework with another scale', () => {
    const p: PenilaianKelompok = {
      id: 'p', kelompokId: 'g', kerangkaId: 'tiga', tanggal: '2025-01-01', metode: 'eksternal',
      kriteria: [
        { kode: 'a', skor: 0, bukti: [] },
        { kode: 'b', skor: 2, bukti: [] },
        { kode: 'c', skor: null, bukti: [] },
      ],
    };
    expect(validatePenilaianKelompok(p, TIGA).ok).to.equal(true);
    // 2 is the top of 0–2: where 3 is on 1–4, so it needs evidence too.
    expect(brief(validatePenilaianKelompok(p, TIGA))).to.deep.equal([['kriteria[1].bukti', 'info', 'evidence_missing']]);
    p.kriteria[1].skor = 1;
    expect(brief(validatePenilaianKelompok(p, TIGA))).to.deep.equal([]);
    p.kriteria[1].skor = 3;
    expect(brief(validatePenilaianKelompok(p, TIGA))).to.deep.equal([['kriteria[1].skor', 'error', 'skor_out_of_scale']]);
  });

  it('warns on unknown fields and rejects a non-object without throwing', async () => {
    const p: any = { ...(await example()), catatn: 'typo' };
    const r = validatePenilaianKelompok(p);
    expect(r.ok).to.equal(true);
    expect(brief(r)).to.deep.equal([['catatn', 'warning', 'unknown_field']]);
    expect(brief(validatePenilaianKelompok('x'))).to.deep.equal([['', 'error', 'invalid_root']]);
    expect(brief(validatePenilaianKelompok(null))).to.deep.equal([['', 'error', 'invalid_root']]);
    const hostile = { get id(): string { throw new Error('boom'); } };
    expect(validatePenilaianKelompok(hostile).ok).to.equal(false);
  });
});
