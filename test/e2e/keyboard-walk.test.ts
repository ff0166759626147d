// Each widget's main task with real keys only (no .click(), no .focus() inside the widget):
// Tab from a button before the widget, then Enter, Space, arrows and Escape. After every key
// the focus must be on an element showing a focus indicator, never lost to <body>.
import { expect, fixtureSync, html, oneEvent, waitUntil } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import '../../src/widgets/budget-chart/index.js';
import '../../src/widgets/participation-form/index.js';
import '../../src/widgets/partner-map/index.js';
import '../../src/widgets/program-timeline/index.js';
import '../../src/widgets/scorecard/index.js';
import { deepActiveElement } from '../helpers/a11y.js';
import { press, tabTo, typeText } from '../helpers/keyboard.js';
import { norm } from '../helpers/text.js';
import { cleanDevice, newBucket, receiveUrl, received } from '../widgets/participation-form/helpers.js';

const EXAMPLE = '/test/fixtures/desa-sukamaju-2025.json';

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

/**
 * Mounts `widget` after a "start" button (focused, so the first Tab enters the widget) and
 * waits until it shows `ready`.
 */
async function mount(widget: TemplateResult, ready: string): Promise<Widget> {
  const page = fixtureSync<HTMLDivElement>(html`<div style="width: 900px"></div>`);
  render(html`<button id="start">start</button>${widget}`, page);
  const el = page.querySelector<Widget>('#start + *')!;
  await waitUntil(() => el.shadowRoot?.querySelector(ready), `${el.tagName} did not render`, { timeout: 8000 });
  await el.updateComplete;
  page.querySelector<HTMLButtonElement>('#start')!.focus();
  return el;
}

const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel);
const $$ = <T extends Element = HTMLElement>(el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<T>(sel)];

