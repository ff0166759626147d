import { expect } from '@open-wc/testing';
import { swipeStep } from '../../src/core/swipe.js';

describe('core/swipe: swipeStep', () => {
  it('reads a sideways move of at least 40 px as one step, left as forward', () => {
    expect(swipeStep(-40, 0)).to.equal(1);
    expect(swipeStep(-120, 30)).to.equal(1);
    expect(swipeStep(40, 0)).to.equal(-1);
    expect(swipeStep(200, -99)).to.equal(-1);
  });

  it('ignores short moves, mostly vertical moves and broken numbers', () => {
    expect(swipeStep(-39.9, 0)).to.equal(0);
    expect(swipeStep(39, 0)).to.equal(0);
    // exactly twice as far sideways as up or down still counts; a hair less does not
    expect(swipeStep(100, 50)).to.equal(-1);
    expect(swipeStep(100, 50.1)).to.equal(0);
    expect(swipeStep(-60, -200)).to.equal(0);
    expect(swipeStep(Number.NaN, 0)).to.equal(0);
    expect(swipeStep(Number.POSITIVE_INFINITY, 0)).to.equal(0);
  });

  it('takes another minimum', () => {
    expect(swipeStep(-20, 0, 20)).to.equal(1);
    expect(swipeStep(-19, 0, 20)).to.equal(0);
  });
});
