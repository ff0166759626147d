import { expect } from '@open-wc/testing';
import { parseBoundaries } from '../../src/model/map-boundaries.js';

const square = [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]];

describe('model/map-boundaries', () => {
  it('reads a Polygon, a MultiPolygon and a FeatureCollection with names', () => {
    const poly = parseBoundaries({ type: 'Polygon', coordinates: square });
    expect(poly).to.deep.equal({ ok: true, shapes: [{ name: undefined, rings: square }] });
    const fc = parseBoundaries({
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { nama: 'Krajan' }, geometry: { type: 'MultiPolygon', coordinates: [square, square] } },
        { type: 'Feature', properties: { NAMOBJ: 'Ngasem' }, geometry: { type: 'Polygon', coordinates: square } },
        { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [0, 0] } },
        { type: 'Feature', properties: null, geometry: null },
      ],
    });
    expect(fc.ok && fc.shapes.map((s) => [s.name, s.rings.length])).to.deep.equal([['Krajan', 2], ['Ngasem', 1]]);
  });

  it('reads TopoJSON through topojson-client', () => {
    const topo = {
      type: 'Topology',
      transform: { scale: [1, 1], translate: [100, -8] },
      objects: { desa: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', arcs: [[0]], properties: { nama: 'A' } }] } },
      arcs: [[[0, 0], [1, 0], [0, 1], [-1, 0], [0, -1]]],
    };
    const r = parseBoundaries(topo);
    expect(r).to.deep.equal({ ok: true, shapes: [{ name: 'A', rings: [[[100, -8], [101, -8], [101, -7], [100, -7], [100, -8]]] }] });
  });

  it('names the JSON path of the first malformed value', () => {
    const bad = parseBoundaries({
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', geometry: { type: 'Polygon', coordinates: square } },
        { type: 'Feature', geometry: { type: 'Polygon', coordinates: [[[0, 0], [1, 'x'], [1, 1], [0, 0]]] } },
      ],
    }, 'boundaries');
    expect(bad.ok).to.equal(false);
    if (bad.ok) return;
    expect(bad.issue.path).to.equal('boundaries.features[1].geometry.coordinates[0][1]');
    expect(bad.issue.code).to.equal('invalid_geojson');
    expect(bad.issue.severity).to.equal('error');
    expect(bad.issue.message.en).to.contain('[longitude, latitude]');
  });

  it('rejects short rings, latitudes out of range, unknown types and non-objects', () => {
    const path = (v: unknown) => {
      const r = parseBoundaries(v);
      return r.ok ? 'ok' : r.issue.path;
    };
    expect(path({ type: 'Polygon', coordinates: [[[0, 0], [1, 1], [0, 0]]] })).to.equal('coordinates[0]');
    expect(path({ type: 'Polygon', coordinates: [[[0, 0], [1, 95], [1, 1], [0, 0]]] })).to.equal('coordinates[0][1]');
    expect(path({ type: 'Circle', coordinates: [] })).to.equal('type');
    expect(path('<svg onload=alert(1)>')).to.equal('');
    expect(path({ type: 'FeatureCollection', features: {} })).to.equal('features');
    expect(path({ type: 'Topology', objects: {}, arcs: 'x' })).to.equal('');
  });
});
