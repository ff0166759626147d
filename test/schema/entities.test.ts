import { expect } from '@open-wc/testing';
import * as schema from '../../src/schema/index.js';
import {
  KPM_8_KRITERIA,
  LABEL_BIDANG,
  NOMOR_BIDANG,
  SUMBER_DANA,
  STATUS_KEGIATAN,
  kerangkaPenilaianSchema,
  validateDataset,
} from '../../src/schema/index.js';
import { loadExample, mutate } from './helpers.js';

before(loadExample);

describe('schema entities and labels', () => {
  it('every label table gives each slug a non-empty id and en label', () => {
    const tables = Object.entries(schema).filter(([k]) => k.startsWith('LABEL_'));
    expect(tables.length).to.be.at.least(30);
    for (const [name, table] of tables) {
      for (const [slug, label] of Object.entries(table as Record<string, { id: string; en: string }>)) {
        expect(label.id, `${name}.${slug}.id`).to.be.a('string').and.not.equal('');
        expect(label.en, `${name}.${slug}.en`).to.be.a('string').and.not.equal('');
      }
    }
  });

  it('value lists follow DATA-MODEL section 11 and 5', () => {
    expect(SUMBER_DANA).to.deep.equal([
      'pades', 'swadaya', 'dana_desa', 'bhpr', 'add', 'bankeu_provinsi', 'bankeu_kabkota', 'hibah', 'csr', 'silpa', 'lainnya',
    ]);
    expect(STATUS_KEGIATAN).to.deep.equal(['usulan', 'direncanakan', 'dianggarkan', 'berjalan', 'selesai', 'tertunda', 'dibatalkan']);
    expect(NOMOR_BIDANG.map((b) => LABEL_BIDANG[b].en)).to.deep.equal([
      'Village administration', 'Village development', 'Community affairs', 'Community empowerment',
      'Disaster, emergency & urgent needs',
    ]);
  });

  it('the built-in kpm-8-kriteria framework is valid data with 8 bilingual criteria', () => {
    expect(kerangkaPenilaianSchema.safeParse(KPM_8_KRITERIA).success).to.equal(true);
    expect(KPM_8_KRITERIA.kriteria.map((k) => k.kode)).to.deep.equal([
      'legalitas', 'kemandirian', 'representatif', 'partisipatif', 'kompeten', 'transparan', 'berkelanjutan', 'kreatif_inovatif',
    ]);
    const indicatorIds = KPM_8_KRITERIA.kriteria.flatMap((k) => (k.indikator ?? []).map((i) => i.id));
    expect(new Set(indicatorIds).size).to.equal(indicatorIds.length);
    for (const k of KPM_8_KRITERIA.kriteria) {
      for (const text of [k.nama, k.deskripsi, ...(k.indikator ?? []).map((i) => i.teks)]) {
        expect(text, k.kode).to.have.keys('id', 'en');
      }
    }
    expect(KPM_8_KRITERIA.skala).to.deep.include({ min: 1, maks: 4 });
  });

  it('the example framework uses the same criteria and indicator ids as the built-in one', () => {
    const { data } = validateDataset(mutate(() => {}));
    const fromData = data!.kerangkaPenilaian![0]!;
    expect(fromData.kriteria.map((k) => [k.kode, (k.indikator ?? []).map((i) => i.id)])).to.deep.equal(
      KPM_8_KRITERIA.kriteria.map((k) => [k.kode, (k.indikator ?? []).map((i) => i.id)]),
    );
  });

  it('accepts Teks as a plain string or {id, en?}', () => {
    // An empty id is a string like the empty plain form (section 0: `{ id: string, en?: string }`).
    for (const nama of ['Kerangka', { id: 'Kerangka' }, { id: 'Kerangka', en: 'Framework' }, '', { id: '', en: 'Framework' }]) {
      const result = validateDataset(mutate((d) => { d.kerangkaPenilaian[0].nama = nama; }));
      expect(result.issues.filter((i) => i.path.startsWith('kerangkaPenilaian[0].nama')), JSON.stringify(nama)).to.deep.equal([]);
    }
  });

  it('accepts an RPJMDes of 6 or 8 years', () => {
    for (const tahunSelesai of [2029, 2031]) {
      const result = validateDataset(mutate((d) => {
        const doc = d.dokumenPerencanaan.find((x: any) => x.jenis === 'rpjmdes');
        doc.periode = { tahunMulai: 2024, tahunSelesai };
      }));
      expect(result.issues.filter((i) => i.code === 'invalid_period')).to.deep.equal([]);
    }
  });

  it('accepts RFC 3339 timestamps with a lowercase "t" and "z" (RFC 3339 section 5.6), still not without an offset', () => {
    for (const generatedAt of ['2025-10-06t09:00:00z', '2025-10-06T02:00:00z', '2025-10-06t09:00:00.5+07:00']) {
      const result = validateDataset(mutate((d) => { d.generatedAt = generatedAt; }));
      expect(result.issues.filter((i) => i.path === 'generatedAt'), generatedAt).to.deep.equal([]);
      expect(result.ok, generatedAt).to.equal(true);
    }
    const local = validateDataset(mutate((d) => { d.generatedAt = '2025-10-06t09:00:00'; }));
    expect(local.issues.map((i) => `${i.code} ${i.path}`)).to.include('invalid_timestamp generatedAt');
  });

  it('accepts GeoJSON positions with elevation or a measure after longitude and latitude (RFC 7946: two or more numbers)', () => {
    const result = validateDataset(mutate((d) => {
      const ring = d.desa.batasWilayah.coordinates[0];
      ring[0] = [...ring[0], 120, 0];
      ring[ring.length - 1] = [...ring[ring.length - 1], 120, 0];
    }));
    expect(result.issues.filter((i) => i.path.startsWith('desa'))).to.deep.equal([]);
    expect(result.data).to.not.equal(null);
    const one = validateDataset(mutate((d) => { d.desa.batasWilayah.coordinates[0][1] = [110]; }));
    expect(one.ok).to.equal(false);
  });
});
