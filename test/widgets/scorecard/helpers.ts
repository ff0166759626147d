import { fixtureSync, html, waitUntil } from '@open-wc/testing';
import '../../../src/widgets/scorecard/index.js';
import type { KpmScorecard } from '../../../src/widgets/scorecard/index.js';
import { loadExample } from '../../helpers/dataset.js';

export { norm } from '../../helpers/text.js';
export const root = (el: Element) => el.shadowRoot!;
export const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => root(el).querySelector<T>(sel)!;
export const $$ = <T extends Element = HTMLElement>(el: Element, sel: string) => [...root(el).querySelectorAll<T>(sel)];
export const focused = (el: Element) => root(el).activeElement as HTMLElement | null;

/** Mounts a scorecard with `attrs` on `data` (default: the example) and waits for a state. */
export async function scorecard(attrs: Record<string, string> = {}, data?: unknown): Promise<KpmScorecard> {
  const d = data ?? (await loadExample());
  const el = document.createElement('kpm-scorecard') as KpmScorecard;
  el.setAttribute('lang', 'id');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.data = d;
  // fixtureSync: waiting for a frame can stall while the test page is a background tab.
  const wrap = fixtureSync<HTMLDivElement>(html`<div></div>`);
  wrap.append(el);
  await waitUntil(() => root(el)?.querySelector('section.group, form.edit, [part=empty], [part=error]'), 'scorecard did not render');
  await el.updateComplete;
  return el;
}
