// Any valid village, not just the example: minimal, empty, single-item, required-only,
// long-label, dusun-less, kelurahan and later-year datasets through every widget. Each is
// checked valid first, so a widget that shows a validation error here is at fault.
import { expect } from '@open-wc/testing';
import { validateDataset } from '../../src/schema/index.js';
import { hostileExample, loadExample } from '../helpers/dataset.js';
import { overflowing } from '../helpers/overflow.js';
import { WIDGETS, assertSafe, mount, unwatchPage, watchPage } from '../fixtures/hostile/harness.js';

const COLLECTIONS = ['dokumenPerencanaan', 'forum', 'apbdes', 'kegiatan', 'kelompokKpm', 'kerangkaPenilaian', 'penilaianKpm', 'usulan', 'organisasi', 'kemitraan'];

const errorsOf = (d: unknown) => validateDataset(d).issues.filter((i) => i.severity === 'error');

/** Deletes every field of `obj` whose absence leaves `whole` without validation errors. */
function stripOptional(whole: unknown, obj: Record<string, unknown>) {
  for (const key of Object.keys(obj)) {
    if (key === 'id') continue;
    const kept = obj[key];
    delete obj[key];
    if (errorsOf(whole).length) obj[key] = kept;
  }
}

const steps = (path: string) => path.split(/\.|\[(\d+)\]/).filter((x) => x !== undefined && x !== '').map((x) => (/^\d+$/.test(x) ? Number(x) : x));
const at = (root: any, path: Array<string | number>) => path.reduce((n, k) => (n == null ? undefined : n[k]), root);

/**
 * Makes a transformed example valid again the way a real village's data would be: a field the
 * transform broke gets its example value back, and a reference to something no longer there
 * (or a value the example never had) is removed.
 */
function repair(d: any, original: any): any {
  for (let round = 0; round < 4; round++) {
    const errors = errorsOf(d);
    if (!errors.length) break;
    const drops: Array<[any, string | number]> = [];
    for (const issue of errors) {
      const path = steps(issue.path);
      // A required field that had to go takes the object holding it along.
      if (issue.code === 'required' && round > 0) path.pop();
      const key = path.pop()!;
      const parent = at(d, path);
      const before = at(original, [...path, key]);
      if (parent == null) continue;
      if (before !== undefined && JSON.stringify(before) !== JSON.stringify(parent[key]) && round === 0) parent[key] = structuredClone(before);
      else drops.push([parent, key]);
    }
    // Highest index first, so splicing one element does not shift the next.
    drops.sort((a, b) => Number(b[1]) - Number(a[1])).forEach(([parent, key]) => (Array.isArray(parent) ? parent.splice(Number(key), 1) : delete parent[key]));
  }
  return d;
}

async function oneOfEach(): Promise<any> {
  const d = await loadExample();
  for (const c of COLLECTIONS) d[c] = d[c].slice(0, 1);
  return repair(d, await loadExample());
}

const CASES: Array<[string, () => Promise<any>]> = [
  ['minimal: envelope and desa only', async () => {
    const d = await loadExample();
    for (const c of COLLECTIONS) delete d[c];
    delete d.lisensi;
    stripOptional(d, d.desa);
    stripOptional(d, d.sumber);
    return d;
  }],
  ['every collection empty', async () => {
    const d = await loadExample();
    for (const c of COLLECTIONS) d[c] = [];
    return d;
  }],
  ['one item in each collection', oneOfEach],
  ['items with only required fields', async () => {
    const d = await oneOfEach();
    for (const c of COLLECTIONS) stripOptional(d, d[c][0]);
    return d;
  }],
  ['200+ character labels without spaces', async () => repair(await hostileExample('Pemberdayaanmasyarakatdesaberkelanjutan'.repeat(6)), await loadExample())],
  ['no dusun', async () => {
    const d = await loadExample();
    delete d.desa.dusun;
    const walk = (n: any) => n && typeof n === 'object' && Object.entries(n).forEach(([k, v]) => (k === 'dusunId' || k === 'dusun' ? delete n[k] : walk(v)));
    for (const c of COLLECTIONS) walk(d[c]);
    return repair(d, await loadExample());
  }],
  ['a kelurahan', async () => {
    const d = await loadExample();
    Object.assign(d.desa, { jenis: 'kelurahan', kodeWilayah: '33.99.01.1001', kodeBps: '3399011001', nama: 'Sukamaju Kidul' });
    const walk = (n: any) => n && typeof n === 'object' && Object.entries(n).forEach(([k, v]) => (typeof v === 'string' && v === '33.99.01.2001' ? (n[k] = '33.99.01.1001') : walk(v)));
    for (const c of COLLECTIONS) walk(d[c]);
    return d;
  }],
  ['years moved to 2028–2030', async () => {
    const d = await loadExample();
    const text = JSON.stringify(d).replace(/\b202([3-6])\b/g, (_, y) => `20${Number(y) + 25}`);
    return repair(JSON.parse(text), await loadExample());
  }],
];

describe('odd but valid datasets through every widget', function () {
  this.timeout(20000);
  before(watchPage);
  after(unwatchPage);

  const built = new Map<string, Promise<any>>();
  const dataFor = (name: string, make: () => Promise<any>) => {
    if (!built.has(name)) built.set(name, make());
    return built.get(name)!.then((d) => structuredClone(d));
  };

  for (const [name, make] of CASES) {
    it(`${name}: the dataset itself is valid`, async () => {
      expect(errorsOf(await dataFor(name, make)).map((i) => `${i.path}: ${i.code}`)).to.deep.equal([]);
    });
  }

  for (const w of WIDGETS) {
    describe(w.label, () => {
      for (const [name, make] of CASES) {
        it(name, async () => {
          const m = await mount(w, { data: await dataFor(name, make) });
          assertSafe(m);
          expect(Boolean(m.el.shadowRoot!.querySelector('[role=alert]'))).to.equal(false);
          m.page.style.width = '320px';
          await new Promise((r) => requestAnimationFrame(r));
          expect(overflowing(m.el), 'no sideways overflow at 320 px').to.deep.equal([]);
          m.page.remove();
        });
      }
    });
  }
});
