/**
 * Orders dotted codes as a chart of accounts reads them: segment by segment, numerically, so
 * `5.2.10` follows `5.2.9` and a parent (`5.2`) precedes its children.
 */
export function compareKode(a: string, b: string): number {
  // Segment by segment with indexOf: sorts call this n log n times, and splitting both codes
  // on every call was the largest cost of building the belanja tree of a large budget.
  let i = 0;
  let j = 0;
  for (;;) {
    const dotA = a.indexOf('.', i);
    const dotB = b.indexOf('.', j);
    const endA = dotA < 0 ? a.length : dotA;
    const endB = dotB < 0 ? b.length : dotB;
    const sa = a.slice(i, endA);
    const sb = b.slice(j, endB);
    const d = Number(sa) - Number(sb);
    if (Number.isNaN(d)) return compareText(sa, sb);
    if (d !== 0) return d;
    if (dotA < 0 || dotB < 0) return segmentsFrom(a, endA) - segmentsFrom(b, endB);
    i = dotA + 1;
    j = dotB + 1;
  }
}

/** How many segments follow position `at` (the number of dots from there on). */
function segmentsFrom(kode: string, at: number): number {
  let n = 0;
  for (let k = kode.indexOf('.', at); k >= 0; k = kode.indexOf('.', k + 1)) n++;
  return n;
}

/** Plain code-point order for tie-breaks, independent of the runtime's locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
