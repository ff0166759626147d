import { geoMercator } from 'd3-geo';
import type { BoundaryShape, Position } from './map-boundaries.js';

export type Point = readonly [number, number];

/** A projection fitted to one set of positions, in SVG user units of a `width × height` box. */
export interface MapFrame {
  width: number;
  height: number;
  /** [lng, lat] → [x, y], rounded to 0.01 unit so equal input draws (and tests) identically. */
  project: (p: Position) => Point;
}

/** Half the side of the box drawn around a single point: about 1 km at the equator. */
const MIN_HALF_SPAN = 0.005;

const round = (v: number) => Math.round(v * 100) / 100;

/**
 * Fits a Web Mercator projection to the positions with `padding` kept free on every side.
 * It fits the positions' longitude/latitude box rather than the shapes, because d3-geo reads
 * polygon rings by winding order and a counter-clockwise ring (as RFC 7946 writes them) would
 * mean "the whole globe except this village". A single point or a line gets a small box
 * around it so the scale stays finite. Returns null when there is nothing to place.
 */
export function fitMapFrame(positions: Iterable<Position>, width: number, height: number, padding = 16): MapFrame | null {
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const [lng, lat] of positions) {
    if (lng < x0) x0 = lng;
    if (lng > x1) x1 = lng;
    if (lat < y0) y0 = lat;
    if (lat > y1) y1 = lat;
  }
  if (!(x0 <= x1)) return null;
  if (x1 - x0 < MIN_HALF_SPAN && y1 - y0 < MIN_HALF_SPAN) {
    const cx = (x0 + x1) / 2, cy = (y0 + y1) / 2;
    [x0, x1, y0, y1] = [cx - MIN_HALF_SPAN, cx + MIN_HALF_SPAN, cy - MIN_HALF_SPAN, cy + MIN_HALF_SPAN];
  }
  const projection = geoMercator().fitExtent(
    [[padding, padding], [width - padding, height - padding]],
    { type: 'MultiPoint', coordinates: [[x0, y0], [x1, y1]] },
  );
  return {
    width,
    height,
    project: (p) => {
      const xy = projection([p[0], p[1]]) ?? [NaN, NaN];
      return [round(xy[0]), round(xy[1])];
    },
  };
}

/** Every position of the shapes, for fitting. */
export function* shapePositions(shapes: readonly BoundaryShape[]): Generator<Position> {
  for (const s of shapes) for (const ring of s.rings) yield* ring;
}

/**
 * An SVG path for a shape, ring by ring (drawn with `fill-rule: evenodd`, so holes stay holes
 * whatever their winding). Coordinates to 0.1 unit: finer is invisible and bloats the DOM.
 */
export function shapePath(shape: BoundaryShape, frame: MapFrame): string {
  let d = '';
  for (const ring of shape.rings) {
    ring.forEach((p, i) => {
      const [x, y] = frame.project(p);
      d += `${i ? 'L' : 'M'}${Math.round(x * 10) / 10},${Math.round(y * 10) / 10}`;
    });
    d += 'Z';
  }
  return d;
}
