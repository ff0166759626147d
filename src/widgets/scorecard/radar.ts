import { svg, html, type TemplateResult } from 'lit';
import { axisPoint, radarPath, radarPoints } from '../../model/scorecard-radar.js';
import { scaleSteps, scoreFraction } from '../../model/scorecard-kerangka.js';
import type { ScorecardScore } from '../../model/scorecard-score.js';
import type { ScorecardTrend } from '../../model/scorecard-trend.js';

const R = 100;
const LABEL_R = 116;

/** Ring radii: one per scale step (a wide 0–100 scale gets quarters). */
function rings(score: ScorecardScore): number[] {
  const steps = scaleSteps(score.kerangka);
  const fractions = steps.length
    ? steps.map((st) => scoreFraction(score.kerangka, st.skor) ?? 0)
    : [0.25, 0.5, 0.75, 1];
  return [...new Set(fractions.filter((f) => f > 0))];
}

/**
 * Fewest criteria a radar can show: with one or two axes it is a line, not a shape (rings
 * collapse, an outline of one point vanishes), and the bars in the list already say it all.
 */
export const MIN_RADAR_AXES = 3;

export function hasRadar(score: ScorecardScore): boolean {
  return score.kriteria.length >= MIN_RADAR_AXES;
}

/**
 * The radar: a picture of the list beside it. Axes carry the criterion's number from the list
 * (names would not fit a phone); an unassessed criterion gets a hollow marker at its axis end
 * and no point. The previous assessment is a dashed outline. Only for `hasRadar` scores.
 */
export function renderRadar(score: ScorecardScore, trend: ScorecardTrend | undefined, label: string): TemplateResult {
  const n = score.kriteria.length;
  const now = radarPoints(score.kriteria.map((k) => k.fraction), R);
  const before = trend
    ? radarPoints(trend.perubahan.map((c) => scoreFraction(score.kerangka, c.sebelumnya)), R)
    : [];
  const ring = (f: number) => {
    const d = Array.from({ length: n }, (_, i) => axisPoint(i, n, f * R));
    return svg`<polygon class="ring" points=${d.map((p) => `${p.x},${p.y}`).join(' ')}></polygon>`;
  };
  // One template per axis kind (an unassessed one carries its hollow marker), no whitespace
  // nodes between shapes: twelve radars on a page are a thousand SVG nodes.
  return html`<svg class="radar" part="radar" viewBox="-132 -132 264 264" role="img" aria-label=${label}>
    ${rings(score).map(ring)}
    ${score.kriteria.map((k, i) => {
      const end = axisPoint(i, n, R);
      const at = axisPoint(i, n, LABEL_R);
      return k.skor === null
        ? svg`<line class="axis" x1="0" y1="0" x2=${end.x} y2=${end.y}></line><text class="axis-label unassessed" x=${at.x} y=${at.y} text-anchor="middle" dominant-baseline="central">${i + 1}</text><circle class="gap" cx=${end.x} cy=${end.y} r="4"></circle>`
        : svg`<line class="axis" x1="0" y1="0" x2=${end.x} y2=${end.y}></line><text class="axis-label" x=${at.x} y=${at.y} text-anchor="middle" dominant-baseline="central">${i + 1}</text>`;
    })}
    ${before.length ? svg`<path class="before" d=${radarPath(before)}></path>` : null}
    <path class=${now.every((p) => p) ? 'now closed' : 'now'} d=${radarPath(now)}></path>
    ${now.map((p) => (p ? svg`<circle class="dot" cx=${p.x} cy=${p.y} r="3.5"></circle>` : null))}
  </svg>`;
}
