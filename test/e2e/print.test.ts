// Paper: a village office prints the budget or the scorecard for the notice board. Laid out
// as print media at an A4 page's printable width, each widget in each view must drop its
// controls, keep its text readable (body 9–12 pt, nothing under 7 pt, headings at least body
// size) and fit the page's width.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { loadExample } from '../helpers/dataset.js';
import { overflowing } from '../helpers/overflow.js';
import { mount, type WidgetCase } from '../fixtures/hostile/harness.js';

/** A4 is 210 mm; less 2 × 12.7 mm default margins, at 96 px per inch. */
const A4_PRINTABLE_PX = Math.floor(((210 - 2 * 12.7) / 25.4) * 96);
const PT = 96 / 72;

const CASES: WidgetCase[] = [
  { label: 'budget-chart ringkasan', tag: 'kpm-budget-chart', attrs: { view: 'ringkasan' } },
  { label: 'budget-chart belanja', tag: 'kpm-budget-chart', attrs: { view: 'belanja' } },
  { label: 'budget-chart tren', tag: 'kpm-budget-chart', attrs: { view: 'tren' } },
  { label: 'program-timeline list', tag: 'kpm-program-timeline', attrs: { view: 'list' } },
  { label: 'program-timeline timeline', tag: 'kpm-program-timeline', attrs: { view: 'timeline' } },
  { label: 'scorecard', tag: 'kpm-scorecard' },
  { label: 'participation-form list', tag: 'kpm-participation-form', attrs: { view: 'list' } },
  { label: 'partner-map list', tag: 'kpm-partner-map', attrs: { view: 'list' } },
  { label: 'partner-map relationships', tag: 'kpm-partner-map', attrs: { view: 'relationships' } },
];

const shown = (e: Element) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';

/** Every element under the widget's shadow root that is laid out, with its own text. */
function textElements(el: Element): HTMLElement[] {
  const out: HTMLElement[] = [];
  const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const parent = walker.currentNode.parentElement;
    if (parent && walker.currentNode.textContent!.trim() && shown(parent) && !parent.closest('.sr-only, [part~=live]')) out.push(parent);
  }
  return out;
}

const px = (e: Element) => parseFloat(getComputedStyle(e).fontSize);

describe('print: every widget as it comes out on A4', () => {
  before(async () => {
    await executeServerCommand('kpm-emulate-media', { media: 'print' });
    expect(matchMedia('print').matches, 'print emulation').to.equal(true);
  });
  after(() => executeServerCommand('kpm-emulate-media', { media: '' }));

  for (const c of CASES) {
    it(`${c.label}: no controls, readable text, fits the page`, async () => {
      const { el } = await mount(c, { data: await loadExample() });
      el.style.display = 'block';
      el.style.width = `${A4_PRINTABLE_PX}px`;
      await new Promise((r) => requestAnimationFrame(r));
      await el.updateComplete;
      const root = el.shadowRoot!;
      // Controls are for the screen: view switches, filters, downloads, pagers.
      const controls = [...root.querySelectorAll('[part~=controls], [part~=actions], .actions, .filters, .views, input, select, textarea')].filter(shown);
      expect(controls.map((e) => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')}`)).to.deep.equal([]);
      const texts = textElements(el);
      expect(texts.length, 'something is printed').to.be.greaterThan(3);
      const body = px(root.querySelector('[part~=base]') ?? texts[0]);
      expect(body, 'body text size').to.be.within(9 * PT, 12 * PT);
      const tiny = texts.filter((t) => px(t) < 7 * PT).map((t) => `${t.tagName.toLowerCase()}.${[...t.classList].join('.')} ${px(t).toFixed(1)}px "${t.textContent!.trim().slice(0, 30)}"`);
      expect(tiny, 'text under 7 pt').to.deep.equal([]);
      const headings = [...root.querySelectorAll('h1, h2, h3, figcaption, [part~=title]')].filter(shown);
      expect(headings.filter((h) => px(h) < body - 0.01).map((h) => `${h.tagName} ${px(h).toFixed(1)}px`), 'headings smaller than body').to.deep.equal([]);
      expect(overflowing(el), 'wider than the page').to.deep.equal([]);
    });
  }
});
