import { expect } from '@open-wc/testing';
import { axisPoint, radarPath, radarPoints, radarRuns } from '../../src/model/scorecard-radar.js';

describe('model/scorecard-radar', () => {
  it('starts at the top and turns clockwise', () => {
    expect(axisPoint(0, 4, 100)).to.deep.equal({ x: 0, y: -100 });
    expect(axisPoint(1, 4, 100)).to.deep.equal({ x: 100, y: 0 });
    expect(axisPoint(2, 4, 100)).to.deep.equal({ x: 0, y: 100 });
    expect(axisPoint(3, 4, 100)).to.deep.equal({ x: -100, y: 0 });
    expect(axisPoint(1, 8, 100)).to.deep.equal({ x: 70.71, y: -70.71 });
  });

  it('places assessed criteria at fraction × radius and leaves unassessed ones out', () => {
    expect(radarPoints([1, 0.5, null, 0.25], 100)).to.deep.equal([
      { x: 0, y: -100 },
      { x: 50, y: 0 },
      null,
      { x: -25, y: 0 },
    ]);
  });

  it('closes the ring only when every criterion is assessed', () => {
    const all = radarPoints([1, 1, 1, 1], 10);
    expect(radarRuns(all).closed).to.equal(true);
    expect(radarPath(all)).to.equal('M0,-10L10,0L0,10L-10,0Z');
  });

  it('draws open runs around a gap, wrapping from the last axis to the first', () => {
    const pts = radarPoints([1, 1, null, 1], 10);
    expect(radarRuns(pts)).to.deep.equal({ closed: false, runs: [[{ x: -10, y: 0 }, { x: 0, y: -10 }, { x: 10, y: 0 }]] });
    expect(radarPath(pts)).to.equal('M-10,0L0,-10L10,0');
    expect(radarPath(radarPoints([1, null, 1, null], 10))).to.equal('M0,10M0,-10');
    expect(radarPath(radarPoints([null, null], 10))).to.equal('');
    expect(radarPath([])).to.equal('');
  });
});
