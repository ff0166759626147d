// Hardening: bad inputs through every widget. Each case must end in an in-widget message or
// a safe render: no script run, no uncaught error, no injected element, host page untouched.
import { expect } from '@open-wc/testing';
import { hostileExample, loadExample, mutateExample } from '../helpers/dataset.js';
import { WIDGETS, assertSafe, mount, renderedUrls, unwatchPage, watchPage, type WidgetCase } from '../fixtures/hostile/harness.js';

const URL_FIELDS = new Set(['dokumenUrl', 'url', 'fotoUrl', 'situsWeb', 'logoUrl', 'beritaAcaraUrl', 'website']);

/** The example with `bad` in every URL field it has, and in the ones it leaves out. */
async function withUrls(bad: string): Promise<any> {
  const d = await loadExample();
  const walk = (node: any) => {
    if (!node || typeof node !== 'object') return;
    for (const [k, v] of Object.entries(node)) {
      if (URL_FIELDS.has(k) && typeof v === 'string') node[k] = bad;
      else if (k === 'fotoUrl' && Array.isArray(v)) node[k] = v.map(() => bad);
      else walk(v);
    }
  };
  walk(d);
  d.sumber.url = bad;
  d.desa.kontak.website = bad;
  d.desa.batasWilayah = { url: bad };
  d.organisasi.forEach((o: any) => Object.assign(o, { situsWeb: bad, logoUrl: bad }));
  d.kegiatan.forEach((k: any) => (k.fotoUrl = [bad]));
  d.apbdes.forEach((a: any) => (a.dokumenUrl = bad));
  return d;
}

function setMoney(d: any, value: number) {
  const walk = (node: any) => {
    if (!node || typeof node !== 'object') return;
    for (const [k, v] of Object.entries(node)) {
      if (typeof v === 'number' && /anggaran|realisasi|jumlah|nilai|pagu/i.test(k)) node[k] = value;
      else walk(v);
    }
  };
  walk(d.apbdes);
  walk(d.kegiatan);
  walk(d.kemitraan);
}

/** `n` copies of each collection item, renumbered so ids stay unique. */
async function manyItems(n: number): Promise<any> {
  const d = await loadExample();
  for (const name of ['kegiatan', 'usulan', 'organisasi']) {
    const src = d[name];
    d[name] = Array.from({ length: n }, (_, i) => ({ ...structuredClone(src[i % src.length]), id: `${name}-${i}` }));
  }
  return d;
}

function deepJunk(depth: number): unknown {
  let node: any = { x: 1 };
  for (let i = 0; i < depth; i++) node = { junk: [node, '<b>x</b>'] };
  return node;
}

type Source = { data?: unknown; src?: string; timeout?: number };
const DATA_CASES: Array<[string, (w: WidgetCase) => Promise<Source>]> = [
  ['<img onerror> in every string', async () => ({ data: await hostileExample() })],
  ['<script> in every string', async () => ({ data: await hostileExample('<script>window.__kpmXss=1</script>') })],
  ['SVG onload in every string', async () => ({ data: await hostileExample('<svg onload="window.__kpmXss=1"><script>window.__kpmXss=2</script></svg>') })],
  ['wrong types everywhere', async () => ({ data: { schemaVersion: 1, generatedAt: [], desa: 42, apbdes: 'x', kegiatan: [1, 'x', null, {}], usulan: { a: 1 } } })],
  ['not an object', async () => ({ data: 'hello <img src=x onerror="window.__kpmXss=1">' })],
  ['null', async () => ({ data: null })],
  ['NaN money', async () => ({ data: await mutateExample((d) => setMoney(d, NaN)) })],
  ['Infinity money', async () => ({ data: await mutateExample((d) => setMoney(d, Infinity)) })],
  ['negative money', async () => ({ data: await mutateExample((d) => setMoney(d, -1_500_000)) })],
  ['fractional money', async () => ({ data: await mutateExample((d) => setMoney(d, 1234.5678)) })],
  ['1e15 rupiah', async () => ({ data: await mutateExample((d) => setMoney(d, 1e15)) })],
  ['impossible dates', async () => ({ data: await mutateExample((d) => {
    d.generatedAt = '2025-02-30T10:00:00+07:00';
    d.kegiatan.forEach((k: any) => Object.assign(k, { tanggalMulai: '2025-02-30', tanggalSelesai: '2025-13-01' }));
    d.usulan.forEach((u: any) => (u.tanggal = '2025-02-30'));
  }) })],
  ['10,000-item arrays', async () => ({ data: await manyItems(10_000) })],
  ['deeply nested junk', async () => ({ data: await mutateExample((d) => ((d.junk = deepJunk(2000)), (d.desa.extra = deepJunk(200)))) })],
  ['unknown schema version', async () => ({ data: await mutateExample((d) => (d.schemaVersion = '9.0.0')) })],
];

const HTTP_CASES: Array<[string, Source]> = [
  ['src 404', { src: '/__test__/status/404' }],
  ['src 500', { src: '/__test__/status/500' }],
  ['src never answers', { src: '/__test__/never?ms=3000', timeout: 300 }],
  ['src answers HTML', { src: `/__test__/text?type=text/html&body=${encodeURIComponent('<html><script>window.__kpmXss=1</script></html>')}` }],
  ['src answers not-JSON text', { src: `/__test__/text?type=application/json&body=${encodeURIComponent('{"schemaVersion": <img')}` }],
];

describe('hostile inputs through every widget', function () {
  this.timeout(20000);
  before(watchPage);
  after(unwatchPage);

  const run = (w: WidgetCase, source: (w: WidgetCase) => Promise<Source>, viaProvider = false) => async () => {
    const m = await mount(w, await source(w), viaProvider);
    assertSafe(m);
    m.page.remove();
  };

  for (const w of WIDGETS) {
    describe(w.label, () => {
      for (const [name, source] of DATA_CASES) it(name, run(w, source));
      for (const [name, source] of HTTP_CASES) it(name, run(w, async () => source));
      for (const scheme of ['javascript:window.__kpmXss=1', 'data:text/html,<script>window.__kpmXss=1</script>', ' JaVaScRiPt:window.__kpmXss=1']) {
        it(`${scheme.trim().slice(0, 10)} URL in every URL field`, async () => {
          const m = await mount(w, { data: await withUrls(scheme) });
          const bad = renderedUrls(m.el).filter((u) => /^\s*(javascript|data|vbscript):/i.test(u));
          expect(bad).to.deep.equal([]);
          assertSafe(m);
          m.page.remove();
        });
      }
    });
  }

  describe('through <kpm-data>', () => {
    for (const [name, source] of [...DATA_CASES.slice(0, 4), ...HTTP_CASES.map(([n, s]) => [n, async () => s] as [string, (w: WidgetCase) => Promise<Source>])]) {
      it(name, run(WIDGETS[0], source, true));
    }
  });
});
