// A theme's root font size must not reach inside a widget: Bootstrap 3 sets
// html { font-size: 10px } and many themes 62.5%, and a widget sized in rem would shrink to
// 10 px text and move its container-query breakpoints. The host is `medium` (the reader's
// browser size) and everything inside is in em of the host.
import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import '../../src/widgets/budget-chart/index.js';
import '../../src/widgets/program-timeline/index.js';
import { loadExample } from '../helpers/dataset.js';

type Sizes = Record<string, string | number | null>;

/** Mounts `tag` with the example data in a `width` px column, reads `pick` from it, removes it. */
async function measure(tag: string, attrs: Record<string, string>, width: number, pick: (root: ShadowRoot, host: Element) => Sizes): Promise<Sizes> {
  const wrap = fixtureSync<HTMLDivElement>(html`<div></div>`);
  wrap.style.width = `${width}px`;
  const el = document.createElement(tag) as HTMLElement & { data: unknown; updateComplete: Promise<unknown> };
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.data = await loadExample();
  wrap.append(el);
  await waitUntil(() => el.shadowRoot?.querySelector('footer'), `${tag} did not render`, { timeout: 8000 });
  await el.updateComplete;
  await new Promise((r) => requestAnimationFrame(r));
  const sizes = pick(el.shadowRoot!, el);
  wrap.remove();
  return sizes;
}

const size = (el: Element | null | undefined) => (el ? getComputedStyle(el).fontSize : null);
const tracks = (el: Element | null | undefined) => (el ? getComputedStyle(el).gridTemplateColumns.split(' ').length : null);
const box = (el: Element | null) => el!.getBoundingClientRect();

/** The budget chart at 480 px: under its 36em (576 px) breakpoint, so each row is one column. */
const budgetSizes = () =>
  measure('kpm-budget-chart', { lang: 'id', view: 'belanja' }, 480, (root, host) => ({
    host: size(host),
    heading: size(root.querySelector('h2')),
    label: size(root.querySelector('label.select')),
    values: size(root.querySelector('.values')),
    footer: size(root.querySelector('footer')),
    rowColumns: tracks(root.querySelector('.marks .row')),
    barHeight: box(root.querySelector('.bar')).height,
  }));

/** The timeline at 600 px: over its 36em (576 px) breakpoint, the labels in their 12em (192 px) minimum column. */
const timelineSizes = () =>
  measure('kpm-program-timeline', { lang: 'id', view: 'timeline', today: '2025-10-06' }, 600, (root, host) => ({
    host: size(host),
    heading: size(root.querySelector('h2')),
    meta: size(root.querySelector('.meta')),
    tick: size(root.querySelector('.tick')),
    footer: size(root.querySelector('footer')),
    axisTrackHeight: box(root.querySelector('.axis-track')).height,
    labelColumn: box(root.querySelector('.axis-spacer')).width,
    rowLabel: box(root.querySelector('.timeline .row > .mark')).width,
  }));

describe('a page root font size (Bootstrap 3 html { font-size: 10px }, 62.5 %)', () => {
  afterEach(() => {
    document.documentElement.style.fontSize = '';
  });

  for (const rootSize of ['10px', '62.5%']) {
    it(`leaves the budget chart as on a 16 px page (root ${rootSize})`, async () => {
      const plain = await budgetSizes();
      expect(plain).to.include({ host: '16px', heading: '18px', label: '14px', values: '14px', footer: '13px', rowColumns: 1, barHeight: 20 });
      document.documentElement.style.fontSize = rootSize;
      expect(getComputedStyle(document.documentElement).fontSize).to.equal('10px');
      expect(await budgetSizes()).to.deep.equal(plain);
    });

    it(`leaves the programme timeline as on a 16 px page (root ${rootSize})`, async () => {
      const plain = await timelineSizes();
      expect(plain).to.include({ host: '16px', heading: '18px', meta: '13px', tick: '12px', footer: '13px', axisTrackHeight: 20 });
      expect(plain.labelColumn).to.be.closeTo(192, 0.5);
      expect(plain.rowLabel).to.be.closeTo(192, 0.5);
      document.documentElement.style.fontSize = rootSize;
      expect(await timelineSizes()).to.deep.equal(plain);
    });
  }

  it('takes --kpm-font-size in px and scales everything inside with it', async () => {
    document.documentElement.style.fontSize = '10px';
    document.documentElement.style.setProperty('--kpm-font-size', '20px');
    try {
      const s = await budgetSizes();
      expect(s).to.include({ host: '20px', heading: '22.5px', label: '17.5px', footer: '16.25px', barHeight: 25 });
    } finally {
      document.documentElement.style.removeProperty('--kpm-font-size');
    }
  });
});