describe('keyboard-only walk through each widget', function () {
  this.timeout(30000);

  describe('budget chart', () => {
    // Downloads go through an unattached <a download>: record the file instead of saving it.
    const downloads: string[] = [];
    const realClick = HTMLAnchorElement.prototype.click;
    before(() => {
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        if (this.download) downloads.push(this.download);
        else realClick.call(this);
      };
    });
    after(() => {
      HTMLAnchorElement.prototype.click = realClick;
    });

    it('reaches the view buttons, switches to belanja, opens the table and downloads the CSV', async () => {
      const el = await mount(html`<kpm-budget-chart lang="id" src=${EXAMPLE}></kpm-budget-chart>`, '[part=summary], .bars, svg');
      await tabTo('button[data-view=belanja]', el);
      await press('Enter', el);
      expect($(el, 'button[data-view=belanja]')!.getAttribute('aria-pressed')).to.equal('true');
      expect(deepActiveElement()!.matches('button[data-view=belanja]'), 'focus stays on the view button').to.equal(true);
      const toggle = await tabTo('button[aria-controls=table]', el);
      await press('Enter', el);
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect($(el, '#table')!.hidden).to.equal(false);
      expect($$(el, '#table table').length).to.be.greaterThan(0);
      await tabTo('button[data-download=csv]', el);
      await press('Enter', el);
      expect(downloads).to.have.length(1);
      expect(downloads[0]).to.match(/\.csv$/);
    });
  });

  describe('program timeline', () => {
    it('reaches the filters, filters by a status, opens a kegiatan and closes it with Escape', async () => {
      const el = await mount(html`<kpm-program-timeline lang="id" view="timeline" today="2025-10-06" src=${EXAMPLE}></kpm-program-timeline>`, '.mark');
      const all = $$(el, '.row').length;
      await tabTo('details.filters > summary', el);
      await press('Enter', el);
      expect($<HTMLDetailsElement>(el, 'details.filters')!.open).to.equal(true);
      await tabTo('input[name=filter-status][value=selesai]', el);
      await press(' ', el);
      await waitUntil(() => $$(el, '.row').length < all, 'the status filter left every row', { timeout: 3000 });
      expect(norm($(el, 'details.filters > summary')!.textContent)).to.contain('1');
      const mark = await tabTo('.mark', el);
      const index = mark.getAttribute('data-index');
      await press('Enter', el);
      expect(Boolean($(el, '[part=detail]')), 'the detail opens').to.equal(true);
      expect(deepActiveElement()!.id).to.equal('detail-title');
      const back = await press('Escape', el);
      expect(Boolean($(el, '[part=detail]')), 'Escape closes the detail').to.equal(false);
      expect(back.matches('.mark') && back.getAttribute('data-index') === index, 'focus returns to the kegiatan').to.equal(true);
    });
  });

  describe('scorecard', () => {
    const clearDrafts = () => {
      for (const k of Object.keys(localStorage)) if (k.startsWith('kpm-draft:scorecard:')) localStorage.removeItem(k);
    };
    before(clearDrafts);
    after(clearDrafts);

    it('fills every criterion of one group in edit mode and saves a valid assessment', async () => {
      const el = await mount(
        html`<kpm-scorecard lang="id" mode="edit" group="kpm-sukamaju" today="2025-10-06" src=${EXAMPLE}></kpm-scorecard>`,
        'form.edit',
      );
      const criteria = $$(el, 'fieldset.scale').length;
      expect(criteria).to.equal(8);
      for (let i = 0; i < criteria; i++) {
        // Tab enters a radio group at its checked radio ("not assessed"); ArrowDown wraps to the first score.
        await tabTo(`input[type=radio][name=skor-${i}]`, el);
        await press('ArrowDown', el);
        expect($<HTMLInputElement>(el, `input[name=skor-${i}]:checked`)!.value, `criterion ${i + 1} scored`).to.not.equal('');
      }
      await tabTo('button[type=submit]', el);
      // The focus check after Enter belongs to this test, not to a timer that outlives it.
      const submitted = oneEvent(el, 'kpm-submit');
      await press('Enter', el);
      const ev = (await submitted) as CustomEvent;
      expect(ev.detail.penilaian.kriteria.every((k: { skor: number | null }) => k.skor !== null)).to.equal(true);
      expect(Boolean($(el, '.error-summary'))).to.equal(false);
    });
  });

  describe('participation form', () => {
    beforeEach(cleanDevice);
    afterEach(cleanDevice);

    it('fills the required fields and submits to the test receiver, then shows the receipt', async () => {
      const bucket = newBucket();
      const el = await mount(
        html`<kpm-participation-form lang="id" min-fill-seconds="0" endpoint=${receiveUrl(bucket)} src=${EXAMPLE}></kpm-participation-form>`,
        'form',
      );
      await tabTo('input[name=jenis]', el);
      await press('ArrowDown', el);
      await tabTo('#judul', el);
      await typeText('Lampu jalan di tikungan RT 03', el);
      await tabTo('#deskripsi', el);
      await typeText('Tikungan gelap dan rawan kecelakaan pada malam hari.', el);
      await tabTo('#simpanData', el);
      await press(' ', el);
      await tabTo('button[type=submit]', el);
      await press('Enter', el);
      await waitUntil(() => $(el, '.receipt'), 'no receipt', { timeout: 8000 });
      const { stored } = await received(bucket);
      expect(stored).to.have.length(1);
      expect(stored[0]!.payload.judul).to.equal('Lampu jalan di tikungan RT 03');
    });
  });

  describe('partner map', () => {
    it('switches to the list, moves through the organisations, selects one and zooms the map', async () => {
      const el = await mount(html`<kpm-partner-map lang="id" view="map" src=${EXAMPLE}></kpm-partner-map>`, 'svg.map, [part=no-geometry]');
      await tabTo('button[data-view=list]', el);
      await press('Enter', el);
      await waitUntil(() => $(el, '[part=list]'), 'no list');
      // The list's organisations: each partner with a website is a link, reached by Tab.
      await tabTo('[part=list] a', el);
      await press('Tab', el);

      await tabTo('button[data-view=relationships]', el, { back: true });
      await press('Enter', el);
      await waitUntil(() => $(el, '[part=graph]'), 'no graph');
      const first = await tabTo('.node.org', el);
      const next = await press('ArrowDown', el);
      expect(next.getAttribute('data-index')).to.not.equal(first.getAttribute('data-index'));
      const selected = oneEvent(el, 'kpm-select');
      await press('Enter', el);
      const ev = (await selected) as CustomEvent;
      expect(ev.detail.organisasi).to.equal(next.getAttribute('data-key'));
      expect(next.getAttribute('aria-pressed')).to.equal('true');
      await press('Escape', el);

      await tabTo('button[data-view=map]', el, { back: true });
      await press('Enter', el);
      await waitUntil(() => $(el, 'svg.map'), 'no map');
      await tabTo('.mark', el);
      await press('ArrowRight', el);
      await press('+', el);
      expect($(el, '[part=boundaries]')!.getAttribute('transform')).to.match(/scale\(2\)$/);
      await press('-', el);
      expect($(el, '[part=boundaries]')!.getAttribute('transform')).to.equal('translate(0 0) scale(1)');
    });
  });
});
