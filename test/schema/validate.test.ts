import { expect } from '@open-wc/testing';
import { SCHEMA_VERSION, validateDataset } from '../../src/schema/index.js';
import { brief, expectReadableMessages, loadExample, mutate } from './helpers.js';

before(loadExample);

const ids = (list: { id: string }[] | undefined) => (list ?? []).map((x) => x.id);

describe('validateDataset: the example', () => {
  it('is valid, with only the info the data documents as intentional', () => {
    const result = validateDataset(mutate(() => {}));
    const notInfo = result.issues.filter((i) => i.severity !== 'info');
    expect(notInfo.map(brief), 'errors or warnings on the example').to.deep.equal([]);
    expect(result.ok).to.equal(true);
    // Section 12 info: one score ≥ 3 without evidence, on purpose.
    expect(result.issues.map(brief)).to.deep.equal(['info evidence_missing penilaianKpm[2].kriteria[3].bukti']);
    expectReadableMessages(result.issues);
  });

  it('keeps every entity of the example in data', () => {
    const input = mutate(() => {});
    const { data } = validateDataset(input);
    expect(data).to.not.equal(null);
    expect(data!.schemaVersion).to.equal(SCHEMA_VERSION);
    expect(data!.desa.dusun!.length).to.equal(4);
    expect(ids(data!.apbdes)).to.deep.equal(['apbdes-2025-murni', 'apbdes-2024-murni', 'apbdes-2025-perubahan']);
    expect(data!.apbdes![0]!.baris.length).to.equal(36);
    expect(data!.kegiatan!.length).to.equal(16);
    expect(data!.usulan!.length).to.equal(12);
    expect(data!.organisasi!.length).to.equal(9);
    expect(data!.kemitraan!.length).to.equal(6);
    expect(data!.dokumenPerencanaan!.length).to.equal(9);
    expect(data!.forum!.length).to.equal(11);
    expect(data).to.deep.equal(input);
  });

  it('accepts a minimal dataset: envelope and desa only', () => {
    const result = validateDataset(mutate((d) => {
      for (const key of Object.keys(d)) if (!['schemaVersion', 'generatedAt', 'sumber', 'desa'].includes(key)) delete d[key];
    }));
    expect(result.issues.map(brief)).to.deep.equal([]);
    expect(result.ok).to.equal(true);
  });
});

describe('validateDataset: what data keeps', () => {
  it('drops only the broken entity from its collection', () => {
    const result = validateDataset(mutate((d) => { d.apbdes[1].baris[0].anggaran = -1; }));
    expect(result.ok).to.equal(false);
    expect(ids(result.data!.apbdes)).to.deep.equal(['apbdes-2025-murni', 'apbdes-2025-perubahan']);
    expect(result.data!.kegiatan!.length).to.equal(16);
  });

  it('strips unknown fields and keeps ext', () => {
    const result = validateDataset(mutate((d) => {
      d.apbdes[0].baris[0].anggran = 5;
      d.desa.namaDesa = 'x';
      d.apbdes[0].ext = { siskeudesId: 'A-1' };
      d.ext = { importer: 'uji' };
    }));
    expect(result.ok).to.equal(true);
    expect(result.data!.apbdes![0]!.baris[0]).to.not.have.property('anggran');
    expect(result.data!.desa).to.not.have.property('namaDesa');
    expect(result.data!.apbdes![0]!.ext).to.deep.equal({ siskeudesId: 'A-1' });
    expect(result.data!.ext).to.deep.equal({ importer: 'uji' });
    expect(result.issues.filter((i) => i.code === 'unknown_field').map((i) => i.path)).to.deep.equal([
      'desa.namaDesa',
      'apbdes[0].baris[0].anggran',
    ]);
  });

  it('gives null data when desa is broken, but still lists the other issues', () => {
    const result = validateDataset(mutate((d) => {
      d.desa.jenis = 'kota';
      d.kegiatan[0].status = 'x';
    }));
    expect(result.data).to.equal(null);
    expect(result.issues.map(brief)).to.include.members(['error invalid_value desa.jenis', 'error invalid_value kegiatan[0].status']);
  });

  it('keeps every sound entity when generatedAt, sumber or lisensi is broken, leaving that field out', () => {
    const noSumber = validateDataset(mutate((d) => { delete d.sumber; }));
    expect(noSumber.ok).to.equal(false);
    expect(noSumber.issues.filter((i) => i.severity === 'error').map(brief)).to.deep.equal(['error required sumber']);
    expect(noSumber.data!.sumber).to.equal(undefined);
    expect(noSumber.data!.generatedAt).to.equal('2025-10-06T09:00:00+07:00');
    expect(noSumber.data!.apbdes!.length).to.equal(3);
    const badDate = validateDataset(mutate((d) => { d.generatedAt = '06/10/2025'; d.lisensi = 7; }));
    expect(badDate.issues.filter((i) => i.severity === 'error').map(brief)).to.deep.equal([
      'error invalid_timestamp generatedAt',
      'error invalid_type lisensi',
    ]);
    expect(Object.keys(badDate.data!)).to.not.include.members(['generatedAt', 'lisensi']);
    expect(badDate.data!.sumber!.sistem).to.equal('manual');
    expect(badDate.data!.kegiatan!.length).to.equal(mutate(() => {}).kegiatan.length);
  });

  it('gives null data when the schemaVersion is missing, malformed or of a major it does not know', () => {
    expect(validateDataset(mutate((d) => { delete d.schemaVersion; })).data).to.equal(null);
    expect(validateDataset(mutate((d) => { d.schemaVersion = 'satu'; })).data).to.equal(null);
    expect(validateDataset(mutate((d) => { d.schemaVersion = '9.0.0'; })).data).to.equal(null);
  });

  it('sorts errors before warnings before infos, each in document order', () => {
    const result = validateDataset(mutate((d) => {
      d.kegiatan[3].typo = 1;
      d.kegiatan[5].status = 'x';
      d.apbdes[2].baris[0].anggaran = -3;
      d.forum[1].catatan = 7;
      d.apbdes[0].typo = 1;
    }));
    // forum[1] and kegiatan[5] are dropped, but links to them are not reported as dangling:
    // their targets exist in the input and carry their own errors.
    expect(result.issues.map(brief)).to.deep.equal([
      'error invalid_type forum[1].catatan',
      'error too_small apbdes[2].baris[0].anggaran',
      'error invalid_value kegiatan[5].status',
      'warning unknown_field apbdes[0].typo',
      'warning unknown_field kegiatan[3].typo',
      'info evidence_missing penilaianKpm[2].kriteria[3].bukti',
    ]);
  });
});

