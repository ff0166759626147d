import type { Point } from './map-projection.js';

/** Zoom and pan of the map: screen = projected × k + (x, y). */
export interface ViewTransform {
  k: number;
  x: number;
  y: number;
}

export const IDENTITY: ViewTransform = { k: 1, x: 0, y: 0 };
export const MIN_ZOOM = 1;
export const MAX_ZOOM = 64;

export function applyTransform(t: ViewTransform, p: Point): Point {
  return [p[0] * t.k + t.x, p[1] * t.k + t.y];
}

/** Keeps the map covering the frame: at zoom 1 it cannot move, zoomed in it cannot leave the view. */
function clamp(t: ViewTransform, width: number, height: number): ViewTransform {
  const x = Math.min(0, Math.max(width - width * t.k, t.x));
  const y = Math.min(0, Math.max(height - height * t.k, t.y));
  return { k: t.k, x: x === 0 ? 0 : x, y: y === 0 ? 0 : y };
}

/** Zooms by `factor` keeping the screen point (cx, cy) where it is (the point under the cursor or the focused mark). */
export function zoomAround(t: ViewTransform, factor: number, cx: number, cy: number, width: number, height: number): ViewTransform {
  const k = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, t.k * factor));
  const f = k / t.k;
  return clamp({ k, x: cx - (cx - t.x) * f, y: cy - (cy - t.y) * f }, width, height);
}

export function panBy(t: ViewTransform, dx: number, dy: number, width: number, height: number): ViewTransform {
  return clamp({ k: t.k, x: t.x + dx, y: t.y + dy }, width, height);
}
