import { expect } from '@open-wc/testing';
import { applyTransform, IDENTITY, MAX_ZOOM, panBy, zoomAround } from '../../src/model/map-view.js';

describe('model/map-view', () => {
  it('zooms around a screen point, keeping it fixed', () => {
    const t = zoomAround(IDENTITY, 2, 100, 50, 400, 200);
    expect(t).to.deep.equal({ k: 2, x: -100, y: -50 });
    expect(applyTransform(t, [100, 50])).to.deep.equal([100, 50]);
  });

  it('cannot zoom out past 1 or in past the maximum', () => {
    expect(zoomAround(IDENTITY, 0.5, 10, 10, 400, 200)).to.deep.equal(IDENTITY);
    expect(zoomAround({ k: 48, x: 0, y: 0 }, 2, 0, 0, 400, 200).k).to.equal(MAX_ZOOM);
  });

  it('pans within the zoomed map and not beyond its edges', () => {
    const t = zoomAround(IDENTITY, 2, 200, 100, 400, 200);
    expect(t).to.deep.equal({ k: 2, x: -200, y: -100 });
    expect(panBy(t, 40, -20, 400, 200)).to.deep.equal({ k: 2, x: -160, y: -120 });
    expect(panBy(t, 1000, 1000, 400, 200)).to.deep.equal({ k: 2, x: 0, y: 0 });
    expect(panBy(t, -1000, -1000, 400, 200)).to.deep.equal({ k: 2, x: -400, y: -200 });
    expect(panBy(IDENTITY, 50, 50, 400, 200)).to.deep.equal(IDENTITY);
  });
});
