import { expect } from '@open-wc/testing';
import { joinList, splitList } from '../../src/core/attr-list.js';

describe('core/attr-list', () => {
  it('splits on any whitespace, drops blanks and repeats, keeps order', () => {
    expect(splitList(' berjalan  selesai\tberjalan\n2 ')).to.deep.equal(['berjalan', 'selesai', '2']);
    expect(splitList('')).to.deep.equal([]);
    expect(splitList(null)).to.deep.equal([]);
    expect(splitList(undefined)).to.deep.equal([]);
  });

  it('joins with one space and gives undefined for nothing, so a reflected attribute is removed', () => {
    expect(joinList(['berjalan', 'selesai'])).to.equal('berjalan selesai');
    expect(joinList([2, 5])).to.equal('2 5');
    expect(joinList([])).to.equal(undefined);
    expect(splitList(joinList(['a', 'b']))).to.deep.equal(['a', 'b']);
  });
});
