import { aTimeout, expect, fixture, fixtureSync, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../helpers/test-widget.js';
import '../../src/widgets/kpm-data/index.js';
import type { KpmTestWidget } from '../helpers/test-widget.js';
import { EXAMPLE_URL, loadExample, mutateExample } from '../helpers/dataset.js';
import { norm } from '../helpers/text.js';

const shadowText = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').replace(/[\u00a0\u202f]/g, ' ');
const q = (el: Element, sel: string) => el.shadowRoot!.querySelector(sel);
async function ready(el: KpmTestWidget) {
  await waitUntil(() => !q(el, '[aria-busy="true"]') && q(el, '[part=base]'), 'widget did not settle', { timeout: 5000 });
  await el.updateComplete;
}

describe('core/KpmElement states', () => {
  it('renders the ready view from the .data property, with the provenance footer', async () => {
    const data = await loadExample();
    const el = await fixture<KpmTestWidget>(html`<kpm-test-widget lang="id" .data=${data}></kpm-test-widget>`);
    expect(q(el, '.nama')!.textContent).to.equal('Sukamaju');
    expect(q(el, '.count')!.textContent).to.equal('3');
    const footer = q(el, 'footer')!.textContent!.replace(/\s+/g, ' ');
    expect(footer).to.contain('Sumber: input manual');
    expect(footer).to.contain('Data per 6 Oktober 2025');
    expect(footer).to.contain('Lisensi: CC-BY-4.0');
    const doc = q(el, 'footer a') as HTMLAnchorElement;
    expect(doc.textContent).to.equal('Dokumen sumber');
    expect(doc.href).to.equal(data.apbdes.find((a: { dokumenUrl?: string }) => a.dokumenUrl).dokumenUrl);
    await expect(el).shadowDom.to.be.accessible();
  });

  it('reads an inline <script type="application/json"> child', async () => {
    const data = await loadExample();
    const el = await fixture<KpmTestWidget>(html`<kpm-test-widget lang="id"
      ><script type="application/json">${JSON.stringify(data)}</script></kpm-test-widget>`);
    expect(q(el, '.nama')!.textContent).to.equal('Sukamaju');
  });

  it('reports a broken inline script with its line and column', async () => {
    const el = await fixture<KpmTestWidget>(html`<kpm-test-widget lang="id"
      ><script type="application/json">{"schemaVersion": "0.1.0",
"desa": }</script></kpm-test-widget>`);
    const text = shadowText(el);
    expect(text).to.contain('Isi <script type="application/json"> bukan JSON yang sah: kesalahan penulisan di baris 2, kolom 9');
    expect(q(el, '[part=error]')!.getAttribute('role')).to.equal('alert');
  });

  it('shows a skeleton while loading from src, then the data', async () => {
    const el = await fixture<KpmTestWidget>(html`<kpm-test-widget lang="id" src="/__test__/slow-file?ms=400&path=desa-sukamaju-2025.json"></kpm-test-widget>`);
    expect(q(el, '[part=skeleton]')).to.exist;
    expect(q(el, '[part=base]')!.getAttribute('aria-busy')).to.equal('true');
    expect(q(el, '[role=status]')!.textContent).to.equal('Memuat data…');
    await expect(el).shadowDom.to.be.accessible();
    await oneEvent(el, 'kpm-ready');
    await el.updateComplete;
    expect(Boolean(q(el, '[part=skeleton]'))).to.equal(false);
    expect(q(el, '.nama')!.textContent).to.equal('Sukamaju');
  });

  for (const [route, expected] of [
    ['/__test__/status/404', 'Berkas data tidak dapat diambil (HTTP 404). Periksa alamat pada atribut src.'],
    ['/__test__/status/500', 'Berkas data tidak dapat diambil (HTTP 500).'],
    [`/__test__/text?body=${encodeURIComponent('{"a": [1, 2,]}')}`, 'Berkas data bukan JSON yang sah: kesalahan penulisan di baris 1, kolom 13'],
  ] as const) {
    it(`shows an error panel and fires kpm-error for ${route.slice(0, 30)}`, async () => {
      const el = document.createElement('kpm-test-widget') as KpmTestWidget;
      el.setAttribute('lang', 'id');
      el.src = route;
      const event = oneEvent(el, 'kpm-error');
      document.body.append(el);
      try {
        const e = await event;
        await el.updateComplete;
        expect(shadowText(el)).to.contain('Data tidak dapat ditampilkan');
        expect(shadowText(el)).to.contain(expected);
        expect(e.detail.loadError.kind).to.be.oneOf(['http', 'json']);
        expect(e.detail.message).to.contain(expected.slice(0, 20));
        expect(e.bubbles && e.composed).to.equal(true);
        await expect(el).shadowDom.to.be.accessible();
      } finally {
        el.remove();
      }
    });
  }

  it('times out with its own message, and "Coba lagi" loads again', async () => {
    const el = await fixture<KpmTestWidget>(html`<kpm-test-widget lang="id" timeout="300" src="/__test__/never?ms=2000"></kpm-test-widget>`);
    await oneEvent(el, 'kpm-error');
    await el.updateComplete;
    expect(shadowText(el)).to.contain('Server tidak menjawab dalam 0,3 detik');
    const retry = q(el, 'button') as HTMLButtonElement;
    expect(retry.textContent).to.equal('Coba lagi');
    el.timeout = 5000;
    el.src = EXAMPLE_URL;
    await oneEvent(el, 'kpm-ready');
    await el.updateComplete;
    expect(q(el, '.nama')!.textContent).to.equal('Sukamaju');
  });

  it('loads a village file that arrives slowly over a weak line, however long it takes in all', async () => {
    // 10 pieces 200 ms apart: about 2 s, seven times the 300 ms the server may stay silent.
    const el = await fixture<KpmTestWidget>(
      html`<kpm-test-widget lang="id" timeout="300" src="/__test__/trickle?path=desa-sukamaju-2025.json&parts=10&gap=200"></kpm-test-widget>`,
    );
    expect(el.shadowRoot!.querySelector('[part=base]')!.getAttribute('aria-busy')).to.equal('true');
    await oneEvent(el, 'kpm-ready');
    await el.updateComplete;
    expect(q(el, '.nama')!.textContent).to.equal('Sukamaju');
  });

  it('says when a file stops arriving half-way, in each language', async () => {
    const el = await fixture<KpmTestWidget>(
      html`<kpm-test-widget lang="en" timeout="300" src="/__test__/trickle?path=desa-sukamaju-2025.json&parts=3&stall=3000"></kpm-test-widget>`,
    );
    await oneEvent(el, 'kpm-error');
    await el.updateComplete;
    expect(shadowText(el)).to.contain('The server did not answer within 0.3 seconds.');
  });

  it('loads again by itself when the connection comes back after a failed load', async () => {
    const src = `/__test__/flaky?key=${Math.random()}&path=desa-sukamaju-2025.json`;
    const el = await fixture<KpmTestWidget>(html`<kpm-test-widget lang="id" timeout="300" src=${src}></kpm-test-widget>`);
    await oneEvent(el, 'kpm-error');
    await el.updateComplete;
    expect(shadowText(el)).to.contain('Server tidak menjawab dalam 0,3 detik');
    window.dispatchEvent(new Event('online'));
    await oneEvent(el, 'kpm-ready');
    await el.updateComplete;
    expect(q(el, '.nama')!.textContent).to.equal('Sukamaju');
  });

  it('lists validation errors with path and message when the dataset is unusable', async () => {
    const data = await mutateExample((d) => {
      d.schemaVersion = '2.0.0';
    });
    const el = document.createElement('kpm-test-widget') as KpmTestWidget;
    el.setAttribute('lang', 'en');
    const event = oneEvent(el, 'kpm-error');
    el.data = data;
    document.body.append(el);
    try {
      const e = await event;
      await el.updateComplete;
      const item = q(el, '.issues li[data-path="schemaVersion"]')!;
      expect(item).to.exist;
      expect(item.textContent).to.contain('Error');
      expect(e.detail.issues.map((i: { path: string }) => i.path)).to.include('schemaVersion');
      expect(shadowText(el)).to.contain('The data cannot be shown');
      await expect(el).shadowDom.to.be.accessible();
    } finally {
      el.remove();
    }
  });

  it('draws the sound part and lists the errors of the broken part', async () => {
    const data = await mutateExample((d) => {
      d.apbdes[1].baris[0].anggaran = -5;
    });
    const el = await fixture<KpmTestWidget>(html`<kpm-test-widget lang="id" .data=${data}></kpm-test-widget>`);
    expect(q(el, '.count')!.textContent).to.equal('2');
    const details = q(el, 'details')!;
    expect(details.querySelector('summary')!.textContent).to.match(/^Sebagian data tidak ditampilkan \(\d+ masalah\)$/);
    expect(details.querySelector('li[data-path="apbdes[1].baris[0].anggaran"]')).to.exist;
  });

  it('says the data cannot be shown, and why, when errors took out everything it would draw', async () => {
    const data = await mutateExample((d) => {
      for (const a of d.apbdes) a.baris[3].kodeRekening = '4.2.3X';
    });
    const el = await fixture<KpmTestWidget>(html`<kpm-test-widget lang="id" .data=${data}></kpm-test-widget>`);
    // Not "no data yet" above a folded "some data is not shown": an alert with the reasons.
    expect(q(el, '[part=empty]')).to.equal(null);
    const panel = q(el, '[part=error]')!;
    expect(panel.getAttribute('role')).to.equal('alert');
    expect(norm(panel.querySelector('h2')!.textContent)).to.equal('Data tidak dapat ditampilkan');
    expect([...panel.querySelectorAll('li')].map((li) => li.getAttribute('data-path'))).to.include('apbdes[0].baris[3].kodeRekening');
    expect(q(el, 'footer')).to.not.equal(null);
    await expect(el).shadowDom.to.be.accessible();
  });

  it('lists the first 100 issues of a file with hundreds and counts the rest in words', async () => {
    const data = await mutateExample((d) => {
      d.apbdes[1].baris = Array.from({ length: 300 }, (_, i) => ({ ...d.apbdes[1].baris[0], kode: `9.${i}`, anggaran: -5 }));
    });
    const el = await fixture<KpmTestWidget>(html`<kpm-test-widget lang="en" .data=${data}></kpm-test-widget>`);
    const total = Number(/\((\d+) /.exec(q(el, 'details summary')!.textContent!)?.[1]);
    expect(total).to.be.at.least(300);
    expect(el.shadowRoot!.querySelectorAll('.issues li').length).to.equal(100);
    expect(q(el, '.more-issues')!.textContent).to.equal(
      `…and ${(total - 100).toLocaleString('en')} more issues not shown. Fix the ones above and reload; the kpm-error event carries the full list.`,
    );
    el.setAttribute('lang', 'id');
    await waitUntil(() => q(el, '.more-issues')!.textContent!.startsWith('…dan'), 'the count did not follow lang');
    expect(q(el, '.more-issues')!.textContent).to.contain(`…dan ${(total - 100).toLocaleString('id')} masalah lain tidak ditampilkan.`);
  });

  it('does not list errors of parts it does not show', async () => {
    const data = await mutateExample((d) => {
      d.kegiatan[0].bidang = 9;
    });
    const el = await fixture<KpmTestWidget>(html`<kpm-test-widget lang="id" .data=${data}></kpm-test-widget>`);
    // Compare presence, not the element: chai would dump the whole DOM node on failure.
    expect(Boolean(q(el, 'details'))).to.equal(false);
  });

  it('shows the empty state when the dataset has nothing for the widget', async () => {
    const data = await mutateExample((d) => {
      delete d.apbdes;
      d.kemitraan = d.kemitraan.filter((k: { tercatatDiApbdes?: unknown }) => !k.tercatatDiApbdes);
    });
    const el = await fixture<KpmTestWidget>(html`<kpm-test-widget lang="id" .data=${data}></kpm-test-widget>`);
    expect(q(el, '[part=empty]')!.textContent!.trim()).to.equal('Belum ada data untuk ditampilkan.');
    await expect(el).shadowDom.to.be.accessible();
  });

  it('says how to give it data when it has no source', async () => {
    const el = await fixture<KpmTestWidget>(html`<kpm-test-widget lang="en"></kpm-test-widget>`);
    expect(shadowText(el)).to.contain('No data yet: set the src attribute');
  });
});

describe('core/KpmElement language', () => {
  it("follows the nearest ancestor's lang live, and its own lang first", async () => {
    const data = await loadExample();
    const wrap = fixtureSync<HTMLElement>(html`<div lang="en-US"><kpm-test-widget .data=${data}></kpm-test-widget></div>`);
    const el = wrap.querySelector('kpm-test-widget') as KpmTestWidget;
    await el.updateComplete;
    expect(q(el, 'footer')!.textContent).to.contain('Data as of 6 October 2025');
    expect(q(el, '[part=base]')!.getAttribute('lang')).to.equal('en');
    wrap.setAttribute('lang', 'id');
    await waitUntil(() => q(el, 'footer')!.textContent!.includes('Data per 6 Oktober 2025'), 'did not follow the page');
    el.setAttribute('lang', 'en');
    await waitUntil(() => q(el, 'footer')!.textContent!.includes('Data as of'), 'own lang ignored');
  });
});

describe('<kpm-data> provider', () => {
  it('loads once and shares the dataset with every widget inside', async () => {
    // The resource timing buffer holds 250 entries; earlier tests may have filled it.
    performance.clearResourceTimings();
    const url = `${EXAMPLE_URL}?share=${Date.now()}`;
    const wrap = await fixture<HTMLElement>(html`<kpm-data src=${url} lang="id">
      <kpm-test-widget></kpm-test-widget>
      <section><kpm-test-widget></kpm-test-widget></section>
    </kpm-data>`);
    const widgets = [...wrap.querySelectorAll('kpm-test-widget')] as KpmTestWidget[];
    await waitUntil(() => widgets.every((w) => q(w, '.nama')), 'widgets did not receive data', { timeout: 5000 });
    expect(widgets.map((w) => q(w, '.nama')!.textContent)).to.deep.equal(['Sukamaju', 'Sukamaju']);
    const fetches = performance.getEntriesByType('resource').filter((e) => e.name.endsWith(url));
    expect(fetches.length).to.equal(1);
  });

  it('an inner <kpm-data> without a source passes the outer one on', async () => {
    const wrap = await fixture<HTMLElement>(html`<kpm-data src=${EXAMPLE_URL} lang="id"><kpm-data><kpm-test-widget></kpm-test-widget></kpm-data></kpm-data>`);
    const w = wrap.querySelector('kpm-test-widget') as KpmTestWidget;
    await waitUntil(() => q(w, '.nama'), 'the outer data did not reach the widget', { timeout: 5000 });
    expect(q(w, '.nama')!.textContent).to.equal('Sukamaju');
  });

  it('a widget taken out of its <kpm-data> stops showing that data; put into another, it shows the other', async () => {
    const other = await mutateExample((d) => {
      d.desa.nama = 'Mekarsari';
    });
    const wrap = await fixture<HTMLElement>(html`<div>
      <kpm-data src=${EXAMPLE_URL} lang="id"><kpm-test-widget></kpm-test-widget></kpm-data>
      <kpm-data id="other" .data=${other} lang="id"></kpm-data>
      <div id="bare" lang="id"></div>
    </div>`);
    const w = wrap.querySelector('kpm-test-widget') as KpmTestWidget;
    await waitUntil(() => q(w, '.nama'), 'no data', { timeout: 5000 });
    wrap.querySelector('#bare')!.append(w);
    await waitUntil(() => !q(w, '.nama'), 'it kept the data of the provider it left');
    expect(q(w, '[part=empty]')!.textContent).to.contain('Belum ada data: isi atribut src');
    wrap.querySelector('#other')!.append(w);
    await waitUntil(() => q(w, '.nama'), 'the new provider was not heard');
    expect(q(w, '.nama')!.textContent).to.equal('Mekarsari');
  });

  it('fires kpm-data-load with the validation result', async () => {
    const el = document.createElement('kpm-data');
    el.src = EXAMPLE_URL;
    const loaded = oneEvent(el, 'kpm-data-load');
    document.body.append(el);
    try {
      const e = await loaded;
      expect(e.detail.ok).to.equal(true);
      expect(e.detail.data.desa.nama).to.equal('Sukamaju');
    } finally {
      el.remove();
    }
  });

  it('passes its load error to the widgets inside', async () => {
    const wrap = await fixture<HTMLElement>(html`<kpm-data src="/__test__/status/404" lang="id"><kpm-test-widget></kpm-test-widget></kpm-data>`);
    const w = wrap.querySelector('kpm-test-widget') as KpmTestWidget;
    await waitUntil(() => q(w, '[part=error]'), 'no error shown');
    expect(shadowText(w)).to.contain('HTTP 404');
  });

  it("lets a widget's own source win over the provider's", async () => {
    const own = await mutateExample((d) => {
      d.desa.nama = 'Sukamulya';
    });
    const wrap = await fixture<HTMLElement>(html`<kpm-data src=${EXAMPLE_URL}><kpm-test-widget .data=${own}></kpm-test-widget></kpm-data>`);
    const w = wrap.querySelector('kpm-test-widget') as KpmTestWidget;
    await aTimeout(200);
    expect(q(w, '.nama')!.textContent).to.equal('Sukamulya');
  });
});

describe('core/KpmElement with hostile data', () => {
  it('renders script payloads in every text field as text', async () => {
    const { hostileExample, injectedElements, XSS } = await import('../helpers/dataset.js');
    const data = await hostileExample();
    data.apbdes[0].dokumenUrl = 'javascript:window.__kpmXss=1';
    const el = await fixture<KpmTestWidget>(html`<kpm-test-widget lang="id" .data=${data}></kpm-test-widget>`);
    await aTimeout(50);
    expect(injectedElements(el)).to.have.length(0);
    expect((window as { __kpmXss?: number }).__kpmXss).to.equal(undefined);
    expect(q(el, '.nama')?.textContent ?? shadowText(el)).to.contain(XSS);
    // The javascript: document link is refused: no anchor carries it.
    const hrefs = [...el.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '');
    expect(hrefs.some((h) => h.startsWith('javascript:'))).to.equal(false);
  });
});
