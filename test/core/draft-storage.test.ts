import { expect } from '@open-wc/testing';
import { clearDraft, loadDraft, saveDraft } from '../../src/core/draft-storage.js';

describe('core/draft-storage', () => {
  afterEach(() => clearDraft('uji'));

  it('round-trips a JSON value under its own key', () => {
    expect(loadDraft('uji')).to.equal(null);
    expect(saveDraft('uji', { a: [1, 'b'], c: null })).to.equal(true);
    expect(loadDraft('uji')).to.deep.equal({ a: [1, 'b'], c: null });
    expect(localStorage.getItem('kpm-draft:uji')).to.equal('{"a":[1,"b"],"c":null}');
    clearDraft('uji');
    expect(loadDraft('uji')).to.equal(null);
  });

  it('reads a corrupted entry as no draft instead of throwing', () => {
    localStorage.setItem('kpm-draft:uji', '{not json');
    expect(loadDraft('uji')).to.equal(null);
  });

  it('reports false when the device refuses to store', () => {
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      expect(saveDraft('uji', { x: 1 })).to.equal(false);
    } finally {
      Storage.prototype.setItem = original;
    }
  });
});