describe('validateDataset: cross-field rules end to end', () => {
  it('reports a dangling menggantikanId but keeps the APBDes: a broken link hides nothing', () => {
    const result = validateDataset(mutate((d) => { d.apbdes[2].menggantikanId = 'apbdes-tidak-ada'; }));
    expect(result.issues.map(brief)).to.include('error dangling_reference apbdes[2].menggantikanId');
    expect(result.ok).to.equal(false);
    expect(ids(result.data!.apbdes)).to.deep.equal(['apbdes-2025-murni', 'apbdes-2024-murni', 'apbdes-2025-perubahan']);
  });

  it('points rule paths at the input even after an earlier entity was dropped', () => {
    // apbdes[0] fails structurally, so the perubahan is data.apbdes[1] but input apbdes[2].
    const result = validateDataset(mutate((d) => {
      d.apbdes[0].id = 'Bukan Id';
      const j = d.apbdes[2].baris.findIndex((b: any) => b.kodeRekening.startsWith('5'));
      delete d.apbdes[2].baris[j].kodeKegiatan;
    }));
    const j = result.issues.find((i) => i.code === 'missing_kode_kegiatan')!.path;
    expect(j).to.match(/^apbdes\[2\]\.baris\[\d+\]\.kodeKegiatan$/);
    expect(result.issues.map(brief)).to.include('error dangling_reference apbdes[2].menggantikanId');
    // The line's rule error drops the perubahan; the dangling link alone would not.
    expect(ids(result.data!.apbdes)).to.deep.equal(['apbdes-2024-murni']);
  });

  it('does not cascade: a dropped kegiatan leaves the budget lines that point to it alone', () => {
    const result = validateDataset(mutate((d) => { d.kegiatan[0].bidang = 9; }));
    expect(result.issues.filter((i) => i.severity === 'error').map(brief)).to.deep.equal(['error invalid_value kegiatan[0].bidang']);
    expect(result.data!.apbdes!.length).to.equal(3);
    expect(result.data!.kegiatan!.length).to.equal(15);
  });

  it('drops the second holder of a duplicate id and keeps the first', () => {
    const data = mutate((d) => { d.kegiatan.push({ ...structuredClone(d.kegiatan[0]), nama: 'Salinan' }); });
    const n = data.kegiatan.length - 1;
    const result = validateDataset(data);
    expect(result.issues.filter((i) => i.severity === 'error').map(brief)).to.deep.equal([`error duplicate_id kegiatan[${n}].id`]);
    expect(result.data!.kegiatan!.length).to.equal(n);
    expect(result.data!.kegiatan![0].nama).to.equal(data.kegiatan[0].nama);
  });

  it('accepts an assessment without kerangkaId and fills in kpm-8-kriteria', () => {
    const data = mutate((d) => {
      delete d.penilaianKpm[0].kerangkaId;
      d.penilaianKpm[0].kriteria.pop();
    });
    const result = validateDataset(data);
    // Read against the built-in framework: the criterion left out is missing from it.
    expect(result.issues.filter((i) => i.severity !== 'info').map(brief)).to.deep.equal(['error kriteria_mismatch penilaianKpm[0].kriteria']);
    const ok = validateDataset(mutate((d) => { delete d.penilaianKpm[0].kerangkaId; }));
    expect(ok.ok).to.equal(true);
    expect(ok.data!.penilaianKpm![0].kerangkaId).to.equal('kpm-8-kriteria');
  });

  it('keeps a kegiatan whose usulanIds do not resolve, and reports the link', () => {
    const result = validateDataset(mutate((d) => { d.kegiatan[0].usulanIds = ['usl-tidak-ada']; }));
    const dangling = result.issues.filter((i) => i.code === 'dangling_reference');
    expect(dangling.map((i) => i.path)).to.deep.equal(['kegiatan[0].usulanIds[0]']);
    expect(result.data!.kegiatan!.length).to.equal(16);
  });

  it('keeps an entity that only has rule warnings', () => {
    const result = validateDataset(mutate((d) => {
      const line = d.apbdes[0].baris.find((b: any) => b.realisasi?.length);
      line.realisasi[line.realisasi.length - 1].jumlah = line.anggaran + 1;
    }));
    expect(result.issues.some((i) => i.severity === 'warning' && i.path.startsWith('apbdes[0]'))).to.equal(true);
    expect(result.data!.apbdes!.length).to.equal(3);
  });
});

