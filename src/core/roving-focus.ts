/**
 * One tab stop, arrow keys inside (the Highcharts / WAI-ARIA composite-widget model): the
 * widget keeps an active index, gives that mark `tabindex="0"` and the rest `-1`, and asks
 * this function where a key moves it. Both axes move, so vertical and horizontal charts read
 * the same way; it stops at the ends rather than wrapping, so a reader knows where the list ends.
 */
export function rovingIndex(key: string, current: number, count: number): number | null {
  if (count <= 0) return null;
  const last = count - 1;
  const from = Math.min(Math.max(current, 0), last);
  switch (key) {
    case 'ArrowDown':
    case 'ArrowRight':
      return Math.min(from + 1, last);
    case 'ArrowUp':
    case 'ArrowLeft':
      return Math.max(from - 1, 0);
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return null;
  }
}

/** The tabindex a mark gets: only the active one is in the tab order. */
export function rovingTabIndex(index: number, active: number): 0 | -1 {
  return index === active ? 0 : -1;
}
