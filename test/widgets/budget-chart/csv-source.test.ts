import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import '../../../src/widgets/budget-chart/index.js';
import '../../../src/widgets/kpm-data/index.js';
import type { KpmBudgetChart } from '../../../src/widgets/budget-chart/index.js';
import { pickApbdes, summarizeApbdes } from '../../../src/model/index.js';
import { formatPercent, formatRupiah } from '../../../src/core/format.js';
import { injectedElements, loadExample } from '../../helpers/dataset.js';
import { norm } from '../../helpers/text.js';

// Every CSV here goes over real HTTP: the shipped template, fixtures under test/fixtures/budget,
// and a test route that serves CSV from a URL without a .csv path.
const TEMPLATE = '/examples/templates/apbdes-template.csv';
const root = (el: Element) => el.shadowRoot!;
const rp = (n: number) => norm(formatRupiah(n, 'id'));
const pct = (p: number | null) => norm(formatPercent(p, 'id'));

async function mount(attrs: Record<string, string>, inside?: HTMLElement): Promise<KpmBudgetChart> {
  const el = document.createElement('kpm-budget-chart') as KpmBudgetChart;
  el.setAttribute('lang', 'id');
  el.setAttribute('today', '2025-10-06');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  const wrap = fixtureSync<HTMLDivElement>(html`<div></div>`);
  (inside ?? wrap).append(el);
  if (inside) wrap.append(inside);
  await waitUntil(() => root(el)?.querySelector('figure, [part=empty], [part=error]'), 'chart did not render', { timeout: 8000 });
  await el.updateComplete;
  return el;
}

async function openTable(el: KpmBudgetChart): Promise<string[][]> {
  root(el).querySelector<HTMLButtonElement>('button[aria-controls=table]')!.click();
  await el.updateComplete;
  return [...root(el).querySelectorAll('#table table tbody tr')].map((tr) => [...tr.children].map((c) => norm(c.textContent)));
}

