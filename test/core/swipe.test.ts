import { expect } from '@open-wc/testing';
import { swipeStep, wheelHandler } from '../../src/core/swipe.js';

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

describe('core/swipe: wheelHandler', () => {
  const wheelOn = (target: Element, init: WheelEventInit) => {
    const e = new WheelEvent('wheel', { cancelable: true, bubbles: true, ...init });
    target.dispatchEvent(e);
    return e;
  };
  /** A `.chart` element on the page: removed again after each test. */
  let area: HTMLElement;
  beforeEach(() => {
    area = document.createElement('div');
    area.className = 'chart';
    document.body.append(area);
  });
  afterEach(() => area.remove());

  // Listeners go with the element it is removed after each test.
  it('adds sideways distance up to one step, then lets the same gesture go', () => {
    const steps: number[] = [];
    const handler = wheelHandler('.chart', (d) => steps.push(d), 120, 600);
    area.addEventListener('wheel', handler);
    expect(wheelOn(area, { deltaX: 70 }).defaultPrevented).to.equal(true);
    expect(steps).to.deep.equal([]);
    wheelOn(area, { deltaX: 60 });
    expect(steps).to.deep.equal([1]);
    wheelOn(area, { deltaX: 500 });
    expect(steps).to.deep.equal([1]);
    // mostly up and down: the page's, not taken
    expect(wheelOn(area, { deltaX: 30, deltaY: 100 }).defaultPrevented).to.equal(false);
    // lines count as 16 px; shift turns the wheel sideways
    area.removeEventListener('wheel', handler);
    area.addEventListener('wheel', wheelHandler('.chart', (d) => steps.push(d), 120, 0));
    wheelOn(area, { deltaX: -8, deltaMode: 1 });
    expect(steps).to.deep.equal([1, -1]);
    wheelOn(area, { deltaY: 130, shiftKey: true });
    expect(steps).to.deep.equal([1, -1, 1]);
  });

  it('forgets a short nudge once the wheel has been quiet, or when the gesture turns back', async () => {
    const steps: number[] = [];
    area.addEventListener('wheel', wheelHandler('.chart', (d) => steps.push(d), 120, 60));
    wheelOn(area, { deltaX: 100 });
    await new Promise((r) => setTimeout(r, 120));
    wheelOn(area, { deltaX: 100 });
    expect(steps, 'two nudges with a pause between are not one swipe').to.deep.equal([]);
    wheelOn(area, { deltaX: -100 });
    expect(steps, 'turning back starts again').to.deep.equal([]);
    wheelOn(area, { deltaX: -30 });
    expect(steps).to.deep.equal([-1]);
  });
});
