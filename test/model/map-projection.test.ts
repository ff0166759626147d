import { expect } from '@open-wc/testing';
import { fitMapFrame, shapePath, shapePositions } from '../../src/model/map-projection.js';

// Web Mercator's northing, computed here independently of d3-geo.
const northing = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
const r2 = (v: number) => Math.round(v * 100) / 100;

describe('model/map-projection', () => {
  it('fits a 0.1° box into 400 × 400: the taller (Mercator) side spans the frame, the other is centred', () => {
    const frame = fitMapFrame([[110, -7.4], [110.1, -7.3]], 400, 400, 0)!;
    const k = 400 / (northing(-7.3) - northing(-7.4));
    const halfWidth = (k * (0.1 * Math.PI)) / 180 / 2;
    expect(frame.project([110, -7.3])).to.deep.equal([r2(200 - halfWidth), 0]);
    expect(frame.project([110.1, -7.4])).to.deep.equal([r2(200 + halfWidth), 400]);
    // The same numbers written out, so a change of projection shows up as a diff.
    expect(frame.project([110, -7.3])).to.deep.equal([1.64, 0]);
    expect(frame.project([110.1, -7.4])).to.deep.equal([398.36, 400]);
    expect(frame.project([110.05, -7.35])).to.deep.equal([200, 199.99]);
  });

  it('keeps the padding free and places the example village office inside its boundary box', () => {
    const frame = fitMapFrame([[110.11001, -7.36611], [110.137, -7.3383]], 600, 400, 20)!;
    const [x, y] = frame.project([110.1234, -7.3521]);
    expect(frame.project([110.11001, -7.3383])[1]).to.equal(20);
    expect(frame.project([110.137, -7.36611])[1]).to.equal(380);
    expect([x, y]).to.deep.equal([298.65, 198.64]);
    expect(frame.project([110.11001, -7.3383])).to.deep.equal([126.74, 20]);
  });

  it('gives a single point a finite scale and puts it in the middle', () => {
    const frame = fitMapFrame([[110.1234, -7.3521]], 300, 200, 10)!;
    expect(frame.project([110.1234, -7.3521])).to.deep.equal([150, 100]);
    const [x] = frame.project([110.1284, -7.3521]);
    expect(Number.isFinite(x) && x > 150 && x <= 290).to.equal(true);
  });

  it('returns null when there is nothing to place', () => {
    expect(fitMapFrame([], 300, 200)).to.equal(null);
  });

  it('writes rings as M/L/Z path data whatever their winding', () => {
    const shape = { rings: [[[0, 0], [1, 0], [1, 1], [0, 0]] as [number, number][]] };
    const frame = fitMapFrame(shapePositions([shape]), 100, 100, 0)!;
    const d = shapePath(shape, frame);
    expect(d).to.match(/^M0,\d+(\.\d)?L100,\d+(\.\d)?L100,0L0,\d+(\.\d)?Z$/);
    expect(shapePath({ rings: [[...shape.rings[0]].reverse()] }, frame).split(/[MLZ]/).filter(Boolean).length).to.equal(4);
  });
});
