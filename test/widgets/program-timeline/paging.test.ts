// Row paging: each group shows its first 50 rows and a "show more" button with the count;
// filters, search, the summary, group counts and the CSV still cover every kegiatan.
import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/widgets/program-timeline/index.js';
import type { KpmProgramTimeline } from '../../../src/widgets/program-timeline/index.js';
import { syntheticTimeline } from '../../fixtures/program-timeline/synthetic.js';
import { loadExample } from '../../helpers/dataset.js';
import { norm } from '../../helpers/text.js';

const root = (el: Element) => el.shadowRoot!;
const groups = (el: Element) => [...root(el).querySelectorAll<HTMLElement>('section.group')];
const rowsIn = (g: Element) => [...g.querySelectorAll<HTMLElement>('.row')];
const focused = (el: Element) => root(el).activeElement as HTMLElement | null;
const live = (el: Element) => norm(root(el).querySelector('[part=live]')?.textContent);

/** 2,000 synthetic kegiatan; the last one gets a name no other has. */
async function many(count = 2000): Promise<any> {
  const data = syntheticTimeline(await loadExample(), count);
  data.kegiatan[count - 1].nama = 'Kegiatan paling akhir yang unik';
  return data;
}

/** How many kegiatan each bidang has, counted here from the data (not by the widget's model). */
function perBidang(data: any): number[] {
  const n = [0, 0, 0, 0, 0];
  for (const k of data.kegiatan) n[k.bidang - 1]! += 1;
  return n;
}

async function timeline(data: unknown, attrs: Record<string, string> = {}): Promise<KpmProgramTimeline> {
  const el = document.createElement('kpm-program-timeline') as KpmProgramTimeline;
  for (const [k, v] of Object.entries({ lang: 'id', today: '2025-10-06', view: 'list', ...attrs })) el.setAttribute(k, v);
  el.data = data;
  fixtureSync<HTMLDivElement>(html`<div style="width:900px"></div>`).append(el);
  await waitUntil(() => root(el)?.querySelector('figure'), 'timeline did not render', { timeout: 8000 });
  await el.updateComplete;
  return el;
}

const fmt = (n: number) => n.toLocaleString('id-ID');

