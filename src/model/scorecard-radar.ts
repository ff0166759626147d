/**
 * Radar geometry in plain trigonometry: axis i of n points up at i = 0 and turns clockwise.
 * An unassessed criterion has no point; the outline is drawn only between neighbouring
 * assessed criteria, so a gap never reads as a score of zero.
 */
export interface Point {
  x: number;
  y: number;
}

const round = (v: number) => Math.round(v * 100) / 100 + 0;

/** Where axis `i` of `n` reaches at distance `r` from the centre (SVG y grows downward). */
export function axisPoint(i: number, n: number, r: number): Point {
  const angle = (2 * Math.PI * i) / Math.max(n, 1) - Math.PI / 2;
  return { x: round(r * Math.cos(angle)), y: round(r * Math.sin(angle)) };
}

/** Each criterion's point at fraction × radius, or null when not assessed. */
export function radarPoints(fractions: readonly (number | null)[], radius: number): (Point | null)[] {
  return fractions.map((f, i) => (f === null ? null : axisPoint(i, fractions.length, f * radius)));
}

/**
 * The outline as runs of neighbouring points, going round: one closed ring when every point
 * exists, else open runs (a run may wrap from the last axis to the first).
 */
export function radarRuns(points: readonly (Point | null)[]): { closed: boolean; runs: Point[][] } {
  const n = points.length;
  if (n > 0 && points.every((p) => p !== null)) return { closed: true, runs: [points as Point[]] };
  const gap = points.findIndex((p) => p === null);
  if (gap < 0) return { closed: false, runs: [] };
  const runs: Point[][] = [];
  let run: Point[] = [];
  for (let k = 1; k <= n; k++) {
    const p = points[(gap + k) % n];
    if (p) run.push(p);
    else if (run.length) {
      runs.push(run);
      run = [];
    }
  }
  if (run.length) runs.push(run);
  return { closed: false, runs };
}

/** SVG path data for the runs. */
export function radarPath(points: readonly (Point | null)[]): string {
  const { closed, runs } = radarRuns(points);
  return runs
    .map((run) => run.map((p, i) => `${i ? 'L' : 'M'}${p.x},${p.y}`).join('') + (closed ? 'Z' : ''))
    .join('');
}
