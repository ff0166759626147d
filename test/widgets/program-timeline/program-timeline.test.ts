import { aTimeout, expect, fixtureSync, html, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../../src/widgets/program-timeline/index.js';
import type { KpmProgramTimeline } from '../../../src/widgets/program-timeline/index.js';
import { barLayout, kegiatanSpan, timeWindow } from '../../../src/model/timeline-layout.js';
import { hostileExample, injectedElements, loadExample, mutateExample, XSS } from '../../helpers/dataset.js';
import { norm } from '../../helpers/text.js';
import { hostScrollsSideways, overflowing } from '../../helpers/overflow.js';

const root = (el: Element) => el.shadowRoot!;
const marks = (el: Element) => [...root(el).querySelectorAll<HTMLButtonElement>('.mark')];
const rowIds = (el: Element) => [...root(el).querySelectorAll<HTMLElement>('.row')].map((r) => r.dataset.id);
const focused = (el: Element) => root(el).activeElement as HTMLElement | null;
const text = (el: Element, sel: string) => norm(root(el).querySelector(sel)?.textContent);

async function timeline(attrs: Record<string, string> = {}, data?: unknown, width = 900): Promise<KpmProgramTimeline> {
  const d = data ?? (await loadExample());
  const el = document.createElement('kpm-program-timeline') as KpmProgramTimeline;
  el.setAttribute('lang', 'id');
  el.setAttribute('today', '2025-10-06');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.data = d;
  const wrap = fixtureSync<HTMLDivElement>(html`<div style="width:${width}px"></div>`);
  wrap.append(el);
  await waitUntil(() => root(el)?.querySelector('figure, [part=empty], [part=error]'), 'timeline did not render', { timeout: 5000 });
  await aTimeout(0);
  await el.updateComplete;
  return el;
}

describe('<kpm-program-timeline>', () => {
  it('titles the village and summarises 2025 from the model', async () => {
    const el = await timeline({ year: '2025' });
    expect(text(el, 'h2')).to.equal('Program dan kegiatan Desa Sukamaju');
    expect(text(el, '[part=summary]')).to.equal(
      '8 kegiatan tahun 2025: 1 dianggarkan, 5 berjalan, dan 2 selesai; rata-rata progres fisik 73,3%.',
    );
    expect(marks(el).length).to.equal(8);
    expect([...root(el).querySelectorAll('.group-title')].map((h) => norm(h.textContent))).to.deep.equal([
      '1. Penyelenggaraan Pemerintahan Desa (1)',
      '2. Pelaksanaan Pembangunan Desa (4)',
      '3. Pembinaan Kemasyarakatan Desa (1)',
      '4. Pemberdayaan Masyarakat Desa (1)',
      '5. Penanggulangan Bencana, Keadaan Darurat dan Mendesak Desa (1)',
    ]);
  });

  it('speaks English', async () => {
    const el = await timeline({ year: '2025', lang: 'en' });
    expect(text(el, 'h2')).to.equal('Programmes and activities of Sukamaju Village');
    expect(text(el, '[part=summary]')).to.equal(
      '8 activities in 2025: 1 budgeted, 5 ongoing and 2 completed; average physical progress 73.3%.',
    );
    expect(norm(marks(el)[0].textContent)).to.contain('Ongoing');
  });

  it('opens as a timeline when wide and as a list under 560 px; the view attribute wins', async () => {
    const wide = await timeline({}, undefined, 900);
    expect(wide.currentView).to.equal('timeline');
    expect(root(wide).querySelectorAll('svg.bar').length).to.equal(16);
    const narrow = await timeline({}, undefined, 320);
    await waitUntil(() => narrow.currentView === 'list', 'did not switch to the list');
    await narrow.updateComplete;
    expect(root(narrow).querySelectorAll('svg.bar').length).to.equal(0);
    expect(root(narrow).querySelectorAll('.list .row').length).to.equal(16);
    const forced = await timeline({ view: 'timeline' }, undefined, 320);
    expect(forced.currentView).to.equal('timeline');
  });

  it('draws each bar where the model puts its dates, filled to the latest progress', async () => {
    const data = await loadExample();
    const el = await timeline({ year: '2025' }, data);
    const k = data.kegiatan.find((x: any) => x.id === 'keg-2025-jalan-sidomulyo');
    const expected = barLayout(kegiatanSpan(k), timeWindow({ zoom: 'year', firstYear: 2025, lastYear: 2025 }), 1000, 88);
    const row = root(el).querySelector('.row[data-id="keg-2025-jalan-sidomulyo"]')!;
    const span = row.querySelector('rect.span')!;
    const fill = row.querySelector('rect.fill')!;
    expect(Number(span.getAttribute('x'))).to.be.closeTo(expected.x, 1e-9);
    expect(Number(span.getAttribute('x'))).to.be.closeTo((103 * 1000) / 365, 1e-9);
    expect(Number(span.getAttribute('width'))).to.be.closeTo((139 * 1000) / 365, 1e-9);
    expect(Number(fill.getAttribute('width'))).to.be.closeTo(expected.fill, 1e-9);
    // today (6 Oct 2025, day 278) is a line in the middle of its day
    expect(Number(row.querySelector('line.today')!.getAttribute('x1'))).to.be.closeTo((278.5 * 1000) / 365, 1e-9);
    expect(norm(row.querySelector('.mark')!.textContent)).to.equal(
      'Pengerasan jalan desa (rabat beton) Dusun Sidomulyo ▶ Berjalan · progres fisik 88% · 14 Apr 2025 – 30 Agu 2025',
    );
  });

  it('draws a kegiatan without dates over its fiscal year, marked approximate in words and by a dashed bar', async () => {
    const el = await timeline({ year: '2026' });
    const row = root(el).querySelector('.row[data-id="keg-2026-ews-longsor"]')!;
    expect(norm(row.textContent)).to.contain('1 Jan 2026 – 31 Des 2026 (jadwal perkiraan)');
    expect(row.querySelector('svg.bar')!.classList.contains('approx')).to.equal(true);
    const span = row.querySelector('rect.span')!;
    expect(Number(span.getAttribute('x'))).to.equal(0);
    expect(Number(span.getAttribute('width'))).to.equal(1000);
  });

  it('reads filters from attributes, with lists space-separated', async () => {
    const el = await timeline({ 'filter-status': 'tertunda dibatalkan' });
    expect(rowIds(el).sort()).to.deep.equal(['keg-2024-drainase-krajan', 'keg-2024-sid']);
    el.setAttribute('filter-status', '');
    el.setAttribute('filter-bidang', '4');
    el.setAttribute('filter-dusun', 'dsn-ngasem');
    await el.updateComplete;
    expect(rowIds(el)).to.deep.equal(['keg-2025-pelatihan-perempuan', 'keg-2026-olahan-pangan']);
    el.setAttribute('filter-q', 'olahan');
    await el.updateComplete;
    expect(rowIds(el)).to.deep.equal(['keg-2026-olahan-pangan']);
    el.setAttribute('filter-q', 'tidak ada');
    await el.updateComplete;
    expect(text(el, '.rows + [part=empty], p[part=empty]')).to.equal('Tidak ada kegiatan yang cocok dengan saringan.');
    expect(text(el, '[part=summary]')).to.equal('0 kegiatan tahun 2024–2026.');
  });

  it('a reader’s filter changes the rows, reflects to attributes, fires kpm-filter and is announced', async () => {
    const el = await timeline();
    const box = root(el).querySelector<HTMLInputElement>('input[name=filter-status][value=selesai]')!;
    const fired = oneEvent(el, 'kpm-filter');
    box.click();
    const ev = await fired;
    expect(ev.detail).to.deep.equal({ year: undefined, bidang: [], status: ['selesai'], dusun: [], q: '' });
    await el.updateComplete;
    expect(el.getAttribute('filter-status')).to.equal('selesai');
    expect(rowIds(el).length).to.equal(5);
    await waitUntil(() => text(el, '[part=live]') !== '', 'nothing announced');
    expect(text(el, '[part=live]')).to.equal('Menampilkan 5 dari 16 kegiatan.');
    const year = root(el).querySelector<HTMLSelectElement>('select[name=year]')!;
    year.value = '2024';
    year.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.getAttribute('year')).to.equal('2024');
    expect(rowIds(el).sort()).to.deep.equal(['keg-2024-bank-sampah', 'keg-2024-jalan-krajan', 'keg-2024-ketahanan-pangan']);
    const search = root(el).querySelector<HTMLInputElement>('input[name=q]')!;
    search.value = 'JALAN';
    search.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(el.getAttribute('filter-q')).to.equal('JALAN');
    expect(rowIds(el)).to.deep.equal(['keg-2024-jalan-krajan']);
    root(el).querySelector<HTMLButtonElement>('button.clear')!.click();
    await el.updateComplete;
    for (const a of ['year', 'filter-status', 'filter-q']) expect(el.hasAttribute(a)).to.equal(false);
    expect(rowIds(el).length).to.equal(16);
  });

  it('groups by status or year on request', async () => {
    const el = await timeline({ group: 'status', year: '2024' });
    expect([...root(el).querySelectorAll('.group-title')].map((h) => norm(h.textContent))).to.deep.equal([
      'Selesai (3)', 'Tertunda (1)', 'Dibatalkan (1)',
    ]);
    const select = root(el).querySelector<HTMLSelectElement>('select[name=group]')!;
    select.value = 'tahun';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.getAttribute('group')).to.equal('tahun');
    expect(text(el, '.group-title')).to.equal('2024 (5)');
  });

  it('opens the detail with the trace: usulan, documents, the APBDes line, the progress log and safe lazy photos', async () => {
    const el = await timeline({ year: '2025' });
    const button = root(el).querySelector<HTMLButtonElement>('.row[data-id="keg-2025-jalan-sidomulyo"] .mark')!;
    const selected = oneEvent(el, 'kpm-select');
    button.click();
    expect((await selected).detail).to.deep.equal({ id: 'keg-2025-jalan-sidomulyo' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    const detail = root(el).querySelector('[part=detail]')!;
    // right under its row, not at the end of a long list
    expect(detail.closest<HTMLElement>('.row')!.dataset.id).to.equal('keg-2025-jalan-sidomulyo');
    const t = norm(detail.textContent);
    const facts = Object.fromEntries(
      [...detail.querySelectorAll('dt')].map((dt) => [norm(dt.textContent), norm(dt.nextElementSibling!.textContent)]),
    );
    expect(facts).to.include({
      Jadwal: '14 Apr 2025 – 30 Agu 2025',
      Lokasi: 'Sidomulyo · RW 03 · RT 02, 03, 04 · Ruas Sidomulyo - Ngasem',
      Volume: '650 m',
      Anggaran: 'Rp 440.000.000',
      Realisasi: 'Rp 176.000.000 (40% dari anggaran)',
      Pelaksana: 'TPK Desa Sukamaju (Tim Pelaksana Kegiatan)',
      'Penerima manfaat': '410 laki-laki, 425 perempuan, 38 rumah tangga miskin',
      'Kode kegiatan': '2.3.10',
    });
    expect(t).to.contain('Dana Desa: Rp 440.000.000');
    expect(t).to.contain('15 September 2025: 88% — Pengecoran segmen 3');
    const trace = norm(detail.querySelector('[part=trace]')!.textContent);
    expect(trace).to.contain('Berasal dari usulan warga');
    expect(norm(detail.querySelector('.usulan')!.textContent)).to.match(/\(2024; /);
    expect(norm(detail.querySelector('.apbdes')!.textContent)).to.contain(
      'APBDes 2025 (Perubahan): 5.3.5',
    );
    expect(norm(detail.querySelector('.apbdes')!.textContent)).to.contain('anggaran Rp 440.000.000, realisasi Rp 176.000.000');
    expect([...detail.querySelectorAll('.dokumen a')].map((a) => a.getAttribute('href'))).to.deep.equal([
      'https://sukamaju.example.org/dokumen/perdes-2-2024-rpjmdes-2024-2031.pdf',
      'https://sukamaju.example.org/dokumen/perdes-5-2024-rkpdes-2025.pdf',
      'https://sukamaju.example.org/dokumen/perdes-8-2024-apbdes-2025.pdf',
    ]);
    const photos = [...detail.querySelectorAll<HTMLImageElement>('img.photo')];
    expect(photos.map((p) => [p.getAttribute('src'), p.getAttribute('loading'), norm(p.alt)])).to.deep.equal([
      ['https://sukamaju.example.org/foto/jalan-sidomulyo-2025-06-30.jpg', 'lazy', 'Foto 1 Pengerasan jalan desa (rabat beton) Dusun Sidomulyo, 30 Juni 2025'],
      ['https://sukamaju.example.org/foto/jalan-sidomulyo-2025-09-15.jpg', 'lazy', 'Foto 1 Pengerasan jalan desa (rabat beton) Dusun Sidomulyo, 15 September 2025'],
    ]);
    await expect(el).shadowDom.to.be.accessible();
  });

  it('a photo that cannot be shown becomes a link saying so; one that loads is the link', async () => {
    const here = `${location.origin}/docs/img/panduan/06-hasil-ponsel.png`;
    const gone = `${location.origin}/test/fixtures/no-such-photo.jpg`;
    const data = await mutateExample((d) => {
      d.kegiatan.find((k: any) => k.id === 'keg-2025-jalan-sidomulyo').progres[0].fotoUrl = [here, gone];
    });
    const el = await timeline({ year: '2025', lang: 'en' }, data);
    root(el).querySelector<HTMLButtonElement>('.row[data-id="keg-2025-jalan-sidomulyo"] .mark')!.click();
    await el.updateComplete;
    const links = [...root(el).querySelectorAll<HTMLAnchorElement>('[part=detail] a.photo-link')].filter((a) => [here, gone].includes(a.href));
    expect(links.map((a) => [a.getAttribute('href'), a.rel, a.target])).to.deep.equal([
      [here, 'noopener noreferrer', '_blank'],
      [gone, 'noopener noreferrer', '_blank'],
    ]);
    const img = (a: Element) => a.querySelector<HTMLImageElement>('img.photo')!;
    links.forEach((a) => img(a).scrollIntoView());
    await waitUntil(() => img(links[0]).complete && img(links[1]).complete && links[1].classList.contains('failed'), 'photos did not settle', { timeout: 4000 });
    // The one that loaded shows; the one that failed hides and its link says what it is.
    expect(img(links[0]).naturalWidth).to.be.greaterThan(0);
    expect([getComputedStyle(img(links[0])).display, getComputedStyle(img(links[1])).display]).to.deep.equal(['block', 'none']);
    expect(links[0].classList.contains('failed')).to.equal(false);
    expect(norm(links[1].innerText)).to.equal('Photo 2 cannot be shown here; open the photo');
    expect(norm(links[0].innerText)).to.equal('');
    await expect(el).shadowDom.to.be.accessible();
  });

  it('keyboard: one tab stop into the rows, arrows move, Enter opens the detail, Esc closes it and returns', async () => {
    const el = await timeline({ year: '2025', controls: 'none' });
    const tabbable = marks(el).filter((m) => m.tabIndex === 0);
    expect(tabbable.length).to.equal(1);
    marks(el)[0].focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(focused(el)?.dataset.index).to.equal('1');
    expect(marks(el).filter((m) => m.tabIndex === 0).map((m) => m.dataset.index)).to.deep.equal(['1']);
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(focused(el)?.dataset.index).to.equal('7');
    await sendKeys({ press: 'Home' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    const id = focused(el)!.closest<HTMLElement>('.row')!.dataset.id;
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(focused(el)?.id).to.equal('detail-title');
    expect(root(el).querySelector('[part=detail]')).to.exist;
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(Boolean(root(el).querySelector('[part=detail]'))).to.equal(false);
    expect(focused(el)?.closest<HTMLElement>('.row')?.dataset.id).to.equal(id);
  });

  it('zooms to a quarter around today and pans, announcing the window', async () => {
    const el = await timeline({ zoom: 'quarter' });
    expect(text(el, '[part=window]')).to.equal('Sumbu waktu 1 Okt 2025 – 31 Des 2025');
    expect([...root(el).querySelectorAll('.axis .tick')].map((t) => norm(t.textContent))).to.deep.equal(['Okt', 'Nov', 'Des', 'Hari ini']);
    root(el).querySelector<HTMLButtonElement>('button[data-pan="-1"]')!.click();
    await el.updateComplete;
    expect(text(el, '[part=window]')).to.equal('Sumbu waktu 1 Jul 2025 – 30 Sep 2025');
    await waitUntil(() => text(el, '[part=live]') !== '', 'nothing announced');
    expect(text(el, '[part=live]')).to.equal('Sumbu waktu 1 Juli 2025 – 30 September 2025');
    root(el).querySelector<HTMLButtonElement>('button[data-zoom=month]')!.click();
    await el.updateComplete;
    expect(el.getAttribute('zoom')).to.equal('month');
    expect(text(el, '[part=window]')).to.equal('Sumbu waktu 1 Okt 2025 – 31 Okt 2025');
    // the road (Apr–Aug) ran before October: its row stays, with no bar in the window
    expect(root(el).querySelector('.row[data-id="keg-2025-jalan-sidomulyo"] rect.span')).to.equal(null);
  });

  it('a sideways swipe over the chart pans one window; an up-and-down one does not', async () => {
    const el = await timeline({ zoom: 'quarter' });
    const swipe = async (fromX: number, toX: number, dy = 0) => {
      const rows = root(el).querySelector<HTMLElement>('.rows')!;
      rows.scrollIntoView({ block: 'start' });
      const r = rows.getBoundingClientRect();
      const y = Math.max(r.top, 0) + 40;
      await executeServerCommand('kpm-swipe', { from: [r.left + fromX * r.width, y], to: [r.left + toX * r.width, y + dy] });
      await el.updateComplete;
    };
    expect(text(el, '[part=window]')).to.equal('Sumbu waktu 1 Okt 2025 – 31 Des 2025');
    await swipe(0.8, 0.3);
    expect(text(el, '[part=window]')).to.equal('Sumbu waktu 1 Jan 2026 – 31 Mar 2026');
    await waitUntil(() => text(el, '[part=live]') !== '', 'nothing announced');
    expect(text(el, '[part=live]')).to.equal('Sumbu waktu 1 Januari 2026 – 31 Maret 2026');
    await swipe(0.3, 0.8);
    await swipe(0.3, 0.8);
    expect(text(el, '[part=window]')).to.equal('Sumbu waktu 1 Jul 2025 – 30 Sep 2025');
    // mostly down: the page's scroll, not ours; and a swipe opened no row on its way
    await swipe(0.5, 0.6, 150);
    expect(text(el, '[part=window]')).to.equal('Sumbu waktu 1 Jul 2025 – 30 Sep 2025');
    expect(root(el).querySelector('[part=detail]')).to.equal(null);
  });

  it('a sideways trackpad swipe over the chart pans one window per gesture; wheeling down scrolls the page', async () => {
    const el = await timeline({ zoom: 'quarter' });
    const wheel = async (deltaX: number, deltaY = 0) => {
      const rows = root(el).querySelector<HTMLElement>('.rows')!;
      rows.scrollIntoView({ block: 'start' });
      const r = rows.getBoundingClientRect();
      await executeServerCommand('kpm-wheel', { at: [r.left + r.width / 2, Math.max(r.top, 0) + 40], deltaX, deltaY });
      await aTimeout(50);
      await el.updateComplete;
    };
    await wheel(150);
    expect(text(el, '[part=window]')).to.equal('Sumbu waktu 1 Jan 2026 – 31 Mar 2026');
    // the same gesture's momentum: still one step
    await wheel(150);
    expect(text(el, '[part=window]')).to.equal('Sumbu waktu 1 Jan 2026 – 31 Mar 2026');
    await aTimeout(700);
    await wheel(-60);
    await wheel(-60);
    expect(text(el, '[part=window]')).to.equal('Sumbu waktu 1 Okt 2025 – 31 Des 2025');
    await aTimeout(700);
    const scrolled = document.scrollingElement!.scrollTop;
    await wheel(10, 200);
    expect(text(el, '[part=window]')).to.equal('Sumbu waktu 1 Okt 2025 – 31 Des 2025');
    await waitUntil(() => document.scrollingElement!.scrollTop !== scrolled, 'the page did not scroll');
  });

  it('puts forums, documents and the 8-year RPJMDes on the planning lane and in the milestone list', async () => {
    const el = await timeline({ year: '2025' });
    expect(root(el).querySelectorAll('.lane circle.forum').length).to.equal(9);
    expect(root(el).querySelectorAll('.lane path.dokumen').length).to.equal(5);
    expect(root(el).querySelectorAll('.lane rect.period').length).to.equal(1);
    const list = root(el).querySelector('[part=milestones]')!;
    expect(norm(list.querySelector('summary')!.textContent)).to.equal('Tahapan perencanaan (15)');
    expect(norm(list.querySelector('li')!.textContent)).to.equal('▬ RPJMDes 2024–2031 (8 tahun)');
    expect(norm(list.textContent)).to.contain('10 Sep 2025 — Musrenbangdes');
  });

  it('shows the warnings where they apply', async () => {
    const data = await mutateExample((d) => {
      d.forum.find((f: any) => f.id === 'musrenbangdes-2025').tanggal = '2025-11-03';
      const k = d.kegiatan.find((x: any) => x.id === 'keg-2025-saluran-krajan');
      k.progres[k.progres.length - 1].persenFisik = 95;
      k.progres[2].catatan = '';
      k.jadwal.selesai = '2026-01-15';
    });
    const el = await timeline({ year: '2025' }, data);
    const flag = text(el, '.row[data-id="keg-2025-saluran-krajan"] .flag');
    expect(flag).to.contain('Progres turun dari 50% ke 45% pada');
    expect(flag).to.contain('Berstatus selesai, tetapi progres fisik baru 95%.');
    expect(flag).to.contain('Tanggal 15 Januari 2026 di luar tahun anggaran 2025.');
    expect(text(el, '[part=milestones] li.warn')).to.contain('Musrenbangdes ⚠ di luar Juli–September');
    expect(root(el).querySelectorAll('.lane .pt.warn').length).to.equal(1);
  });

  it('shows a table of the shown rows and gives them as CSV', async () => {
    const data = await loadExample();
    const nama = data.kegiatan.find((k: any) => k.id === 'keg-2024-ketahanan-pangan').nama;
    const el = await timeline({ year: '2024', 'filter-bidang': '4' }, data);
    const btn = root(el).querySelector<HTMLButtonElement>('button[aria-controls=table]')!;
    btn.click();
    await el.updateComplete;
    expect(btn.getAttribute('aria-expanded')).to.equal('true');
    const cells = [...root(el).querySelectorAll('#table tbody tr')].map((tr) => [...tr.children].map((c) => norm(c.textContent)));
    expect(cells).to.deep.equal([
      [nama, 'Pemberdayaan Masyarakat Desa', 'Krajan', 'Selesai', '12 Feb 2024 – 29 Nov 2024', '100%', 'Rp 190.000.000'],
    ]);
    expect(el.csvRows()).to.deep.equal([
      ['id', 'Kegiatan', 'Tahun', 'Bidang', 'Dusun', 'Status', 'Mulai', 'Selesai', 'Jadwal perkiraan', 'Progres fisik', 'Anggaran'],
      ['keg-2024-ketahanan-pangan', nama, 2024, 'Pemberdayaan Masyarakat Desa', 'Krajan', 'Selesai', '2024-02-12', '2024-11-29', 0, 100, 190_000_000],
    ]);
    await expect(el).shadowDom.to.be.accessible();
  });

  it('shows the empty state without kegiatan and without a planning cycle it can place', async () => {
    const data = await mutateExample((d) => {
      delete d.kegiatan;
      delete d.forum;
      d.dokumenPerencanaan = [{ id: 'rkpdes-2026', jenis: 'rkpdes', tahun: 2026 }]; // undated: nowhere on the lane
    });
    const el = await timeline({}, data);
    expect(text(el, '[part=empty]')).to.equal('Belum ada data kegiatan.');
    await expect(el).shadowDom.to.be.accessible();
  });

  it('draws the planning cycle of a village that has published its planning but no kegiatan yet', async () => {
    const data = await mutateExample((d) => delete d.kegiatan);
    const el = await timeline({}, data);
    expect(root(el).querySelector('[part=empty]')).to.equal(null);
    expect(text(el, 'h2')).to.equal('Program dan kegiatan Desa Sukamaju');
    expect(text(el, '[part=summary]')).to.equal('Belum ada data kegiatan. Tahapan perencanaan: 11 forum dan 9 dokumen perencanaan.');
    // The window spans the cycle: the 2023 APBDes 2024 decree to the RPJMDes' last year.
    expect(text(el, '[part=window]')).to.equal('Sumbu waktu 1 Jan 2023 – 31 Des 2031');
    expect(root(el).querySelectorAll('.lane circle.forum').length).to.equal(11);
    expect(root(el).querySelectorAll('.lane path.dokumen').length).to.equal(9);
    expect(root(el).querySelectorAll('.lane rect.period').length).to.equal(1);
    expect(text(el, '[part=milestones] summary')).to.equal('Tahapan perencanaan (21)');
    // Nothing to group, filter, tabulate or download; the view, zoom and pan stay.
    for (const sel of ['select[name=group]', 'select[name=year]', 'input[name=q]', '[part=filters]', 'button[aria-controls=table]', '[data-download]']) {
      expect(root(el).querySelector(sel), sel).to.equal(null);
    }
    expect(root(el).querySelectorAll('[data-zoom], [data-pan]').length).to.equal(5);
    await expect(el).shadowDom.to.be.accessible();

    const en = await timeline({ lang: 'en', view: 'list' }, await mutateExample((d) => {
      delete d.kegiatan;
      d.forum = d.forum.slice(0, 1);
      d.dokumenPerencanaan = d.dokumenPerencanaan.slice(0, 1);
    }), 320);
    expect(text(en, '[part=summary]')).to.equal('No activities in the data yet. Planning cycle: 1 forum and 1 planning document.');
    // The milestone list is what there is to read: it starts open.
    const list = root(en).querySelector<HTMLDetailsElement>('[part=milestones]')!;
    expect(list.open).to.equal(true);
    expect(norm(list.querySelector('summary')!.textContent)).to.equal('Planning cycle (3)');
    expect(overflowing(en)).to.deep.equal([]);
  });

  it('lists the kegiatan errors with their path and still draws the sound ones', async () => {
    const data = await mutateExample((d) => {
      d.kegiatan[0].status = 'hampir';
    });
    const el = await timeline({}, data);
    expect(marks(el).length).to.equal(15);
    expect(text(el, 'details.warning')).to.contain('kegiatan[0].status');
    await expect(el).shadowDom.to.be.accessible();
  });

  it('renders hostile text as text and drops unsafe photo URLs', async () => {
    const data = await hostileExample();
    const el = await timeline({ year: '2025' }, data);
    expect(marks(el).length).to.equal(8);
    for (const i of [0, 1]) {
      marks(el)[i]!.click();
      await el.updateComplete;
    }
    root(el).querySelector<HTMLButtonElement>('button[aria-controls=table]')!.click();
    await el.updateComplete;
    expect(norm(root(el).textContent)).to.contain(XSS);
    expect(injectedElements(el)).to.deep.equal([]);
    expect((window as any).__kpmXss).to.equal(undefined);
    // a javascript: photo does not pass the schema; an http photo with a hostile path is only ever an src
    const odd = await mutateExample((d) => {
      d.kegiatan[0].progres[1].fotoUrl = ['https://x.example/"><script>alert(1)</script>.jpg'];
    });
    const el2 = await timeline({ year: '2025' }, odd);
    root(el2).querySelector<HTMLButtonElement>('.row[data-id="keg-2025-jalan-sidomulyo"] .mark')!.click();
    await el2.updateComplete;
    const img = root(el2).querySelector<HTMLImageElement>('img.photo')!;
    expect(img.getAttribute('src')!.startsWith('https://x.example/')).to.equal(true);
    expect(injectedElements(el2)).to.deep.equal([]);
  });

  for (const view of ['list', 'timeline']) {
    it(`has no axe violations in the ${view} view with filters and table open`, async () => {
      const el = await timeline({ view });
      root(el).querySelector<HTMLDetailsElement>('details.filters')!.open = true;
      root(el).querySelector<HTMLDetailsElement>('details.milestones')!.open = true;
      root(el).querySelector<HTMLButtonElement>('button[aria-controls=table]')!.click();
      await el.updateComplete;
      await expect(el).shadowDom.to.be.accessible();
    });
  }

  it('has no axe violations while loading and on a load error', async () => {
    const loading = document.createElement('kpm-program-timeline');
    loading.setAttribute('src', '/__test__/never?ms=5000');
    const wrap = fixtureSync<HTMLDivElement>(html`<div></div>`);
    wrap.append(loading);
    await waitUntil(() => root(loading)?.querySelector('[part=skeleton]'), 'no skeleton');
    await expect(loading).shadowDom.to.be.accessible();
    loading.remove();
    const failed = document.createElement('kpm-program-timeline');
    failed.setAttribute('src', '/__test__/status/404');
    wrap.append(failed);
    await waitUntil(() => root(failed)?.querySelector('[part=error]'), 'no error');
    await expect(failed).shadowDom.to.be.accessible();
  });

  it('fits 320 px: rows do not overflow', async () => {
    const el = await timeline({}, undefined, 320);
    await waitUntil(() => el.currentView === 'list');
    await el.updateComplete;
    for (const r of root(el).querySelectorAll<HTMLElement>('.row')) {
      expect(r.getBoundingClientRect().width).to.be.at.most(320);
      expect(r.scrollWidth).to.be.at.most(r.clientWidth + 1);
    }
  });

  it('says "no progress report yet" for a kegiatan marked selesai without a log, and no "only 0%" warning', async () => {
    const selesai = (extra: object = {}) => mutateExample((d) => {
      d.kegiatan = [{
        id: 'k1', nama: 'Kegiatan k1', bidang: 2, tahun: 2025, sumberRencana: 'rkpdes', status: 'selesai',
        jadwal: { mulai: '2025-03-01', selesai: '2025-06-30' }, ...extra,
      }];
    });
    const data = await selesai();
    for (const [lang, none, only] of [['id', 'belum ada laporan progres', 'baru 0%'], ['en', 'no progress report yet', 'only 0%']]) {
      for (const view of ['list', 'timeline']) {
        const el = await timeline({ view, lang }, data);
        marks(el)[0].click();
        await el.updateComplete;
        expect(text(el, '.row .pct')).to.equal(none);
        expect(text(el, '[part=detail] .detail-status')).to.contain(none);
        expect(norm(root(el).querySelector('.rows')!.textContent)).not.to.contain(only);
        expect(root(el).querySelector('.row .flag')).to.equal(null);
        expect(root(el).querySelector('[part=detail] .warnings')).to.equal(null);
      }
    }
    // a logged figure below 100 % still contradicts "selesai"
    const el = await timeline({ view: 'list' }, await selesai({ progres: [{ tanggal: '2025-06-30', persenFisik: 60 }] }));
    expect(text(el, '.row .flag')).to.equal('⚠ Berstatus selesai, tetapi progres fisik baru 60%.');
  });

  it('wraps long unbroken names (dusun, pelaksana, documents, usulan, APBDes lines, notes) at 320 px', async () => {
    const long = (word: string) => word.repeat(Math.ceil(200 / word.length)).slice(0, 200);
    const data = await mutateExample((d) => {
      for (const dusun of d.desa.dusun) dusun.nama = long(`Dusun${dusun.id.replace(/\W/g, '')}`);
      for (const doc of d.dokumenPerencanaan) doc.nomorPerdes = long('PerdesNomor');
      for (const u of d.usulan) u.judul = long('Judulusulan');
      for (const a of d.apbdes) for (const b of a.baris) b.uraian = long('Uraianbaris');
      for (const f of d.forum) f.lokasi = long('Balaidesa');
      const k = d.kegiatan.find((x: any) => x.id === 'keg-2025-jalan-sidomulyo');
      k.pelaksana = { jenis: 'tpk', nama: long('TimPelaksana') };
      k.deskripsi = long('Deskripsi');
      k.lokasi.deskripsi = long('Ruasjalan');
      k.keluaran = long('Keluaran');
      k.sasaran = long('Sasaran');
      k.satuan = long('Meter');
      k.progres[0].catatan = long('Catatan');
    });
    for (const view of ['list', 'timeline']) {
      const el = await timeline({ view }, data, 320);
      expect(el.currentView).to.equal(view);
      root(el).querySelector<HTMLDetailsElement>('details.filters')!.open = true;
      root(el).querySelector<HTMLDetailsElement>('details.milestones')!.open = true;
      root(el).querySelector<HTMLButtonElement>('.row[data-id="keg-2025-jalan-sidomulyo"] .mark')!.click();
      await el.updateComplete;
      if (view === 'list') expect(text(el, '.row[data-id="keg-2025-jalan-sidomulyo"] .where')).to.equal(long('Dusundsnsidomulyo'));
      expect(text(el, '[part=detail]')).to.contain(long('TimPelaksana'));
      expect(overflowing(el), view).to.deep.equal([]);
      expect(hostScrollsSideways(el), view).to.equal(false);
      for (const r of root(el).querySelectorAll<HTMLElement>('.rows, .row')) expect(r.scrollWidth, view).to.be.at.most(r.clientWidth + 1);
    }
  });
});

describe('<kpm-program-timeline> year labels on a long axis', () => {
  const span = (first: number, last: number) => mutateExample((d) => {
    d.kegiatan = [
      { id: 'k-old', nama: 'Kegiatan lama', bidang: 2, tahun: first, sumberRencana: 'rkpdes', status: 'selesai', jadwal: { mulai: `${first}-02-01`, selesai: `${first}-11-30` }, progres: [{ tanggal: `${first}-11-30`, persenFisik: 100 }] },
      { id: 'k-new', nama: 'Kegiatan baru', bidang: 2, tahun: last, sumberRencana: 'rkpdes', status: 'direncanakan', jadwal: { mulai: `${last}-03-01`, selesai: `${last}-09-30` } },
    ];
  });
  const yearLabels = (el: Element) => [...root(el).querySelectorAll<HTMLElement>('.axis-track .tick.year')].filter((t) => norm(t.textContent));
  /** Pairs of neighbouring year labels whose boxes overlap (sorted by their left edge). */
  const overlaps = (el: Element) => {
    const boxes = yearLabels(el).map((t) => ({ label: norm(t.textContent), r: t.getBoundingClientRect() })).sort((a, b) => a.r.left - b.r.left);
    return boxes.slice(1).filter((b, i) => boxes[i]!.r.right > b.r.left).map((b, i) => `${boxes[i]!.label} overlaps ${b.label}`);
  };
  const settle = async (el: KpmProgramTimeline) => {
    for (let i = 0; i < 3; i++) {
      await aTimeout(20);
      await el.updateComplete;
    }
  };

  it('thins the years 2016–2031 at 320 px so no two labels overlap, and shows them all again when wide', async () => {
    const el = await timeline({ view: 'timeline' }, await span(2016, 2031), 320);
    await settle(el);
    const shown = yearLabels(el).map((t) => Number(norm(t.textContent)));
    expect(shown.length).to.be.within(2, 15);
    const step = shown[1]! - shown[0]!;
    expect(shown.every((y, i) => y % step === 0 && (i === 0 || y - shown[i - 1]! === step))).to.equal(true);
    expect(overlaps(el)).to.deep.equal([]);
    (el.parentElement as HTMLElement).style.width = '2400px';
    await waitUntil(() => yearLabels(el).length === 16, 'the labels did not come back when the widget grew', { timeout: 3000 });
    expect(overlaps(el)).to.deep.equal([]);
  });

  it('thins the years 2000–2100 at 1200 px so no two labels overlap', async () => {
    const el = await timeline({ view: 'timeline' }, await span(2000, 2100), 1200);
    await settle(el);
    expect(yearLabels(el).length).to.be.within(2, 100);
    expect(norm(yearLabels(el)[0]!.textContent)).to.equal('2000');
    expect(overlaps(el)).to.deep.equal([]);
  });
});

describe('<kpm-program-timeline> with many kegiatan', () => {
  it('renders 1,000 synthetic kegiatan in both views, 50 per group, the approximate ones flagged', async () => {
    const { syntheticTimeline } = await import('../../fixtures/program-timeline/synthetic.js');
    const data = syntheticTimeline(await loadExample(), 1000);
    const el = await timeline({ view: 'timeline' }, data);
    // Five bidang, each over 50 kegiatan: the first 50 of each (see paging.test.ts).
    expect(marks(el).length).to.equal(250);
    const undated = new Set(data.kegiatan.filter((k: any) => !k.jadwal).map((k: any) => k.id));
    const shownUndated = rowIds(el).filter((id) => undated.has(id)).length;
    expect(shownUndated).to.be.above(0);
    expect(root(el).querySelectorAll('svg.bar.approx').length).to.equal(shownUndated);
    expect(text(el, '[part=summary]')).to.match(/^1\.000 kegiatan tahun 2024–2026: /);
    expect(el.csvRows().length).to.equal(1001);
    el.setAttribute('view', 'list');
    await el.updateComplete;
    expect(root(el).querySelectorAll('.list .row').length).to.equal(250);
  });
});