describe('validateDataset: hostile input', () => {
  for (const [name, input, found] of [
    ['null', null, 'null'],
    ['an array', [], 'a list of 0 items'],
    ['a string', 'x', '"x"'],
    ['a number', 42, '42'],
    ['undefined', undefined, 'nothing'],
    ['a function', () => 1, 'a function'],
  ] as const) {
    it(`gives one root error for ${name}`, () => {
      const result = validateDataset(input);
      expect(result.ok).to.equal(false);
      expect(result.data).to.equal(null);
      expect(result.issues.map(brief)).to.deep.equal(['error invalid_root ']);
      expect(result.issues[0]!.message.en).to.equal(`The dataset must be a JSON object; found ${found}`);
      expectReadableMessages(result.issues);
    });
  }

  it('does not throw on deep nesting, huge arrays, functions, symbols and bigints', () => {
    let deep: unknown = [];
    for (let i = 0; i < 50_000; i++) deep = [deep];
    const result = validateDataset(mutate((d) => {
      d.desa.koordinat = deep;
      d.apbdes = new Array(20_000).fill(null);
      d.kegiatan[0].nama = () => 'x';
      d.kegiatan[1].nama = Symbol('x');
      d.kegiatan[2].anggaran.total = 10n;
    }));
    expect(result.ok).to.equal(false);
    expect(result.data).to.equal(null);
    expect(result.issues.filter((i) => i.path.startsWith('apbdes[')).length).to.equal(20_000);
    expect(result.issues.map(brief)).to.include.members([
      'error invalid_type desa.koordinat',
      'error invalid_type kegiatan[0].nama',
      'error invalid_type kegiatan[1].nama',
      'error invalid_type kegiatan[2].anggaran.total',
    ]);
  });

  it('turns a throwing getter into one error instead of an exception', () => {
    const input = mutate(() => {});
    Object.defineProperty(input, 'lisensi', { enumerable: true, get: () => { throw new Error('boom'); } });
    const result = validateDataset(input);
    expect(result.issues.map(brief)).to.deep.equal(['error internal_error ']);
    expect(result.data).to.equal(null);
  });

  it('reports __proto__ as an unknown field without polluting data', () => {
    const input = JSON.parse('{"__proto__": {"polluted": true}}');
    const result = validateDataset(mutate((d) => { d.desa = { ...d.desa, ...input }; Object.defineProperty(d.desa, '__proto__', { value: { polluted: true }, enumerable: true }); }));
    expect(result.issues.map(brief)).to.include('warning unknown_field desa.__proto__');
    expect((result.data!.desa as Record<string, unknown>).polluted).to.equal(undefined);
  });
});

describe('validateDataset: input positions of kept entities', () => {
  it('maps each kept entity back to its input index, after structural and rule drops', () => {
    const result = validateDataset(mutate((d) => {
      d.apbdes[0].id = 'Bukan Id';
      d.kegiatan[2].bidang = 9;
    }));
    expect(result.inputIndex!.apbdes).to.deep.equal([1, 2]);
    expect(result.inputIndex!.kegiatan!.length).to.equal(15);
    expect(result.inputIndex!.kegiatan!.slice(0, 3)).to.deep.equal([0, 1, 3]);
  });
});
