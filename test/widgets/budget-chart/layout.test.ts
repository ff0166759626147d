import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../../src/widgets/budget-chart/index.js';
import type { KpmBudgetChart } from '../../../src/widgets/budget-chart/index.js';
import { loadExample, mutateExample } from '../../helpers/dataset.js';
import { norm } from '../../helpers/text.js';

const root = (el: Element) => el.shadowRoot!;

async function mount(view: string, data: unknown, width = 320): Promise<KpmBudgetChart> {
  const wrap = fixtureSync<HTMLDivElement>(html`<div style=${`width:${width}px`}></div>`);
  const el = document.createElement('kpm-budget-chart') as KpmBudgetChart;
  el.setAttribute('lang', 'id');
  el.setAttribute('view', view);
  el.data = data;
  wrap.append(el);
  await waitUntil(() => root(el).querySelector('figure'), 'chart did not render');
  await el.updateComplete;
  return el;
}

describe('<kpm-budget-chart> layout', () => {
  afterEach(() => emulateMedia({ media: 'screen' }));

  it('stays within 320 px even with a label that has no break point', async () => {
    const long = 'Pembangunan/Rehabilitasi/Peningkatan/Pengerasan/Jalan/Usaha/Tani/Dusun/Kedungwaru/Lor';
    const data = await mutateExample((d) => {
      const p = d.apbdes.find((a: { id: string }) => a.id === 'apbdes-2025-perubahan');
      // 2.4.12 is a Dana-Desa-free line changed in the perubahan, so tren lists it.
      p.baris.find((b: { kodeKegiatan?: string }) => b.kodeKegiatan === '2.4.12').uraian = long;
      p.baris.find((b: { kodeKegiatan?: string }) => b.kodeKegiatan === '2.3.10').uraian = long;
    });
    for (const view of ['ringkasan', 'tren']) {
      const el = await mount(view, data);
      const figure = root(el).querySelector('figure')!;
      expect(norm(figure.textContent), view).to.contain(long);
      const right = el.getBoundingClientRect().right;
      for (const box of root(el).querySelectorAll('figure > :not(.sr-only), .extra li, .row')) {
        expect(box.getBoundingClientRect().right, `${view}: ${box.className || box.tagName}`).to.be.at.most(right + 0.5);
        expect(box.scrollWidth, `${view}: ${box.className || box.tagName}`).to.be.at.most(box.clientWidth + 1);
      }
    }
  });

  it('lists the Dana Desa activities with labelled location, volume and budget', async () => {
    const el = await mount('ringkasan', await loadExample(), 800);
    const first = root(el).querySelector('[part=dana-desa] li')!;
    expect(norm(first.textContent)).to.equal(
      'Pembangunan/Rehabilitasi/Peningkatan/Pengerasan Jalan Desa Lokasi: Dusun Sidomulyo RT 02-04 Volume: 650 m Anggaran: Rp 440.000.000',
    );
    await expect(el).shadowDom.to.be.accessible();
  });

  it('prints the bar labels and hides the controls', async () => {
    const el = await mount('belanja', await loadExample(), 700);
    await emulateMedia({ media: 'print' });
    const mark = root(el).querySelector<HTMLElement>('.mark')!;
    expect(getComputedStyle(mark).display).to.equal('block');
    expect(mark.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(getComputedStyle(root(el).querySelector('.controls')!).display).to.equal('none');
    expect(getComputedStyle(root(el).querySelector('.actions')!).display).to.equal('none');
  });
});
