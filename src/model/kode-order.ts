/**
 * Orders dotted codes as a chart of accounts reads them: segment by segment, numerically, so
 * `5.2.10` follows `5.2.9` and a parent (`5.2`) precedes its children.
 */
export function compareKode(a: string, b: string): number {
  const as = a.split('.');
  const bs = b.split('.');
  const n = Math.min(as.length, bs.length);
  for (let i = 0; i < n; i++) {
    const d = Number(as[i]) - Number(bs[i]);
    if (Number.isNaN(d)) return compareText(as[i], bs[i]);
    if (d !== 0) return d;
  }
  return as.length - bs.length;
}

/** Plain code-point order for tie-breaks, independent of the runtime's locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
