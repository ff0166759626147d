import { expect } from '@open-wc/testing';
import { createDatasetValidator, validateDataset, type DatasetValidator } from '../../src/schema/index.js';
import { kelompokSchema } from '../../src/schema/entities/kelompok.js';
import { referenceRules, wilayahRules } from '../../src/schema/rules/index.js';
import type { ValidationIssue } from '../../src/schema/issues.js';
import { budgetChartValidator } from '../../src/widgets/budget-chart/validator.js';
import { participationFormValidator } from '../../src/widgets/participation-form/validator.js';
import { partnerMapValidator } from '../../src/widgets/partner-map/validator.js';
import { programTimelineValidator } from '../../src/widgets/program-timeline/validator.js';
import { scorecardValidator } from '../../src/widgets/scorecard/validator.js';
import { brief, loadExample, mutate } from './helpers.js';

before(loadExample);

const COLLECTIONS = [
  'dokumenPerencanaan', 'forum', 'apbdes', 'kegiatan', 'kelompokKpm',
  'kerangkaPenilaian', 'penilaianKpm', 'usulan', 'organisasi', 'kemitraan',
];

/** Each widget's validator and the collections it is meant to carry. */
const WIDGETS: Array<[string, DatasetValidator, string[]]> = [
  ['budget-chart', budgetChartValidator, ['apbdes']],
  ['scorecard', scorecardValidator, ['kelompokKpm', 'kerangkaPenilaian', 'penilaianKpm']],
  ['participation-form', participationFormValidator, ['kegiatan', 'usulan']],
  ['partner-map', partnerMapValidator, ['apbdes', 'kegiatan', 'organisasi', 'kemitraan']],
  [
    'program-timeline',
    programTimelineValidator,
    ['dokumenPerencanaan', 'forum', 'apbdes', 'kegiatan', 'kelompokKpm', 'usulan', 'organisasi'],
  ],
];

// Structural errors, unknown fields, rule errors and warnings, and references whose target is
// in the same collection family, in every collection, so each composition is exercised.
const BROKEN: Array<[string, (d: any) => void]> = [
  ['the example as it is', () => {}],
  ['a bad line, a typo and a budget that no longer balances', (d) => {
    d.apbdes[0].baris[0].kodeRekening = '9.9';
    d.apbdes[0].baris[1].anggran = 5;
    d.apbdes[1].baris[2].anggaran += 1_000_000_000;
    d.apbdes[0].tanggalPenetapan = '2025-02-30';
  }],
  ['kegiatan and usulan with wrong types, bad codes and unknown fields', (d) => {
    d.kegiatan[0].nama = 42;
    d.kegiatan[1].kodeKegiatan = '9.99.99';
    d.kegiatan[2].statuss = 'selesai';
    d.usulan[0].judul = 7;
    d.usulan[1].kegiatanId = 'tidak-ada';
    d.usulan[2].kodeKegiatan = '1.1.1';
  }],
  ['groups, frameworks and assessments broken', (d) => {
    d.kelompokKpm[0].jenis = 'bukan-jenis';
    d.penilaianKpm[0].kelompokId = 'tidak-ada';
    d.penilaianKpm[1].kriteria[0].skor = 99;
    d.kerangkaPenilaian[0].kriteria = 'none';
  }],
  ['organisations, partnerships, documents and forums broken', (d) => {
    d.organisasi[0].jenis = 'bukan-jenis';
    d.kemitraan[0].peran[0].organisasiId = 'tidak-ada';
    d.kemitraan[1].kegiatanIds = ['tidak-ada'];
    d.kemitraan[2].mulaii = '2025-01-01';
    d.dokumenPerencanaan[0].tanggal = 'kemarin';
    d.forum[0].tanggal = '2025-13-01';
    d.forum[1].dusunId = 'tidak-ada';
  }],
  ['spans that end before they start, a framework with a bad scale and a repeated code', (d) => {
    d.desa.kepalaDesa.periode.selesai = '2000-01-01';
    d.kegiatan[0].jadwal = { mulai: '2025-08-01', selesai: '2025-07-31' };
    d.kelompokKpm[0].periode = { mulai: '2024-01-01', selesai: '2023-12-31' };
    d.kemitraan[0].periode.selesai = '2000-01-01';
    d.kerangkaPenilaian[0].skala.maks = 0;
    d.kerangkaPenilaian[0].kriteria[1].kode = d.kerangkaPenilaian[0].kriteria[0].kode;
  }],
  ['the envelope and desa broken, an unknown top-level key', (d) => {
    d.sumber.sistemm = 'x';
    d.desa.kodeWilayah = '33.99.01.1001';
    d.tambahan = true;
  }],
];

