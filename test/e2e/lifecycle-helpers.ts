// Shared by the lifecycle suites (leaks, reconnect, races): the widget configurations and
// small waits and records over real elements.
import { WIDGETS, type WidgetCase } from '../fixtures/hostile/harness.js';

/** Every widget configuration of the hostile suite, with both timeline views named. */
export const CASES: WidgetCase[] = [
  ...WIDGETS.filter((w) => w.tag !== 'kpm-program-timeline'),
  { label: 'program-timeline timeline', tag: 'kpm-program-timeline', attrs: { view: 'timeline' } },
  { label: 'program-timeline list', tag: 'kpm-program-timeline', attrs: { view: 'list' } },
];

export type Widget = HTMLElement & { updateComplete: Promise<unknown> };

export const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The widget's rendered text, spaces normalised, without what a closed `<details>` holds: the
 * scorecard fills its closed criteria in when the browser is idle, so whether that text is
 * there yet depends on timing, not on what the reader is shown.
 */
export function text(el: Element): string {
  const root = el.shadowRoot;
  if (!root) return '';
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let out = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const closed = node.parentElement?.closest('details:not([open])');
    if (closed && !node.parentElement!.closest('summary')) continue;
    out += node.textContent;
  }
  return out.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();
}

export function create(w: WidgetCase, attrs: Record<string, string> = {}): Widget {
  const el = document.createElement(w.tag) as Widget;
  for (const [k, v] of Object.entries({ ...w.attrs, ...attrs })) el.setAttribute(k, v);
  return el;
}

/** Every event of `names` the element fires, in order. */
export function recordEvents(el: Element, names = ['kpm-ready', 'kpm-error']): string[] {
  const seen: string[] = [];
  for (const n of names) el.addEventListener(n, () => seen.push(n));
  return seen;
}

export async function waitFor(check: () => boolean, message: string, timeout = 5000): Promise<void> {
  const end = performance.now() + timeout;
  while (!check()) {
    if (performance.now() > end) throw new Error(message);
    await pause(20);
  }
}
