import type { Point } from './map-projection.js';

export interface Cluster<T> {
  /** Mean position of the members. */
  x: number;
  y: number;
  members: T[];
}

/**
 * Groups points closer than `radius` (in screen units) so dense spots stay readable. Greedy in
 * input order: a point joins the first cluster whose seed lies within `radius`, else it seeds
 * a new one. Seeds sit in a grid of `radius`-sized cells, so each point checks 9 cells and the
 * whole pass is linear; the same input in the same order always gives the same clusters.
 */
export function clusterPoints<T>(items: readonly T[], position: (item: T) => Point, radius: number): Cluster<T>[] {
  const clusters: (Cluster<T> & { sx: number; sy: number })[] = [];
  const grid = new Map<string, number[]>();
  const r2 = radius * radius;
  for (const item of items) {
    const [x, y] = position(item);
    const cx = Math.floor(x / radius), cy = Math.floor(y / radius);
    let found = -1;
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        for (const i of grid.get(`${cx + dx},${cy + dy}`) ?? []) {
          const c = clusters[i];
          if ((c.sx - x) ** 2 + (c.sy - y) ** 2 <= r2 && (found < 0 || i < found)) found = i;
        }
      }
    }
    if (found >= 0) {
      clusters[found].members.push(item);
      continue;
    }
    const key = `${cx},${cy}`;
    grid.set(key, [...(grid.get(key) ?? []), clusters.length]);
    clusters.push({ x, y, sx: x, sy: y, members: [item] });
  }
  return clusters.map(({ members }) => {
    let x = 0, y = 0;
    for (const m of members) {
      const p = position(m);
      x += p[0];
      y += p[1];
    }
    return { x: x / members.length, y: y / members.length, members };
  });
}
