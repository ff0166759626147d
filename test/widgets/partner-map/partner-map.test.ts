import { aTimeout, expect, fixtureSync, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../../src/widgets/partner-map/index.js';
import '../../../src/widgets/kpm-data/index.js';
import type { KpmPartnerMap } from '../../../src/widgets/partner-map/index.js';
import { hostileExample, injectedElements, loadExample, mutateExample, XSS } from '../../helpers/dataset.js';
import { norm } from '../../helpers/text.js';

const root = (el: Element) => el.shadowRoot!;
const $ = (el: Element, sel: string) => root(el).querySelector<HTMLElement>(sel);
const $$ = (el: Element, sel: string) => [...root(el).querySelectorAll<HTMLElement>(sel)];
const focused = (el: Element) => root(el).activeElement as HTMLElement | null;

async function widget(attrs: Record<string, string> = {}, data?: unknown, width = 700): Promise<KpmPartnerMap> {
  const el = document.createElement('kpm-partner-map') as KpmPartnerMap;
  el.setAttribute('lang', 'id');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  if (!attrs.src) el.data = data ?? (await loadExample());
  const wrap = fixtureSync<HTMLDivElement>(html`<div style="width:${width}px"></div>`);
  wrap.append(el);
  await waitUntil(() => $(el, 'figure, [part=empty], [part=error]'), 'partner map did not render', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

async function settle(el: KpmPartnerMap) {
  await el.updateComplete;
  await aTimeout(0);
  await el.updateComplete;
}

describe('<kpm-partner-map>', () => {
  it('titles the village and summarises partners, active partnerships and the largest funder', async () => {
    const el = await widget({ view: 'list' });
    expect(norm($(el, '[part=title]')!.textContent)).to.equal('Mitra Desa Sukamaju');
    expect(norm($(el, '[part=summary]')!.textContent)).to.equal(
      '9 mitra dalam 6 kemitraan (3 aktif); pendana terbesar: Clean Water Partners International (Rp 420.000.000).',
    );
    await expect(el).shadowDom.to.be.accessible();
  });

  it('lists each partnership with partners and roles, period, value, sectors, themes, document, kegiatan and APBDes record', async () => {
    const el = await widget({ view: 'list' });
    const cards = $$(el, '[part=card]');
    expect(cards.length).to.equal(6);
    const wash = norm(cards[0].textContent);
    expect(wash).to.contain('Air bersih, sanitasi dan penguatan kelembagaan warga');
    expect(wash).to.contain('Aktif · 1 Maret 2025 – 28 Februari 2026');
    expect(wash).to.contain('PT Agro Contoh Sejahtera Swasta / CSR — Pendana');
    expect(wash).to.contain('Yayasan Tirta Lestari (YTL) LSM lokal — Pelaksana');
    expect(wash).to.contain('Rp 25.000.000');
    expect(wash).to.contain('Pelaksanaan Pembangunan Desa dan Pembinaan Kemasyarakatan Desa');
    expect(wash).to.contain('air bersih, sanitasi, penguatan kelembagaan');
    expect(wash).to.contain('Perjanjian kerja sama, nomor PKS/01/SKM/III/2025, 24 Februari 2025');
    expect(wash).to.contain('APBDes 2025 (Murni), kode rekening 4.3.4');
    expect(wash).to.contain('Pelatihan di Balai Desa, Krajan, Sukamaju');
    const sid = norm(cards[3].textContent);
    expect(sid).to.contain('Universitas Contoh Nusantara (LPPM) (UCN) Perguruan tinggi — Pendamping dan Pelaksana');
    const web = cards[0].querySelector<HTMLAnchorElement>('.partners a')!;
    expect([web.textContent, web.getAttribute('href')]).to.deep.equal(['Pemerintah Desa Sukamaju', 'https://sukamaju.example.org/']);
    const link = cards[4].querySelector('dd > a')!;
    expect(link.getAttribute('href')).to.equal('https://sukamaju.example.org/dokumen/pks-spam-antar-desa-2025.pdf');
    expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
  });

  it('defaults to the list when narrow and to the map when wide', async () => {
    const narrow = await widget({}, undefined, 320);
    await waitUntil(() => $(narrow, '[part=list]'), 'no list at 320 px');
    expect($(narrow, 'button[data-view=list]')!.getAttribute('aria-pressed')).to.equal('true');
    await expect(narrow).shadowDom.to.be.accessible();
    const wide = await widget({}, undefined, 700);
    await waitUntil(() => $(wide, 'svg.map'), 'no map at 700 px');
  });

  it('on a 320 px phone the drawings keep their letters and marks at their size in px', async () => {
    // Measured on screen: a drawing laid out 600 units wide and shown in 300 px would halve them.
    const graph = await widget({ view: 'relationships' }, undefined, 320);
    await waitUntil(() => $(graph, 'svg.graph')?.getAttribute('viewBox')?.startsWith('0 0 300 '), 'graph not laid out at its width');
    const label = $(graph, 'svg.graph .label')!;
    expect(label.getBoundingClientRect().height, 'label height in px').to.be.at.least(12);
    const box = $(graph, '.graph-wrap')!;
    expect(box.scrollWidth, 'the graph fits its box').to.be.at.most(box.clientWidth + 1);
    graph.remove();

    const map = await widget({ view: 'map' }, undefined, 320);
    await waitUntil(() => /scale\(/.test($(map, '.mark')?.getAttribute('transform') ?? ''), 'marks not enlarged');
    const dot = $(map, '.mark.c-aktif .shape')!.getBoundingClientRect();
    expect(dot.width, 'a status mark in px (r = 7)').to.be.within(13.5, 15);
    const count = $(map, '.mark.c-cluster text')!.getBoundingClientRect();
    expect(count.height, 'a cluster count in px').to.be.at.least(10);
    await expect(map).shadowDom.to.be.accessible();
  });

  it('wraps names that are one long word at 320 px, in every view', async () => {
    const long = 'Sukamaju'.repeat(25);
    const data = await mutateExample((d) => {
      d.desa.nama = long;
      d.organisasi[0].nama = `Yayasan${long}`;
    });
    for (const view of ['list', 'map', 'relationships']) {
      const el = await widget({ view }, data, 320);
      await settle(el);
      expect(norm($(el, '[part=title]')!.textContent)).to.contain(long);
      const base = $(el, '[part~=base]')!;
      expect(el.scrollWidth, `${view}: the host`).to.be.at.most(el.clientWidth + 1);
      expect(base.scrollWidth, `${view}: the widget`).to.be.at.most(base.clientWidth + 1);
      el.remove();
    }
  });

  it('map: draws the boundary and clusters the 11 places into 5 marks, each with a label and one tab stop', async () => {
    const el = await widget({ view: 'map' });
    expect($$(el, '.area').length).to.equal(1);
    const marks = $$(el, '.mark');
    expect(marks.length).to.equal(5);
    expect(marks.filter((m) => m.getAttribute('tabindex') === '0').length).to.equal(1);
    const labels = marks.map((m) => m.getAttribute('aria-label')!);
    expect(labels.every((l) => /Titik \d dari 5\.$/.test(l))).to.equal(true);
    expect(labels.some((l) => l.startsWith('Jaringan air bersih antar desa Sukamaju - Sukamulya — Mata air Sendang Sukamulya (Desa Sukamulya) — Aktif'))).to.equal(true);
    expect(marks.filter((m) => m.classList.contains('c-cluster')).map((m) => m.querySelector('text')!.textContent)).to.deep.equal(['5', '3']);
    expect($$(el, '[part=legend] li span').map((x) => x.textContent)).to.deep.equal([
      'Direncanakan', 'Aktif', 'Selesai', 'Dihentikan', 'Kantor organisasi', 'Titik berdekatan (angka = jumlah)',
    ]);
    // Shape, not colour alone: each status has its own glyph.
    expect($$(el, '[part=legend] li svg .shape').map((x) => x.tagName + (x.classList.contains('ring') ? '.ring' : ''))).to.deep.equal([
      'circle.ring', 'circle', 'rect', 'path', 'path', 'circle',
    ]);
    await expect(el).shadowDom.to.be.accessible();
  });

  it('map keyboard: arrows move focus, + and − zoom around the point, Shift+arrows pan, 0 resets', async () => {
    const el = await widget({ view: 'map' });
    const first = $(el, '.mark[tabindex="0"]')!;
    first.focus();
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(focused(el)!.getAttribute('data-index')).to.equal('1');
    await sendKeys({ press: '+' });
    await settle(el);
    const g = () => $(el, '[part=boundaries]')!.getAttribute('transform')!;
    expect(g()).to.match(/scale\(2\)$/);
    expect(norm($(el, '[part=live]')!.textContent)).to.equal('Perbesaran 2×');
    expect(focused(el)?.classList.contains('mark')).to.equal(true);
    const before = g();
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ up: 'Shift' });
    await settle(el);
    expect(g()).to.not.equal(before);
    await sendKeys({ press: '-' });
    await settle(el);
    expect(g()).to.equal('translate(0 0) scale(1)');
    await sendKeys({ press: '+' });
    await sendKeys({ press: '0' });
    await settle(el);
    expect(g()).to.equal('translate(0 0) scale(1)');
  });

  it('map: the wheel zooms at the cursor, a mouse drag pans, the buttons zoom and reset', async () => {
    const el = await widget({ view: 'map' });
    const svg = $(el, 'svg.map')!;
    const g = () => $(el, '[part=boundaries]')!.getAttribute('transform')!;
    const box = svg.getBoundingClientRect();
    svg.dispatchEvent(new WheelEvent('wheel', { deltaY: -Math.log(2) / 0.002, clientX: box.left + box.width / 2, clientY: box.top + box.height / 2, bubbles: true, cancelable: true }));
    await settle(el);
    expect(g()).to.match(/scale\(2\)$/);
    const before = g();
    const x = Math.round(box.left + 20), y = Math.round(box.top + 20);
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [x + 60, y + 40] });
    await sendMouse({ type: 'up' });
    await settle(el);
    expect(g()).to.not.equal(before);
    ($(el, 'button[data-zoom=in]') as HTMLButtonElement).click();
    await settle(el);
    expect(g()).to.match(/scale\(4\)$/);
    ($(el, 'button[data-zoom=reset]') as HTMLButtonElement).click();
    await settle(el);
    expect(g()).to.equal('translate(0 0) scale(1)');
  });

  it('map: a place holding several offices opens at once and kpm-select names every organisation there', async () => {
    const spot = { lat: -7.40, lng: 110.18 };
    const data = await mutateExample((d) => {
      for (const o of d.organisasi) if (['org-pemdes-sukamaju', 'org-bumdes-sukamaju', 'org-pemdes-sukamulya'].includes(o.id)) o.kantor.koordinat = spot;
    });
    const el = await widget({ view: 'map' }, data);
    // A spot away from every partnership's place, so the three offices are all that is there.
    const mark = $$(el, '.mark').find((m) => m.getAttribute('aria-label')!.includes('Kantor organisasi'))!;
    expect(norm(mark.getAttribute('aria-label'))).to.match(/^3 titik berdekatan: Kantor organisasi: Pemerintah Desa Sukamaju; /);
    mark.focus();
    setTimeout(() => sendKeys({ press: 'Enter' }));
    const ev = (await oneEvent(el, 'kpm-select')) as CustomEvent;
    const ds = ev.detail.organisasi.split(':')[0];
    expect(ev.detail.semuaOrganisasi).to.have.members(['org-pemdes-sukamaju', 'org-bumdes-sukamaju', 'org-pemdes-sukamulya'].map((id) => `${ds}:${id}`));
    expect(ev.detail.organisasi).to.equal(ev.detail.semuaOrganisasi[0]);
    await settle(el);
    expect(norm($(el, '[part=detail]')!.textContent)).to.contain('BUM Desa Sukamaju Makmur');
  });

  it('map: Enter on a cluster zooms into it; Enter on a point opens it and fires kpm-select', async () => {
    const el = await widget({ view: 'map' });
    const cluster = $$(el, '.mark').find((m) => m.classList.contains('c-cluster') && m.getAttribute('aria-label')!.startsWith('5 titik'))!;
    cluster.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect($(el, '[part=boundaries]')!.getAttribute('transform')).to.match(/scale\(4\)$/);
    const single = $$(el, '.mark').find((m) => !m.classList.contains('c-cluster'))!;
    single.focus();
    setTimeout(() => sendKeys({ press: 'Enter' }));
    const ev = (await oneEvent(el, 'kpm-select')) as CustomEvent;
    expect(ev.detail.kemitraan.length + (ev.detail.organisasi ? 1 : 0)).to.be.greaterThan(0);
    await settle(el);
    expect($(el, '[part=detail]')).to.exist;
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(Boolean($(el, '[part=detail]'))).to.equal(false);
    // Tab leads into the detail; Escape there closes it too and puts focus back on the mark.
    await sendKeys({ press: 'Enter' });
    await settle(el);
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement!.closest('[part=detail]')).to.exist;
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(Boolean($(el, '[part=detail]'))).to.equal(false);
    expect(el.shadowRoot!.activeElement!.classList.contains('mark')).to.equal(true);
  });

  it('map: colour by role puts the role letter in each point and in the legend', async () => {
    const el = await widget({ view: 'map', 'color-by': 'role' });
    const pendana = $$(el, '[part=legend] li').find((li) => li.querySelector('span')!.textContent === 'Pendana')!;
    expect(pendana.querySelector('.glyph-text')!.textContent).to.equal('D');
    expect($$(el, '.mark.c-pendana').length).to.be.greaterThan(0);
    expect($$(el, '.mark.c-pendana .glyph-text').map((t) => t.textContent)).to.include('D');
  });

  it('map: with no boundary and no coordinates it says so and offers the other views', async () => {
    const data = await mutateExample((d) => {
      delete d.desa.batasWilayah;
      delete d.desa.koordinat;
      for (const k of d.kemitraan) for (const l of k.lokasi) delete l.koordinat;
      for (const o of d.organisasi) delete o.kantor?.koordinat;
    });
    const el = await widget({ view: 'map' }, data);
    expect(norm($(el, '[part=no-geometry]')!.textContent)).to.contain('Belum ada batas wilayah atau titik koordinat untuk peta ini.');
    await expect(el).shadowDom.to.be.accessible();
    $(el, '[part=no-geometry] button[data-view=list]')!.click();
    await settle(el);
    expect(el.getAttribute('view')).to.equal('list');
    expect($$(el, '[part=card]').length).to.equal(6);
  });

  it('map: TopoJSON boundaries from the boundaries attribute', async () => {
    const el = await widget({ view: 'map', boundaries: '/test/fixtures/partner-map/dusun.topojson.json' });
    await waitUntil(() => $$(el, '.area').length === 2, 'TopoJSON not drawn');
    expect($$(el, '.area title').map((t) => t.textContent)).to.deep.equal(['Krajan', 'Ngasem']);
  });

  it('loads its boundary file and its villages again by itself when the connection comes back', async () => {
    const flaky = (path: string) => `/__test__/flaky?key=${Math.random()}&path=${encodeURIComponent(path)}`;
    const map = await widget({ view: 'map', timeout: '300', boundaries: flaky('partner-map/dusun.topojson.json') });
    await waitUntil(() => $(map, '[part=error]'), 'no boundary error');
    const list = await widget({ view: 'list', timeout: '300', src: `/test/fixtures/desa-sukamaju-2025.json ${flaky('partner-map/desa-sukamulya.json')}` });
    await waitUntil(() => $(list, '[part=error]'), 'no load error');
    window.dispatchEvent(new Event('online'));
    await waitUntil(() => $$(map, '.area').length === 2, 'boundaries not loaded again');
    await waitUntil(() => norm($(list, '[part=title]')?.textContent) === 'Mitra di 2 desa', 'villages not loaded again');
    expect(Boolean($(map, '[part=error]'))).to.equal(false);
  });

  it('map: a malformed GeoJSON gives a clear error with its path, and the points still show', async () => {
    const el = document.createElement('kpm-partner-map') as KpmPartnerMap;
    el.setAttribute('lang', 'id');
    el.setAttribute('view', 'map');
    el.setAttribute('boundaries', '/test/fixtures/partner-map/malformed.geojson.json');
    el.data = await loadExample();
    const wrap = fixtureSync<HTMLDivElement>(html`<div style="width:700px"></div>`);
    const errors: CustomEvent[] = [];
    el.addEventListener('kpm-error', (e) => errors.push(e as CustomEvent));
    wrap.append(el);
    await waitUntil(() => $(el, '[part=error]'), 'no boundary error');
    const text = norm($(el, '[part=error]')!.textContent);
    expect(text).to.contain('Batas wilayah tidak dapat ditampilkan');
    expect(text).to.contain('boundaries.features[0].geometry.coordinates[0][1]');
    expect(text).to.contain('posisi [bujur, lintang]');
    expect($$(el, '.mark').length).to.be.greaterThan(0);
    expect($$(el, '.area').length).to.equal(0);
    await waitUntil(() => errors.length > 0);
    expect(errors[0].detail.issues[0].code).to.equal('invalid_geojson');
    await expect(el).shadowDom.to.be.accessible();
  });

  it('relationships: one node per organisation, role-labelled edges, selecting highlights its partnerships', async () => {
    const el = await widget({ view: 'relationships' });
    const nodes = $$(el, '[part=node]');
    expect(nodes.length).to.equal(9);
    expect($$(el, '.node.kemitraan').length).to.equal(6);
    expect($$(el, '.edge').length).to.equal(20);
    const roleText = (t: Element) => [...t.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('');
    expect(roleText($(el, '.edge[data-peran="pendamping pelaksana"] .role')!)).to.equal('PL');
    expect($(el, '.edge[data-peran="pendamping pelaksana"] .role title')!.textContent).to.equal('Pendamping, Pelaksana');
    // The edge letters are spelled out in a key.
    expect($$(el, '[part=legend] li').map((li) => `${li.querySelector('.glyph-text')!.textContent}=${li.querySelector('span')!.textContent}`)).to.deep.equal([
      'D=Pendana', 'J=Penanggung jawab', 'K=Pengelola dana', 'L=Pelaksana', 'P=Pendamping', 'M=Penerima manfaat',
    ]);
    await expect(el).shadowDom.to.be.accessible();
    expect($(el, '[part=node][data-key="0:org-pemdes-sukamaju"]')!.getAttribute('aria-label')).to.equal(
      'Pemerintah Desa Sukamaju: 6 kemitraan, sebagai Penanggung jawab',
    );
    // Keyboard order is top to bottom, as drawn.
    const ys = nodes.map((n) => Number(/translate\([\d.]+ ([\d.]+)\)/.exec(n.getAttribute('transform')!)![1]));
    expect(ys).to.deep.equal([...ys].sort((a, b) => a - b));
    nodes[0].focus();
    await sendKeys({ press: 'ArrowDown' });
    await settle(el);
    expect(focused(el)!.getAttribute('data-index')).to.equal('1');
    const name = focused(el)!.getAttribute('data-key');
    setTimeout(() => sendKeys({ press: 'Enter' }));
    const ev = (await oneEvent(el, 'kpm-select')) as CustomEvent;
    expect(ev.detail.organisasi).to.equal(name);
    await settle(el);
    expect($(el, `.node.org[data-key="${name}"]`)!.getAttribute('aria-pressed')).to.equal('true');
    expect($$(el, '.edge.on').length).to.equal(ev.detail.kemitraan.length);
    expect($$(el, '.node.kemitraan.on').length).to.equal(ev.detail.kemitraan.length);
    expect(norm($(el, '[part=live]')!.textContent)).to.match(/dipilih: \d kemitraan disorot\.$/);
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect($$(el, '.edge.on').length).to.equal(0);
  });

  it('filters: attributes deep-link, selects reflect into attributes, clearing restores all', async () => {
    const el = await widget({ view: 'list', 'filter-status': 'aktif' });
    expect($$(el, '[part=card]').length).to.equal(3);
    expect(norm($(el, '[part=summary]')!.textContent)).to.match(/^\d+ mitra dalam 3 kemitraan \(3 aktif\)/);
    const peran = $(el, 'select[name=peran]') as unknown as HTMLSelectElement;
    peran.value = 'pengelola_dana';
    peran.dispatchEvent(new Event('change'));
    await settle(el);
    expect(el.getAttribute('filter-peran')).to.equal('pengelola_dana');
    expect($$(el, '[part=card]').map((c) => c.dataset.key)).to.deep.equal(['0:kemitraan-spam-antar-desa']);
    const year = $(el, 'select[name=tahun]') as unknown as HTMLSelectElement;
    expect([...year.options].map((o) => o.value)).to.deep.equal(['', '2024', '2025', '2026', '2027']);
    ($(el, '.filters .clear') as HTMLButtonElement).click();
    await settle(el);
    expect(el.hasAttribute('filter-peran') || el.hasAttribute('filter-status')).to.equal(false);
    expect($$(el, '[part=card]').length).to.equal(6);
    el.setAttribute('year', '2024');
    el.setAttribute('filter-bidang', '4');
    await settle(el);
    expect($$(el, '[part=card]').map((c) => c.dataset.key)).to.deep.equal(['0:kemitraan-bumdes-2024']);
    el.removeAttribute('year');
    el.removeAttribute('filter-bidang');
    el.setAttribute('filter-status', 'dihentikan direncanakan');
    await settle(el);
    expect($$(el, '[part=card]').map((c) => c.dataset.key)).to.deep.equal(['0:kemitraan-bumdes-2024', '0:kemitraan-ekonomi-perempuan-2026']);
    const status = $(el, 'select[name=status]') as unknown as HTMLSelectElement;
    expect(norm(status.selectedOptions[0].textContent)).to.equal('Dihentikan dan Direncanakan');
    el.setAttribute('filter-tema', 'tidak ada');
    await settle(el);
    expect(norm($(el, '[role=status].panel')!.textContent)).to.equal('Tidak ada kemitraan yang cocok dengan saringan ini.');
    await expect(el).shadowDom.to.be.accessible();
  });

  it('"Lihat tabel" shows one row per role, and the CSV has the same rows with raw numbers', async () => {
    const el = await widget({ view: 'list' });
    ($(el, 'button[aria-controls=table]') as HTMLButtonElement).click();
    await settle(el);
    const rows = $$(el, '#table tbody tr');
    expect(rows.length).to.equal(22);
    expect([...rows[0].children].map((c) => norm(c.textContent))).to.deep.equal([
      'Air bersih, sanitasi dan penguatan kelembagaan warga', 'PT Agro Contoh Sejahtera', 'Pendana', 'Aktif',
      '1 Maret 2025', '28 Februari 2026', 'Rp 25.000.000',
    ]);
    await expect(el).shadowDom.to.be.accessible();
    const csv = el.csvRows();
    expect(csv.length).to.equal(23);
    expect(csv[0][0]).to.equal('Kemitraan');
    expect(csv[1]).to.deep.equal([
      'Air bersih, sanitasi dan penguatan kelembagaan warga', 'PT Agro Contoh Sejahtera', 'Swasta / CSR', 'Pendana', 'Aktif',
      '2025-03-01', '2026-02-28', 25000000, 'Sukamaju', '33.99.01.2001', 'PKS/01/SKM/III/2025',
    ]);
  });

  it('speaks English with lang="en"', async () => {
    const el = await widget({ view: 'list', lang: 'en' });
    expect(norm($(el, '[part=title]')!.textContent)).to.equal('Partners of Sukamaju Village');
    expect(norm($(el, '[part=summary]')!.textContent)).to.equal(
      '9 partners in 6 partnerships (3 active); largest funder: Clean Water Partners International (IDR 420,000,000).',
    );
    expect(norm($$(el, '[part=card]')[0].textContent)).to.contain('PT Agro Contoh Sejahtera Private company / CSR — Funder');
  });

  it('renders hostile strings as text in every view and never links a script URL', async () => {
    const data = await hostileExample();
    data.organisasi[0].situsWeb = 'javascript:alert(1)';
    for (const view of ['list', 'map', 'relationships']) {
      const el = await widget({ view }, structuredClone(data));
      expect(injectedElements(el)).to.deep.equal([]);
      expect($$(el, 'a').every((a) => /^https?:/.test(a.getAttribute('href') ?? ''))).to.equal(true);
      expect((window as unknown as { __kpmXss?: number }).__kpmXss).to.equal(undefined);
    }
    const el = await widget({ view: 'list' }, data);
    expect(norm($$(el, '[part=card]')[0].textContent)).to.contain(XSS);
  });

  it('many villages: space-separated src, organisations merged by identifier and exact name, never by id', async () => {
    const el = await widget({ view: 'list', src: '/test/fixtures/desa-sukamaju-2025.json /test/fixtures/partner-map/desa-sukamulya.json' });
    await waitUntil(() => $(el, '[part=title]'));
    expect(norm($(el, '[part=title]')!.textContent)).to.equal('Mitra di 2 desa');
    expect(norm($(el, '[part=summary]')!.textContent)).to.equal(
      '10 mitra dalam 8 kemitraan (4 aktif); pendana terbesar: Clean Water Partners International (Rp 570.000.000).',
    );
    const spring = norm($$(el, '[part=card]').find((c) => c.dataset.key === '1:kemitraan-wash-2025')!.textContent);
    expect(spring).to.contain('Desa Sukamulya');
    expect(spring).to.contain('Clean Water Partners International (CWPI)');
    expect(spring).to.contain('Kelompok Tani Sumber Rejeki');
    expect(spring).to.not.contain('Pemerintah Desa Sukamaju');
    el.setAttribute('view', 'map');
    await settle(el);
    await waitUntil(() => $$(el, '.area').length === 2, 'both villages’ boundaries');
    await expect(el).shadowDom.to.be.accessible();
  });

  it('many villages: one unreachable file is an error naming it', async () => {
    const el = await widget({ src: '/test/fixtures/desa-sukamaju-2025.json /__test__/status/404' });
    await waitUntil(() => $(el, '[part=error]'));
    expect(norm($(el, '[part=error]')!.textContent)).to.contain('404');
  });

  it('inside <kpm-data>, as on the demo page, it shows the shared dataset', async () => {
    const host = fixtureSync<HTMLDivElement>(html`<div style="width:700px"><kpm-data src="/test/fixtures/desa-sukamaju-2025.json">
      <kpm-partner-map lang="id" view="relationships"><a href="https://example.org/pks.pdf">PKS (PDF)</a></kpm-partner-map></kpm-data></div>`);
    const el = host.querySelector('kpm-partner-map') as KpmPartnerMap;
    await waitUntil(() => $(el, '[part=node]'), 'no graph from <kpm-data>', { timeout: 5000 });
    expect($$(el, '[part=node]').length).to.equal(9);
  });

  it('empty: a village without partners says so', async () => {
    const el = await widget({}, await mutateExample((d) => {
      delete d.kemitraan;
      delete d.organisasi;
      for (const k of d.kegiatan ?? []) delete k.mitraIds;
    }));
    expect(norm($(el, '[part=empty]')!.textContent)).to.equal('Belum ada data kemitraan.');
    await expect(el).shadowDom.to.be.accessible();
  });

  it('organisations without any partnership are the empty state too, not "0 partners" and a filter message', async () => {
    const el = await widget({ lang: 'en' }, await mutateExample((d) => { delete d.kemitraan; }));
    expect(norm($(el, '[part=empty]')!.textContent)).to.equal('No partnership data yet.');
    expect(root(el).textContent).to.not.contain('filters');
  });

  it('English counts one partner and one partnership in the singular', async () => {
    const el = await widget({ lang: 'en', view: 'relationships' }, await mutateExample((d) => {
      d.kemitraan = [d.kemitraan[0]];
      d.kemitraan[0].peran = [d.kemitraan[0].peran[0]];
    }));
    await waitUntil(() => $(el, '[part=node]'), 'no graph');
    expect(norm($(el, '[part=summary]')!.textContent)).to.match(/^1 partner in 1 partnership \(\d active\)/);
    expect($(el, '[part=node]')!.getAttribute('aria-label')).to.match(/: 1 partnership, as /);
  });
});
