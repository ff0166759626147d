import { expect } from '@open-wc/testing';
import { rovingIndex, rovingTabIndex } from '../../src/core/roving-focus.js';

describe('core/roving-focus', () => {
  it('moves one step on either axis and stops at the ends', () => {
    expect(rovingIndex('ArrowDown', 0, 5)).to.equal(1);
    expect(rovingIndex('ArrowRight', 3, 5)).to.equal(4);
    expect(rovingIndex('ArrowDown', 4, 5)).to.equal(4);
    expect(rovingIndex('ArrowUp', 2, 5)).to.equal(1);
    expect(rovingIndex('ArrowLeft', 0, 5)).to.equal(0);
  });

  it('jumps with Home and End, ignores other keys and empty lists', () => {
    expect(rovingIndex('Home', 3, 5)).to.equal(0);
    expect(rovingIndex('End', 0, 5)).to.equal(4);
    expect(rovingIndex('Enter', 2, 5)).to.equal(null);
    expect(rovingIndex('ArrowDown', 0, 0)).to.equal(null);
  });

  it('clamps a stale index from a longer list', () => {
    expect(rovingIndex('ArrowUp', 9, 3)).to.equal(1);
  });

  it('gives only the active mark a tab stop', () => {
    expect([0, 1, 2].map((i) => rovingTabIndex(i, 1))).to.deep.equal([-1, 0, -1]);
  });
});
