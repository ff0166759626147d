import { expect } from '@open-wc/testing';
import { villageName, villageTitle, villageWord } from '../../src/core/village.js';

describe('core/village', () => {
  it('calls the village by its local name, else Kelurahan for a kelurahan, else Desa', () => {
    expect(villageWord({ nama: 'Sukamaju', jenis: 'desa' })).to.equal('Desa');
    expect(villageWord({ nama: 'Sukamaju', jenis: 'desa_adat' })).to.equal('Desa');
    expect(villageWord({ nama: 'Cempaka', jenis: 'kelurahan' })).to.equal('Kelurahan');
    expect(villageWord({ nama: 'Sungai Pua', jenis: 'desa', sebutanLokal: 'Nagari' })).to.equal('Nagari');
    expect(villageWord({ nama: 'X', jenis: 'desa', sebutanLokal: '  ' })).to.equal('Desa');
  });

  it('drops that word when the name already starts with it, so titles never read "Desa Desa"', () => {
    expect(villageName({ nama: 'Sukamaju', jenis: 'desa' })).to.equal('Sukamaju');
    expect(villageName({ nama: 'Desa Sukamaju', jenis: 'desa' })).to.equal('Sukamaju');
    expect(villageName({ nama: 'DESA  Sukamaju ', jenis: 'desa' })).to.equal('Sukamaju');
    expect(villageName({ nama: 'Nagari Sungai Pua', jenis: 'desa', sebutanLokal: 'Nagari' })).to.equal('Sungai Pua');
    expect(villageName({ nama: 'Kelurahan Cempaka', jenis: 'kelurahan' })).to.equal('Cempaka');
    // a name that merely starts with the same letters, or is only the word, stays whole
    expect(villageName({ nama: 'Desakota', jenis: 'desa' })).to.equal('Desakota');
    expect(villageName({ nama: 'Desa', jenis: 'desa' })).to.equal('Desa');
  });

  it('names the village in a title the same way in every widget, in each language', () => {
    expect(villageTitle({ nama: 'Desa Sukamaju', jenis: 'desa' }, 'id')).to.equal('Desa Sukamaju');
    expect(villageTitle({ nama: 'Desa Sukamaju', jenis: 'desa' }, 'en')).to.equal('Sukamaju Village');
    expect(villageTitle({ nama: 'Sungai Pua', jenis: 'desa', sebutanLokal: 'Nagari' }, 'en')).to.equal('Sungai Pua Nagari');
    expect(villageTitle({ nama: 'Cempaka', jenis: 'kelurahan' }, 'id')).to.equal('Kelurahan Cempaka');
    expect(villageTitle({ nama: 'Cempaka', jenis: 'kelurahan' }, 'en')).to.equal('Cempaka Kelurahan');
  });

  it('says the word alone when the name names nothing (a CSV read without village-name)', () => {
    expect(villageTitle({ nama: '–', jenis: 'desa' }, 'id')).to.equal('Desa');
    expect(villageTitle({ nama: '–', jenis: 'desa' }, 'en')).to.equal('the village');
    expect(villageTitle({ nama: ' - ', jenis: 'kelurahan' }, 'en')).to.equal('the Kelurahan');
    expect(villageTitle({ nama: '', jenis: 'desa', sebutanLokal: 'Nagari' }, 'id')).to.equal('Nagari');
    // one letter or digit is a name
    expect(villageTitle({ nama: 'X', jenis: 'desa' }, 'en')).to.equal('X Village');
  });
});