describe('<kpm-program-timeline> row paging', function () {
  this.timeout(20_000);

  it('shows the first 50 rows of each group with the count and a button; titles and summary count them all', async () => {
    const data = await many();
    const counts = perBidang(data);
    expect(counts.every((c) => c > 100)).to.equal(true); // every group needs paging here
    const el = await timeline(data);
    expect(groups(el).length).to.equal(5);
    groups(el).forEach((g, i) => {
      expect(rowsIn(g).length).to.equal(50);
      expect(norm(g.querySelector('.count')!.textContent)).to.equal(`(${fmt(counts[i]!)})`);
      expect(norm(g.querySelector('.shown-count')!.textContent)).to.equal(`50 dari ${fmt(counts[i]!)} ditampilkan`);
      expect(norm(g.querySelector('button[data-more]')!.textContent)).to.equal('Tampilkan lebih banyak (50 lagi)');
    });
    expect(root(el).querySelectorAll('.mark').length).to.equal(250);
    expect(norm(root(el).querySelector('[part=summary]')!.textContent)).to.match(/^2\.000 kegiatan tahun 2024–2026: /);
    // The CSV is every kegiatan: a header and 2,000 rows.
    expect(el.csvRows().length).to.equal(2001);
  });

  it('"show more" adds the next 50 to that group only, moves focus to the first new row and announces the count', async () => {
    const data = await many();
    const counts = perBidang(data);
    const el = await timeline(data);
    const second = groups(el)[1]!;
    second.querySelector<HTMLButtonElement>('button[data-more]')!.click();
    await el.updateComplete;
    expect(rowsIn(groups(el)[1]!).length).to.equal(100);
    expect(rowsIn(groups(el)[0]!).length).to.equal(50);
    expect(rowsIn(groups(el)[2]!).length).to.equal(50);
    // Global indices run over all rows of earlier groups, shown or not.
    expect(focused(el)?.dataset.index).to.equal(String(counts[0]! + 50));
    expect(focused(el)).to.equal(rowsIn(groups(el)[1]!)[50]!.querySelector('.mark'));
    expect(norm(groups(el)[1]!.querySelector('.shown-count')!.textContent)).to.equal(`100 dari ${fmt(counts[1]!)} ditampilkan`);
    expect(live(el)).to.equal(`Menampilkan 100 dari ${fmt(counts[1]!)} kegiatan di 2. Pelaksanaan Pembangunan Desa.`);
  });

  it('the last page adds what is left, then the button goes', async () => {
    const data = syntheticTimeline(await loadExample(), 400);
    const counts = perBidang(data);
    const el = await timeline(data);
    const n = counts[0]!;
    const pages = Math.ceil(n / 50);
    for (let p = 1; p < pages; p += 1) {
      const left = n - 50 * p;
      const button = groups(el)[0]!.querySelector<HTMLButtonElement>('button[data-more]')!;
      expect(norm(button.textContent)).to.equal(`Tampilkan lebih banyak (${Math.min(50, left)} lagi)`);
      button.click();
      await el.updateComplete;
    }
    expect(rowsIn(groups(el)[0]!).length).to.equal(n);
    expect(Boolean(groups(el)[0]!.querySelector('.more'))).to.equal(false);
    expect(live(el)).to.equal(`Menampilkan ${n} dari ${n} kegiatan di 1. Penyelenggaraan Pemerintahan Desa.`);
  });

  it('keyboard: Enter on the button focuses the first new row; arrows move only through shown rows, across groups', async () => {
    const data = await many();
    const counts = perBidang(data);
    const el = await timeline(data, { controls: 'none' });
    const marks = () => [...root(el).querySelectorAll<HTMLButtonElement>('.mark')];
    expect(marks().filter((m) => m.tabIndex === 0).map((m) => m.dataset.index)).to.deep.equal(['0']);
    // From the first group's 50th row, down goes to the second group's first row.
    marks()[49]!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(focused(el)?.dataset.index).to.equal(String(counts[0]));
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(focused(el)?.dataset.index).to.equal('49');
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    const lastGroupStart = counts.slice(0, 4).reduce((a, b) => a + b, 0);
    expect(focused(el)?.dataset.index).to.equal(String(lastGroupStart + 49));
    // Enter on the first group's button.
    groups(el)[0]!.querySelector<HTMLButtonElement>('button[data-more]')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(focused(el)?.dataset.index).to.equal('50');
    expect(marks().filter((m) => m.tabIndex === 0).map((m) => m.dataset.index)).to.deep.equal(['50']);
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(focused(el)?.dataset.index).to.equal('51');
  });

  it('filters and search reach rows beyond the first page; a new filter starts again at 50', async () => {
    const data = await many();
    const el = await timeline(data);
    expect(Boolean(root(el).querySelector(`.row[data-id="${data.kegiatan[1999].id}"]`))).to.equal(false);
    el.setAttribute('filter-q', 'paling akhir yang unik');
    await el.updateComplete;
    expect([...root(el).querySelectorAll<HTMLElement>('.row')].map((r) => r.dataset.id)).to.deep.equal([data.kegiatan[1999].id]);
    expect(Boolean(root(el).querySelector('.more'))).to.equal(false);
    el.removeAttribute('filter-q');
    await el.updateComplete;
    groups(el)[0]!.querySelector<HTMLButtonElement>('button[data-more]')!.click();
    await el.updateComplete;
    expect(rowsIn(groups(el)[0]!).length).to.equal(100);
    el.setAttribute('filter-status', 'selesai berjalan');
    await el.updateComplete;
    const selesaiBerjalan = data.kegiatan.filter((k: any) => k.status === 'selesai' || k.status === 'berjalan');
    expect(groups(el).map((g) => rowsIn(g).length)).to.deep.equal(
      perBidang({ kegiatan: selesaiBerjalan }).map((c) => Math.min(c, 50)),
    );
    expect(norm(root(el).querySelector('[part=summary]')!.textContent)).to.match(new RegExp(`^${fmt(selesaiBerjalan.length)} kegiatan`));
  });

  it('pages the timeline view too, and speaks English', async () => {
    const data = await many();
    const counts = perBidang(data);
    const el = await timeline(data, { view: 'timeline', lang: 'en' });
    expect(root(el).querySelectorAll('.timeline .row').length).to.equal(250);
    const g = groups(el)[0]!;
    expect(norm(g.querySelector('.shown-count')!.textContent)).to.equal(`50 of ${counts[0]!.toLocaleString('en-GB')} shown`);
    expect(norm(g.querySelector('button[data-more]')!.textContent)).to.equal('Show more (50 more)');
  });

  it('a group of 50 or fewer has no button (the example village)', async () => {
    const el = await timeline(await loadExample());
    expect(root(el).querySelectorAll('.row').length).to.equal(16);
    expect(Boolean(root(el).querySelector('.more'))).to.equal(false);
  });

  for (const view of ['list', 'timeline']) {
    it(`has no axe violations with the buttons in the ${view} view, before and after "show more"`, async () => {
      // One group of 60 (axe over hundreds of rows takes long): 50 shown and the button, then 60.
      const data = syntheticTimeline(await loadExample(), 60);
      data.kegiatan.forEach((k: any) => (k.bidang = 1));
      const el = await timeline(data, { view });
      expect(rowsIn(groups(el)[0]!).length).to.equal(50);
      await expect(el).shadowDom.to.be.accessible();
      groups(el)[0]!.querySelector<HTMLButtonElement>('button[data-more]')!.click();
      await el.updateComplete;
      await expect(el).shadowDom.to.be.accessible();
    });
  }

  it('10,000 kegiatan render 250 rows, not 10,000', async () => {
    const data = await many(10_000);
    const el = await timeline(data, { view: 'timeline' });
    expect(root(el).querySelectorAll('.mark').length).to.equal(250);
    expect(root(el).querySelectorAll('*').length).to.be.below(10_000);
    expect(norm(root(el).querySelector('[part=summary]')!.textContent)).to.match(/^10\.000 kegiatan/);
  });

  it('"Lihat tabel" draws 200 rows at a time; "show more" adds the next page and focuses its first row', async () => {
    const data = await many(450);
    const el = await timeline(data);
    root(el).querySelector<HTMLButtonElement>('button[aria-controls=table]')!.click();
    await el.updateComplete;
    const bodyRows = () => root(el).querySelectorAll('#table tbody tr');
    const note = () => norm(root(el).querySelector('#table .table-more span')?.textContent);
    const more = () => root(el).querySelector<HTMLButtonElement>('#table .table-more button');
    expect(bodyRows().length).to.equal(200);
    expect(note()).to.equal('Menampilkan 200 dari 450 baris; unduhan CSV memuat semuanya.');
    expect(norm(more()!.textContent)).to.equal('Tampilkan 200 baris lagi');
    await expect(el).shadowDom.to.be.accessible();
    more()!.click();
    await waitUntil(() => bodyRows().length === 400, 'the second page did not come');
    expect(focused(el)).to.equal(bodyRows()[200]!.querySelector('th'));
    expect(norm(more()!.textContent)).to.equal('Tampilkan 50 baris lagi');
    el.setAttribute('lang', 'en');
    await waitUntil(() => note() === 'Showing 400 of 450 rows; the CSV download has them all.', `English note: ${note()}`);
    more()!.click();
    await waitUntil(() => bodyRows().length === 450, 'the last page did not come');
    expect(root(el).querySelector('#table .table-more')).to.equal(null);
    expect(norm(focused(el)?.textContent)).to.equal(norm(bodyRows()[400]!.querySelector('th')!.textContent));
  });
});