const topOf = (issue: ValidationIssue) => /^[^.[]*/.exec(issue.path)![0];
const full = (i: ValidationIssue) => `${brief(i)} | ${i.message.id} | ${i.message.en}`;

describe('createDatasetValidator: each widget reports what validateDataset reports about what it shows', () => {
  for (const [widget, validate, carried] of WIDGETS) {
    for (const [name, edit] of BROKEN) {
      it(`${widget}: ${name}`, () => {
        const input = mutate(edit);
        const all = validateDataset(structuredClone(input));
        const own = validate(input);
        const shown = (i: ValidationIssue) => !COLLECTIONS.includes(topOf(i)) || carried.includes(topOf(i));
        expect(own.issues.map(full)).to.deep.equal(all.issues.filter(shown).map(full));
        expect(own.ok).to.equal(!all.issues.filter(shown).some((i) => i.severity === 'error'));
        if (all.data === null) {
          expect(own.data).to.equal(null);
          return;
        }
        const keys = Object.keys(own.data!).filter((k) => COLLECTIONS.includes(k)).sort();
        expect(keys).to.deep.equal(carried.filter((c) => (all.data as any)[c] !== undefined).sort());
        for (const key of Object.keys(all.data)) {
          if (COLLECTIONS.includes(key) && !carried.includes(key)) continue;
          expect((own.data as any)[key], key).to.deep.equal((all.data as any)[key]);
        }
        for (const c of carried) expect(own.inputIndex?.[c as 'apbdes'], c).to.deep.equal(all.inputIndex?.[c as 'apbdes']);
      });
    }
  }
});

describe('createDatasetValidator: what it does not carry', () => {
  it('leaves other collections out of data unchecked, without an unknown-field warning', () => {
    const input = mutate((d) => {
      d.kegiatan = 5;
      d.organisasi = [{ nonsense: true }];
    });
    const own = budgetChartValidator(input);
    expect(own.issues.filter((i) => i.severity !== 'info').map(brief)).to.deep.equal([]);
    expect(own.ok).to.equal(true);
    expect(Object.keys(own.data!).sort()).to.deep.equal(
      ['apbdes', 'desa', 'generatedAt', 'lisensi', 'schemaVersion', 'sumber'],
    );
    expect(validateDataset(input).issues.map(brief)).to.include('error invalid_type kegiatan');
  });

  it('does not check a reference into a collection it does not carry, but does within what it carries', () => {
    const input = mutate((d) => {
      d.kelompokKpm[0].induk = 'tidak-ada'; // → organisasi, not carried by the scorecard
      d.penilaianKpm[0].kelompokId = 'tidak-ada-juga'; // → kelompokKpm, carried
    });
    expect(validateDataset(input).issues.map(brief)).to.include.members([
      'error dangling_reference kelompokKpm[0].induk',
      'error dangling_reference penilaianKpm[0].kelompokId',
    ]);
    const own = scorecardValidator(input).issues.map(brief);
    expect(own).to.include('error dangling_reference penilaianKpm[0].kelompokId');
    expect(own).to.not.include('error dangling_reference kelompokKpm[0].induk');
  });

  it('with no collections checks the envelope and desa only', () => {
    const validate = createDatasetValidator({ collections: {} });
    const good = validate(mutate(() => {}));
    expect(good.ok).to.equal(true);
    expect(good.issues).to.deep.equal([]);
    expect(Object.keys(good.data!).sort()).to.deep.equal(['desa', 'generatedAt', 'lisensi', 'schemaVersion', 'sumber']);
    const bad = validate(mutate((d) => {
      d.schemaVersion = '9.0.0';
      d.desa.nama = 3;
    }));
    expect(bad.ok).to.equal(false);
    expect(bad.data).to.equal(null);
    expect(bad.issues.map(brief)).to.deep.equal([
      'error unsupported_schema_version schemaVersion',
      'error invalid_type desa.nama',
    ]);
  });

  it('runs only the rule families it is given', () => {
    const input = mutate((d) => {
      d.kelompokKpm[0].wilayahKerja = ['tidak-ada']; // a dusun id: desa is always carried
      d.desa.kodeWilayah = '33.99.01.1001';
    });
    const structural = createDatasetValidator({ collections: { kelompokKpm: kelompokSchema } });
    expect(structural(input).issues.map(brief)).to.deep.equal([]);
    const withRules = createDatasetValidator({
      collections: { kelompokKpm: kelompokSchema },
      rules: [wilayahRules, referenceRules],
    });
    expect(withRules(input).issues.map(brief)).to.deep.equal([
      'error wilayah_mismatch desa.kodeWilayah',
      'error dangling_reference kelompokKpm[0].wilayahKerja[0]',
    ]);
  });

  it('never throws: a non-object is one error', () => {
    for (const [, validate] of WIDGETS) {
      expect(validate('nope').issues.map(brief)).to.deep.equal(['error invalid_root ']);
      expect(validate(null).data).to.equal(null);
    }
  });
});
