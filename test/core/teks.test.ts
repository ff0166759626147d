import { expect } from '@open-wc/testing';
import { teksIn } from '../../src/core/teks.js';

describe('core/teks: teksIn', () => {
  it('reads a plain string as Indonesian for both languages', () => {
    expect(teksIn('Rintisan', 'id')).to.equal('Rintisan');
    expect(teksIn('Rintisan', 'en')).to.equal('Rintisan');
  });

  it('shows English where given, Indonesian otherwise', () => {
    expect(teksIn({ id: 'Maju', en: 'Advanced' }, 'en')).to.equal('Advanced');
    expect(teksIn({ id: 'Maju', en: 'Advanced' }, 'id')).to.equal('Maju');
    expect(teksIn({ id: 'Maju' }, 'en')).to.equal('Maju');
    expect(teksIn({ id: 'Maju', en: '  ' }, 'en')).to.equal('Maju');
  });

  it('gives an empty string for nothing', () => {
    expect(teksIn(undefined, 'id')).to.equal('');
    expect(teksIn(null, 'en')).to.equal('');
  });
});
