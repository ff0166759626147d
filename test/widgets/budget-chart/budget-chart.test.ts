import { aTimeout, expect, fixtureSync, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/widgets/budget-chart/index.js';
import type { KpmBudgetChart } from '../../../src/widgets/budget-chart/index.js';
import { belanjaHierarchy, groupByKode, pickApbdes, summarizeApbdes, trendByYear } from '../../../src/model/index.js';
import { injectedElements, loadExample, mutateExample, XSS } from '../../helpers/dataset.js';
import { formatPercent, formatRupiah, formatRupiahCompact } from '../../../src/core/format.js';
import { norm } from '../../helpers/text.js';

const root = (el: Element) => el.shadowRoot!;
const marks = (el: Element) => [...root(el).querySelectorAll<HTMLButtonElement>('.mark')];
const focused = (el: Element) => root(el).activeElement as HTMLElement | null;

async function chart(view: string, extra: Record<string, string> = {}, data?: unknown): Promise<KpmBudgetChart> {
  const d = data ?? (await loadExample());
  const el = document.createElement('kpm-budget-chart') as KpmBudgetChart;
  el.setAttribute('lang', extra.lang ?? 'id');
  el.setAttribute('view', view);
  for (const [k, v] of Object.entries(extra)) el.setAttribute(k, v);
  el.data = d;
  const wrap = fixtureSync<HTMLDivElement>(html`<div></div>`);
  wrap.append(el);
  await waitUntil(() => root(el)?.querySelector('figure, [part=empty], [part=error]'), 'chart did not render');
  await el.updateComplete;
  return el;
}

/** Table body rows as arrays of normalised cell text. */
function tableRows(el: Element): string[][] {
  return [...root(el).querySelectorAll('#table table tbody tr')].map((tr) => [...tr.children].map((c) => norm(c.textContent)));
}

async function openTable(el: KpmBudgetChart) {
  const btn = root(el).querySelector<HTMLButtonElement>('button[aria-controls=table]')!;
  btn.click();
  await el.updateComplete;
  expect(btn.getAttribute('aria-expanded')).to.equal('true');
}

const rp = (n: number) => norm(formatRupiah(n, 'id'));
const pct = (p: number | null) => norm(formatPercent(p, 'id'));

describe('<kpm-budget-chart>', () => {
  it('names the village as it is called: a name given with "Desa" in front is not doubled, a Nagari is a Nagari', async () => {
    const prefixed = await chart('ringkasan', {}, await mutateExample((d) => { d.desa.nama = 'Desa Sukamaju'; }));
    expect(norm(root(prefixed).querySelector('h2')!.textContent)).to.equal('APBDes Desa Sukamaju TA 2025 (Perubahan)');
    const nagari = await chart('ringkasan', { lang: 'en' }, await mutateExample((d) => { d.desa.nama = 'Nagari Sukamaju'; d.desa.sebutanLokal = 'Nagari'; }));
    expect(norm(root(nagari).querySelector('h2')!.textContent)).to.equal('APBDes of Sukamaju Nagari, FY 2025 (Revised)');
  });

  it('titles the current budget and pins the issue figures for Bidang 2', async () => {
    const el = await chart('belanja');
    expect(norm(root(el).querySelector('h2')!.textContent)).to.equal('APBDes Desa Sukamaju TA 2025 (Perubahan)');
    expect(root(el).querySelector('figure')).to.exist;
    const b2 = marks(el)[1];
    expect(norm(b2.textContent)).to.equal(
      'Pelaksanaan Pembangunan Desa: anggaran Rp 1.032.200.000, realisasi Rp 314.950.000, 30,5%',
    );
    expect(norm(b2.closest('li')!.textContent)).to.contain('Rp 1,03 M');
    await openTable(el);
    expect(tableRows(el)[1]).to.deep.equal(['Pelaksanaan Pembangunan Desa', 'Rp 1.032.200.000', 'Rp 314.950.000', '30,5%']);
  });

  it('a file with a broken generatedAt and no sumber still shows its budget, with the errors and a footer without them', async () => {
    const data = await mutateExample((d) => {
      d.generatedAt = '06/10/2025';
      delete d.sumber;
    });
    const el = await chart('belanja', {}, data);
    const errors = norm(root(el).querySelector('[part=error]')!.textContent);
    expect(errors).to.contain('generatedAt');
    expect(errors).to.contain('sumber');
    expect(marks(el).length).to.equal(5);
    const footer = norm(root(el).querySelector('[part=footer]')!.textContent);
    expect(footer).to.not.contain('Sumber');
    expect(footer).to.not.contain('Data per');
    expect(footer).to.contain('Lisensi: CC-BY-4.0');
    await expect(el).shadowDom.to.be.accessible();
  });

  it('belanja bars and table equal the model, with a summary naming the largest bidang', async () => {
    const data = await loadExample();
    const el = await chart('belanja', {}, data);
    const apbdes = pickApbdes(data.apbdes)!;
    const bidang = belanjaHierarchy(apbdes).children;
    expect(marks(el).map((m) => norm(m.querySelector('.label')!.textContent))).to.deep.equal(bidang.map((b) => b.label.id));
    await openTable(el);
    expect(tableRows(el)).to.deep.equal(bidang.map((b) => [b.label.id, rp(b.anggaran), rp(b.realisasi), pct(b.persen)]));
    const summary = norm(root(el).querySelector('[part=summary]')!.textContent);
    expect(summary).to.contain('Belanja terbesar: Pelaksanaan Pembangunan Desa, Rp 1,03 M (48%)');
    expect(summary).to.contain('Realisasi s.d. 30 Juni 2025: Rp 795,35 jt (37%)');
  });

  it('ringkasan shows pendapatan, belanja, pembiayaan netto, surplus/defisit and SiLPA from the model', async () => {
    const data = await loadExample();
    const el = await chart('ringkasan', {}, data);
    const sum = summarizeApbdes(pickApbdes(data.apbdes)!);
    const figs = [sum.pendapatan, sum.belanja, sum.pembiayaanNetto, sum.surplusDefisit, sum.silpaBerjalan];
    await openTable(el);
    const rows = tableRows(el);
    expect(rows.map((r) => r[0])).to.deep.equal(['Pendapatan', 'Belanja', 'Pembiayaan netto', 'Surplus/(Defisit)', 'SiLPA tahun berjalan']);
    expect(rows.map((r) => r.slice(1))).to.deep.equal(figs.map((f) => [rp(f.anggaran), rp(f.realisasi), pct(f.persen)]));
    expect(rows[0]).to.deep.equal(['Pendapatan', 'Rp 2.027.800.000', 'Rp 780.628.000', '38,5%']);
    expect(rows[3][1]).to.equal('-Rp 124.200.000');
    expect(norm(marks(el)[0].closest('li')!.textContent)).to.contain(norm(formatRupiahCompact(sum.pendapatan.anggaran, 'id')));
    // The baliho extras: main Dana Desa activities and the complaints line.
    const dd = norm(root(el).querySelector('[part=dana-desa]')!.textContent);
    expect(dd).to.contain('Pembangunan/Rehabilitasi/Peningkatan/Pengerasan Jalan Desa');
    expect(dd).to.contain('Dusun Sidomulyo RT 02-04');
    expect(dd).to.contain('650 m');
    expect(dd).to.contain('Rp 440.000.000');
    const kontak = root(el).querySelector('[part=kontak]')!;
    expect(norm(kontak.textContent)).to.contain('Informasi dan pengaduan: 0293-555-0100');
    expect(kontak.querySelector('a[href="mailto:pemdes@sukamaju.example.org"]')).to.exist;
  });

  it('pendapatan lists jenis and collapses to the three kelompok', async () => {
    const data = await loadExample();
    const el = await chart('pendapatan', {}, data);
    const apbdes = pickApbdes(data.apbdes)!;
    const jenis = groupByKode(apbdes, 'jenis', '4');
    expect(marks(el).map((m) => norm(m.textContent))).to.deep.equal(
      jenis.map((r) => `${r.label.id}: anggaran ${rp(r.anggaran)}, realisasi ${rp(r.realisasi)}, ${pct(r.persen)}`),
    );
    expect(jenis.find((r) => r.kode === '4.2.1')!.anggaran).to.equal(985_420_000);
    root(el).querySelector<HTMLButtonElement>('button[data-level=kelompok]')!.click();
    await el.updateComplete;
    const kelompok = groupByKode(apbdes, 'kelompok', '4');
    expect(kelompok.length).to.equal(3);
    await openTable(el);
    expect(tableRows(el)).to.deep.equal(kelompok.map((r) => [r.label.id, rp(r.anggaran), rp(r.realisasi), pct(r.persen)]));
  });

  it('jenis shows belanja 5.1–5.4 and the siltap share against the 30% cap', async () => {
    const el = await chart('jenis');
    expect(marks(el).map((m) => m.dataset.key)).to.deep.equal(['5.1', '5.2', '5.3', '5.4']);
    const text = norm(root(el).querySelector('[part=siltap]')!.textContent);
    expect(text).to.contain('Rp 520.000.000, 24,2% dari belanja. Batas: 30% (PP 11/2019). Di bawah batas.');
  });

  it('pembiayaan shows penerimaan against pengeluaran', async () => {
    const el = await chart('pembiayaan');
    expect(marks(el).map((m) => norm(m.textContent))).to.deep.equal([
      'Penerimaan Pembiayaan: anggaran Rp 154.200.000, realisasi Rp 154.200.000, 100%',
      'Pengeluaran Pembiayaan: anggaran Rp 30.000.000, realisasi Rp 0, 0%',
    ]);
    expect(norm(root(el).querySelector('[part=summary]')!.textContent)).to.contain('pembiayaan netto Rp 124,2 jt');
  });

  it('tren shows each year side by side and the perubahan semula → menjadi', async () => {
    const data = await loadExample();
    const el = await chart('tren', {}, data);
    const years = trendByYear(data.apbdes);
    expect(marks(el).map((m) => m.dataset.key)).to.deep.equal(['2024-4', '2024-5', '2025-4', '2025-5']);
    expect(norm(marks(el)[1].textContent)).to.equal(
      `2024 · Belanja: anggaran ${rp(years[0].belanja.anggaran)}, realisasi ${rp(years[0].belanja.realisasi)}, ${pct(years[0].belanja.persen)}`,
    );
    expect(years[0].belanja.anggaran).to.equal(1_942_372_000);
    const changes = root(el).querySelectorAll('[part=changes] li');
    expect(changes.length).to.be.greaterThan(0);
    expect(norm(changes[0].textContent)).to.match(/: Rp [\d.]+ → Rp [\d.]+$/);
  });

  it('keyboard: Tab lands on the chart, arrows move, Enter drills, Esc closes the tooltip then goes up', async () => {
    const el = await chart('belanja', { controls: 'none' });
    const before = fixtureSync<HTMLButtonElement>(html`<button>before</button>`);
    el.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.dataset.index).to.equal('0');
    expect(root(el).querySelectorAll('.mark[tabindex="0"]').length).to.equal(1);
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(focused(el)?.dataset.key).to.equal('2');
    expect(root(el).querySelector('[part=tooltip]')).to.exist;
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await aTimeout(0);
    const subs = belanjaHierarchy(pickApbdes((await loadExample()).apbdes)!).children[1].children;
    expect(marks(el).map((m) => m.dataset.key)).to.deep.equal(subs.map((s) => s.kode));
    expect(focused(el)?.dataset.index).to.equal('0');
    expect([...root(el).querySelectorAll('nav[part=breadcrumb] li')].map((li) => norm(li.textContent))).to.deep.equal(['Belanja', 'Pelaksanaan Pembangunan Desa']);
    expect(root(el).querySelector('nav [aria-current=location]')!.textContent).to.equal('Pelaksanaan Pembangunan Desa');
    expect(norm(root(el).querySelector('[part=live]')!.textContent)).to.equal(`Pelaksanaan Pembangunan Desa: ${subs.length} baris`);
    // Esc first closes the tooltip that focus opened, then goes up to the bidang level.
    expect(root(el).querySelector('[part=tooltip]')).to.exist;
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(root(el).querySelector('[part=tooltip]')).to.equal(null);
    expect(marks(el)[0].dataset.key).to.equal(subs[0].kode);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => marks(el)[0].dataset.key === '1');
    await el.updateComplete;
    await aTimeout(0);
    expect(focused(el)?.dataset.key).to.equal('2');
  });

  it('drills down to kegiatan by click and back with the breadcrumb', async () => {
    const el = await chart('belanja');
    const selected = oneEvent(el, 'kpm-select');
    marks(el)[1].click();
    expect((await selected).detail.path).to.deep.equal(['2']);
    await el.updateComplete;
    marks(el)[0].click();
    await el.updateComplete;
    expect(marks(el).every((m) => !m.hasAttribute('aria-describedby'))).to.equal(true);
    const crumbs = root(el).querySelectorAll<HTMLButtonElement>('nav button');
    expect(crumbs.length).to.equal(2);
    crumbs[0].click();
    await el.updateComplete;
    expect(marks(el).map((m) => m.dataset.key)).to.deep.equal(['1', '2', '3', '4', '5']);
  });

  it('switches view with the in-widget buttons, and hides them with controls="none"', async () => {
    const el = await chart('ringkasan');
    root(el).querySelector<HTMLButtonElement>('button[data-view=pendapatan]')!.click();
    await el.updateComplete;
    expect(el.getAttribute('view')).to.equal('pendapatan');
    expect(root(el).querySelector('button[data-view=pendapatan]')!.getAttribute('aria-pressed')).to.equal('true');
    const none = await chart('belanja', { controls: 'none' });
    expect(root(none).querySelector('[part=controls]')).to.equal(null);
  });

  it('year, version and as-of pick the budget and the realisation date', async () => {
    const el = await chart('ringkasan', { year: '2025', version: 'murni' });
    expect(norm(root(el).querySelector('h2')!.textContent)).to.equal('APBDes Desa Sukamaju TA 2025 (Murni)');
    const en = await chart('ringkasan', { year: '2025', version: 'murni', lang: 'en' });
    expect(norm(root(en).querySelector('h2')!.textContent)).to.equal('APBDes of Sukamaju Village, FY 2025 (Original)');
    await openTable(el);
    expect(tableRows(el)[1]).to.deep.equal(['Belanja', 'Rp 2.120.000.000', 'Rp 795.350.000', '37,5%']);
    const old = await chart('belanja', { year: '2024', 'as-of': '2024-06-30' });
    expect(norm(root(old).querySelector('h2')!.textContent)).to.equal('APBDes Desa Sukamaju TA 2024 (Murni)');
    expect(norm(root(old).querySelector('[part=summary]')!.textContent)).to.contain('s.d. 30 Juni 2024');
    expect(norm(root(old).querySelector('select[name=as-of]')!.querySelector('option[selected]')?.textContent ?? (root(old).querySelector('select[name=as-of]') as HTMLSelectElement).selectedOptions[0].textContent)).to.equal('30 Juni 2024');
  });

  it('an as-of date between two reports is the date the picker shows', async () => {
    const el = await chart('ringkasan', { year: '2024', 'as-of': '2024-09-15' });
    expect(norm(root(el).querySelector('[part=summary]')!.textContent)).to.contain('s.d. 15 September 2024');
    const select = root(el).querySelector<HTMLSelectElement>('select[name=as-of]')!;
    expect([...select.options].map((o) => o.value)).to.deep.equal(['2024-06-30', '2024-09-15', '2024-12-31']);
    expect(norm(select.selectedOptions[0].textContent)).to.equal('15 September 2024');
  });

  it('speaks English with lang="en"', async () => {
    const el = await chart('belanja', { lang: 'en' });
    expect(norm(root(el).querySelector('h2')!.textContent)).to.equal('APBDes of Sukamaju Village, FY 2025 (Revised)');
    expect(norm(marks(el)[1].textContent)).to.equal(
      'Village development: budget IDR 1,032,200,000, realised IDR 314,950,000, 30.5%',
    );
    expect(root(el).querySelector('button[aria-controls=table]')!.textContent).to.equal('Show table');
  });

  it('says "realised", not "spent", of revenue in English', async () => {
    const el = await chart('ringkasan', { lang: 'en', year: '2024' });
    const revenue = root(el).querySelector('[part=chart] li')!;
    expect(norm(revenue.textContent)).to.match(/^Revenue: .* IDR 1\.87bn Realised IDR [\d.]+bn \(99\.8%\)$/);
    expect(norm(root(el).querySelector('select[name=as-of]')!.closest('label')!.textContent)).to.match(/^Realised up to/);
    expect(norm(root(el).textContent)).not.to.contain('Spent');
  });

  it('a budget without any realisation report says so in one sentence, in both languages', async () => {
    const data = await mutateExample((d) => {
      for (const a of d.apbdes) for (const b of a.baris) delete b.realisasi;
    });
    const id = await chart('ringkasan', { year: '2025', version: 'murni' }, data);
    expect(norm(root(id).querySelector('[part=summary]')!.textContent)).to.equal(
      'Pendapatan Rp 2 M dan belanja Rp 2,12 M. Belum ada laporan realisasi.',
    );
    const belanja = await chart('belanja', { lang: 'en', year: '2025', version: 'murni' }, data);
    expect(norm(root(belanja).querySelector('[part=summary]')!.textContent)).to.equal(
      'Largest expenditure: Village development, IDR 989.2m (46.7%). No realisation reported yet.',
    );
    // The marks show the budget alone: no "realised IDR 0 (0%)" that reads as measured.
    expect(norm(root(belanja).querySelector('[part=chart] .values')!.textContent)).to.equal('IDR 722.88m');
    expect(norm(marks(belanja)[0].textContent)).to.equal('Village administration: budget IDR 722,880,000');
    expect(norm(root(id).querySelector('[part=chart] li')!.textContent)).to.equal('Pendapatan: anggaran Rp 1.995.800.000 Rp 2 M');
    // The table and the CSV have no realisation columns either (no column of "Rp 0" and "–").
    await openTable(belanja);
    expect([...root(belanja).querySelectorAll('#table table thead th')].map((th) => norm(th.textContent))).to.deep.equal(['Item', 'Budget']);
    expect(tableRows(belanja)[0]).to.deep.equal(['Village administration', 'IDR 722,880,000']);
    expect(belanja.csvRows().slice(0, 2)).to.deep.equal([['Item', 'Budget (Rp)'], ['Village administration', 722_880_000]]);
  });

  it('a draft beside the enacted budget of one version: both can be picked, and the draft says it is one', async () => {
    const data = await mutateExample((d) => {
      const draft = structuredClone(d.apbdes[0]);
      draft.id = 'apbdes-2025-murni-draf';
      draft.status = 'draf';
      delete draft.nomorPerdes;
      delete draft.tanggalPenetapan;
      draft.baris[0].anggaran += 1_000_000;
      d.apbdes.push(draft);
    });
    const el = await chart('ringkasan', { year: '2025', version: 'murni' }, data);
    const select = root(el).querySelector<HTMLSelectElement>('select[name=version]')!;
    expect([...select.options].map((o) => [o.value, norm(o.textContent)])).to.deep.equal([
      ['apbdes-2025-murni-draf', 'Murni, draf'],
      ['apbdes-2025-murni', 'Murni'],
      ['perubahan', 'Perubahan'],
    ]);
    expect(norm(root(el).querySelector('h2')!.textContent)).to.equal('APBDes Desa Sukamaju TA 2025 (Murni)');
    select.value = 'apbdes-2025-murni-draf';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(norm(root(el).querySelector('h2')!.textContent)).to.equal('APBDes Desa Sukamaju TA 2025 (Murni, draf)');
    expect(el.getAttribute('version')).to.equal('apbdes-2025-murni-draf');
    await openTable(el);
    expect(tableRows(el)[0][1]).to.equal('Rp 1.996.800.000');
    el.setAttribute('lang', 'en');
    await waitUntil(() => norm(root(el).querySelector('h2')!.textContent).startsWith('APBDes of'), 'no English title');
    expect(norm(root(el).querySelector('h2')!.textContent)).to.equal('APBDes of Sukamaju Village, FY 2025 (Original, draft)');
  });

  it('writes the CSV for Excel in Indonesian: semicolons, plain integers, decimal comma', async () => {
    const el = await chart('belanja');
    const rows = el.csvRows();
    expect(rows[0]).to.deep.equal(['Uraian', 'Anggaran (Rp)', 'Realisasi (Rp)', 'Persen (%)']);
    expect(rows[2]).to.deep.equal(['Pelaksanaan Pembangunan Desa', 1_032_200_000, 314_950_000, 30.5]);
    const { toCsv } = await import('../../../src/core/csv.js');
    expect(toCsv(rows).split('\r\n')[2]).to.equal('Pelaksanaan Pembangunan Desa;1032200000;314950000;30,5');
  });

  it('exports an SVG of the same bars with resolved colours', async () => {
    const el = await chart('belanja');
    const text = el.chartSvg();
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    expect(doc.documentElement.getAttribute('xmlns')).to.equal('http://www.w3.org/2000/svg');
    expect(norm(doc.querySelector('text')!.textContent)).to.equal('APBDes Desa Sukamaju TA 2025 (Perubahan)');
    expect(text).to.contain('Pelaksanaan Pembangunan Desa');
    expect(text).not.to.contain('var(');
    expect(text).not.to.contain('<!--');
  });

  it('shows the schema warnings where they apply', async () => {
    const data = await mutateExample((d) => {
      const p = d.apbdes[2];
      const line = p.baris.find((b: any) => b.kodeRekening === '6.1.1');
      line.anggaran += 10_000_000;
    });
    const el = await chart('pembiayaan', {}, data);
    const w = root(el).querySelector('[part=warnings]');
    expect(w, 'warning panel').to.exist;
    expect(norm(w!.textContent)).to.contain('SiLPA');
    const belanja = await chart('belanja', {}, data);
    expect(root(belanja).querySelector('[part=warnings]')).to.equal(null);
  });

  it('finds its warnings when an earlier APBDes was left out as unsound', async () => {
    const data = await mutateExample((d) => {
      d.apbdes[0].id = 'Bukan Id'; // input apbdes[0] is dropped: the perubahan becomes data.apbdes[1]
      const line = d.apbdes[2].baris.find((b: any) => b.kodeRekening === '6.1.1');
      line.anggaran += 10_000_000;
    });
    const el = await chart('pembiayaan', {}, data);
    const w = root(el).querySelector('[part=warnings]');
    expect(Boolean(w), 'warning panel').to.equal(true);
    expect(norm(w!.textContent)).to.contain('SiLPA');
  });

  it('flags a bar whose realisation is above its budget', async () => {
    const data = await mutateExample((d) => {
      const line = d.apbdes[2].baris.find((b: any) => b.kodeRekening === '6.2.2');
      line.realisasi = [{ sampaiTanggal: '2025-06-30', jumlah: 35_000_000 }];
    });
    const el = await chart('pembiayaan', {}, data);
    expect(norm(marks(el)[1].closest('li')!.querySelector('.flag')!.textContent)).to.equal('⚠ realisasi melebihi anggaran');
    expect(norm(root(el).querySelector('[part=warnings]')!.textContent)).to.contain('Rp 35.000.000');
  });

  it('a view with no line in the budget says so instead of an empty chart', async () => {
    const data = await mutateExample((d) => {
      d.apbdes = [d.apbdes[0]];
      d.apbdes[0].baris = d.apbdes[0].baris.filter((b: { kodeRekening: string }) => b.kodeRekening.startsWith('4'));
    });
    for (const view of ['belanja', 'jenis', 'pembiayaan']) {
      const el = await chart(view, {}, data);
      expect(root(el).querySelector('[part=chart]'), view).to.equal(null);
      expect(norm(root(el).querySelector('[part=no-rows]')?.textContent), view).to.match(/^APBDes ini tidak memuat baris untuk tampilan /);
      await expect(el).shadowDom.to.be.accessible();
      el.remove();
    }
    const en = await chart('belanja', { lang: 'en' }, data);
    expect(norm(root(en).querySelector('[part=no-rows]')!.textContent)).to.equal('This budget has no lines for the Spending by sector view.');
  });

  it('shows the empty state without apbdes', async () => {
    const data = await mutateExample((d) => delete d.apbdes);
    const el = await chart('belanja', {}, data);
    expect(norm(root(el).querySelector('[part=empty]')!.textContent)).to.equal('Belum ada data APBDes.');
    await expect(el).shadowDom.to.be.accessible();
  });

  it('renders hostile labels as text', async () => {
    const data = await mutateExample((d) => {
      d.desa.nama = `${XSS} Sukamaju`;
      for (const b of d.apbdes[2].baris) {
        b.uraian = `${XSS} ${b.uraian}`;
        if (b.kodeKegiatan) b.namaKegiatan = `${XSS} kegiatan`;
      }
    });
    const el = await chart('belanja', {}, data);
    marks(el)[1].click();
    await el.updateComplete;
    marks(el)[0].click();
    await el.updateComplete;
    await openTable(el);
    expect(norm(root(el).querySelector('h2')!.textContent)).to.contain(XSS);
    expect(norm(root(el).textContent)).to.contain(`${XSS} kegiatan`);
    expect(injectedElements(el)).to.deep.equal([]);
    expect((window as any).__kpmXss).to.equal(undefined);
    const dd = await chart('ringkasan', {}, data);
    expect(injectedElements(dd)).to.deep.equal([]);
  });

  for (const view of ['ringkasan', 'pendapatan', 'belanja', 'jenis', 'pembiayaan', 'tren']) {
    it(`has no axe violations in the ${view} view, with the table open and a tooltip shown`, async () => {
      const el = await chart(view);
      marks(el)[0].focus();
      await el.updateComplete;
      await openTable(el);
      await expect(el).shadowDom.to.be.accessible();
    });
  }

  it('works at 320 px: every mark fits the width and the labels wrap', async () => {
    const el = await chart('belanja');
    el.style.width = '320px';
    await aTimeout(50);
    for (const m of root(el).querySelectorAll<HTMLElement>('.row')) {
      expect(m.getBoundingClientRect().width).to.be.at.most(320);
      expect(m.scrollWidth).to.be.at.most(m.clientWidth + 1);
    }
  });
});

