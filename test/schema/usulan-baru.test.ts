import { expect } from '@open-wc/testing';
import { validateUsulanBaru } from '../../src/schema/index.js';
import { brief, expectReadableMessages } from './helpers.js';

/** The smallest submission the form can send: anonymous, no location, consent given. */
const minimal = () => ({
  clientId: 'dev-8f3a2c91',
  jenis: 'aspirasi',
  judul: 'Lampu jalan di RT 02 mati',
  deskripsi: 'Sudah dua minggu lampu jalan di depan masjid mati.',
  forum: 'daring',
  tahunUsulan: 2025,
  pengusul: { jenis: 'perorangan', tampilkanNama: false },
  persetujuan: {
    simpanData: true,
    publikasiIsi: true,
    publikasiNama: false,
    bolehDihubungi: false,
    tanggal: '2025-10-06T09:15:00+07:00',
    versiKebijakan: '2024-01',
  },
});

describe('validateUsulanBaru', () => {
  it('accepts a minimal submission and returns it as data', () => {
    const result = validateUsulanBaru(minimal());
    expect(result.issues.map(brief)).to.deep.equal([]);
    expect(result.ok).to.equal(true);
    expect(result.data).to.deep.equal(minimal());
  });

  it('requires a judul', () => {
    const input: Record<string, unknown> = minimal();
    delete input.judul;
    const result = validateUsulanBaru(input);
    expect(result.issues.map(brief)).to.deep.equal(['error required judul']);
    expect(result.data).to.equal(null);
    expectReadableMessages(result.issues);
  });

  it('limits judul to 120 characters', () => {
    expect(validateUsulanBaru({ ...minimal(), judul: 'j'.repeat(120) }).ok).to.equal(true);
    const result = validateUsulanBaru({ ...minimal(), judul: 'j'.repeat(121) });
    expect(result.issues.map(brief)).to.deep.equal(['error too_big judul']);
    expect(result.issues[0]!.message.id).to.equal('terlalu panjang: paling banyak 120 karakter; ditemukan 121');
    expect(result.issues[0]!.message.en).to.equal('too long: at most 120 characters; found 121');
  });

  it('limits deskripsi to 2000 characters', () => {
    expect(validateUsulanBaru({ ...minimal(), deskripsi: 'd'.repeat(2000) }).ok).to.equal(true);
    const result = validateUsulanBaru({ ...minimal(), deskripsi: 'd'.repeat(2001) });
    expect(result.issues.map(brief)).to.deep.equal(['error too_big deskripsi']);
  });

  it('warns about a NIK field and strips it', () => {
    const result = validateUsulanBaru({ ...minimal(), nik: '3399011234560001' });
    expect(result.issues.map(brief)).to.deep.equal(['warning unknown_field nik']);
    expect(result.ok).to.equal(true);
    expect(result.data).to.not.have.property('nik');
  });

  it('does not accept the fields the receiver assigns', () => {
    const result = validateUsulanBaru({ ...minimal(), id: 'usl-1', status: 'diterima' });
    expect(result.issues.map(brief)).to.deep.equal(['warning unknown_field id', 'warning unknown_field status']);
    expect(result.data).to.not.have.property('status');
  });

  it('requires consent to store the data', () => {
    const input = minimal();
    (input.persetujuan as { simpanData: boolean }).simpanData = false;
    const result = validateUsulanBaru(input);
    expect(result.issues.map(brief)).to.deep.equal(['error invalid_value persetujuan.simpanData']);
  });

  it('holds a new submission to the consent rule: tampilkanNama must equal publikasiNama (section 8)', () => {
    const input = minimal();
    input.pengusul = { ...input.pengusul, nama: 'Sri', tampilkanNama: true } as typeof input.pengusul;
    const result = validateUsulanBaru(input);
    expect(result.issues.map(brief)).to.deep.equal(['error consent_name_mismatch pengusul.tampilkanNama']);
    expect(result.ok).to.equal(false);
    expect(result.data).to.equal(null);
    expectReadableMessages(result.issues);

    const agreed = minimal();
    agreed.pengusul = { ...agreed.pengusul, nama: 'Sri', tampilkanNama: true } as typeof agreed.pengusul;
    agreed.persetujuan.publikasiNama = true;
    expect(validateUsulanBaru(agreed).issues.map(brief)).to.deep.equal([]);
  });

  it('counts judul in characters (code points), as the ≤120 of section 8 and the JSON Schema do', () => {
    expect(validateUsulanBaru({ ...minimal(), judul: '🙏'.repeat(120) }).ok).to.equal(true);
    const result = validateUsulanBaru({ ...minimal(), judul: '🙏'.repeat(121) });
    expect(result.issues.map(brief)).to.deep.equal(['error too_big judul']);
    expect(result.issues[0]!.message.en).to.equal('too long: at most 120 characters; found 121');
  });

  it('requires a clientId the device made', () => {
    const result = validateUsulanBaru({ ...minimal(), clientId: 'x' });
    expect(result.issues.map(brief)).to.deep.equal(['error invalid_format clientId']);
  });

  it('gives one root error for input that is not an object', () => {
    for (const input of [null, [], 'usulan']) {
      const result = validateUsulanBaru(input);
      expect(result.issues.map(brief)).to.deep.equal(['error invalid_root ']);
      expect(result.data).to.equal(null);
    }
  });
});