describe('<kpm-budget-chart> with a CSV src', () => {
  it('renders the template with the same figures as the example’s JSON', async () => {
    const el = await mount({ src: TEMPLATE, 'village-name': 'Sukamaju', view: 'ringkasan' });
    expect(norm(root(el).querySelector('h2')!.textContent)).to.equal('APBDes Desa Sukamaju TA 2025 (Perubahan)');
    const sum = summarizeApbdes(pickApbdes((await loadExample()).apbdes)!);
    const figs = [sum.pendapatan, sum.belanja, sum.pembiayaanNetto, sum.surplusDefisit, sum.silpaBerjalan];
    const rows = await openTable(el);
    expect(rows.map((r) => r.slice(1))).to.deep.equal(figs.map((f) => [rp(f.anggaran), rp(f.realisasi), pct(f.persen)]));
    expect(rows[0]).to.deep.equal(['Pendapatan', 'Rp 2.027.800.000', 'Rp 780.628.000', '38,5%']);
    expect(Boolean(root(el).querySelector('details[part=error]'))).to.equal(false);
    expect(norm(root(el).querySelector('[part=footer]')!.textContent)).to.equal('Sumber: lembar kerja Data per 6 Oktober 2025');
    await expect(el).shadowDom.to.be.accessible();
  });

  it('reads a CSV saved by Excel as windows-1252 or UTF-16 (its amounts have a no-break space after "Rp")', async () => {
    for (const name of ['windows-1252.csv', 'utf-16le.csv']) {
      const el = await mount({ src: `/__test__/file?path=budget/${name}`, 'village-name': 'Sukamaju', view: 'ringkasan' });
      expect(Boolean(root(el).querySelector('[part=error]')), name).to.equal(false);
      expect((await openTable(el))[0], name).to.deep.equal(['Pendapatan', 'Rp 69.500.000', 'Rp 30.100.000', '43,3%']);
    }
  });

  it('dates the data by when the CSV last changed on the server (Last-Modified), not by today', async () => {
    const el = document.createElement('kpm-budget-chart') as KpmBudgetChart;
    el.setAttribute('lang', 'id');
    el.setAttribute('village-name', 'Sukamaju');
    el.setAttribute('src', '/__test__/file?path=budget/windows-1252.csv&modified=2025-07-02T03:04:05Z');
    fixtureSync<HTMLDivElement>(html`<div></div>`).append(el);
    await waitUntil(() => root(el)?.querySelector('[part=footer]'), 'no footer', { timeout: 8000 });
    expect(norm(root(el).querySelector('[part=footer]')!.textContent)).to.equal('Sumber: lembar kerja Data per 2 Juli 2025');
  });

  it('drills belanja from a CSV to the issue’s announced figures', async () => {
    const el = await mount({ src: TEMPLATE, 'village-name': 'Sukamaju', view: 'belanja' });
    const b2 = root(el).querySelectorAll('.mark')[1]!;
    expect(norm(b2.textContent)).to.equal('Pelaksanaan Pembangunan Desa: anggaran Rp 1.032.200.000, realisasi Rp 314.950.000, 30,5%');
  });

  it('lists bad rows by row and column, in English too, and counts only the sound rows', async () => {
    const el = await mount({ src: '/test/fixtures/budget/bad-rows.csv', 'village-name': 'Sukamaju', view: 'pendapatan', lang: 'en' });
    const panel = root(el).querySelector('details[part=error]')!;
    expect(Boolean(panel)).to.equal(true);
    const items = [...panel.querySelectorAll('li')].map((li) => norm(li.textContent));
    expect(items.some((t) => t.includes('Row 3, column anggaran: "612.350.000,50" has sen; rupiah are written whole'))).to.equal(true);
    expect(items.some((t) => t.includes('Row 5, column sumber_dana: "uang kaget" is not a known funding source'))).to.equal(true);
    expect(items.some((t) => t.includes('Row 6, column realisasi_sampai: "31/06/2025" is not a date'))).to.equal(true);
    const rows = await openTable(el);
    expect(rows).to.deep.equal([['Village Fund (APBN)', 'IDR 985,420,000', 'IDR 0', '0%']]);
    await expect(el).shadowDom.to.be.accessible();
  });

  it('reads CSV from a text/csv response without a .csv path, with English numbers and two years', async () => {
    const body = await (await fetch('/test/fixtures/budget/sheets-two-years.csv')).text();
    const el = await mount({ src: `/__test__/text?type=text/csv&body=${encodeURIComponent(body)}`, 'village-name': 'Maju Jaya', view: 'tren' });
    expect(norm(root(el).querySelector('h2')!.textContent)).to.equal('APBDes Desa Maju Jaya TA 2025 (Murni)');
    expect([...root(el).querySelectorAll<HTMLElement>('.mark')].map((m) => m.dataset.key)).to.deep.equal(['2024-4', '2024-5', '2025-4', '2025-5']);
    expect(norm(root(el).querySelectorAll('.mark')[1]!.textContent)).to.equal(
      '2024 · Belanja: anggaran Rp 900.000.000, realisasi Rp 880.000.000, 97,8%',
    );
  });

  it('titles a CSV without any village name "APBDes Desa", not "APBDes Desa –"', async () => {
    const el = await mount({ src: TEMPLATE, view: 'ringkasan' });
    expect(norm(root(el).querySelector('h2')!.textContent)).to.equal('APBDes Desa TA 2025 (Perubahan)');
    el.setAttribute('lang', 'en');
    await waitUntil(() => norm(root(el).querySelector('h2')?.textContent).startsWith('APBDes of'), 'no English title', { timeout: 8000 });
    expect(norm(root(el).querySelector('h2')!.textContent)).to.equal('APBDes of the village, FY 2025 (Revised)');
  });

  it('takes the village from a surrounding <kpm-data> when no village-name is given', async () => {
    const provider = document.createElement('kpm-data');
    provider.setAttribute('src', '/test/fixtures/desa-sukamaju-2025.json');
    await new Promise<void>((resolve) => {
      provider.addEventListener('kpm-data-load', () => resolve(), { once: true });
      fixtureSync<HTMLDivElement>(html`<div></div>`).append(provider);
    });
    const el = await mount({ src: TEMPLATE, view: 'ringkasan' }, provider);
    expect(norm(root(el).querySelector('h2')!.textContent)).to.equal('APBDes Desa Sukamaju TA 2025 (Perubahan)');
    expect(norm(root(el).querySelector('[part=kontak]')!.textContent)).to.contain('0293-555-0100');
  });

  it('renders hostile CSV cells as text', async () => {
    const xss = '<img src=x onerror="window.__kpmXss=1">';
    const csv = `tahun;kode_rekening;uraian;sumber_dana;anggaran\n2025;4.1.1;"${xss.replace(/"/g, '""')}";pades;1.000\n`;
    const el = await mount({ src: `/__test__/text?type=text/csv&body=${encodeURIComponent(csv)}`, 'village-name': xss, view: 'pendapatan' });
    expect(injectedElements(el)).to.deep.equal([]);
    expect((window as { __kpmXss?: number }).__kpmXss).to.equal(undefined);
    expect(norm(root(el).querySelector('h2')!.textContent)).to.contain(xss);
  });
});
