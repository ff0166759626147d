// Lifecycle: mounting and removing each widget many times leaves nothing behind — no DOM
// nodes, listeners or heap that grow with the count.
// Counts come from the browser itself after forced garbage collection (`kpm-memory`).
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { EXAMPLE_URL, loadExample } from '../helpers/dataset.js';
import type { WidgetCase } from '../fixtures/hostile/harness.js';
import { CASES } from './lifecycle-helpers.js';

interface Memory { documents: number; nodes: number; listeners: number; heapUsed: number }
type Mode = 'data' | 'provider' | 'src';

const CYCLES = 200;
const WARM_UP = 20;
// Fewer cycles where each costs more, to keep this file well under a minute (unloaded: ~22 s
// for all widgets' 200 `.data` cycles). Inside <kpm-data> each cycle mounts two elements: 100.
// Over HTTP each cycle also fetches, parses and validates the 150 kB example afresh (40-80 ms
// here, against 5-13 ms with `.data`; 200 of them per widget took 110 s). A leak per cycle is
// hundreds of nodes (a whole shadow tree) or at least one listener, so 25 cycles still show it
// far above the slack.
const COUNTS: Record<Mode, { warmUp: number; cycles: number }> = {
  data: { warmUp: WARM_UP, cycles: CYCLES },
  provider: { warmUp: WARM_UP, cycles: 100 },
  src: { warmUp: 5, cycles: 25 },
};
// Slack measured on this runner: after the warm-up, 200 more cycles moved the counts by at
// most a handful of nodes, 0 listeners and well under 1 MB of heap (V8's own caches and
// compiled code settle unevenly). A leak of one node or listener per cycle is 180+ and
// shows; so does a kept dataset or shadow root (tens of kB each: 180 of them are MBs).
const SLACK = { nodes: 50, listeners: 5, heap: 2 * 1024 * 1024 };

const memory = () => executeServerCommand<Memory, undefined>('kpm-memory');

let example: unknown = null;

/**
 * One mount/remove cycle: the widget (alone, or inside `<kpm-data>`) is appended, waited on
 * until it reports ready, then removed. The same parsed dataset object is reused, as a page
 * that mounts widgets repeatedly would. Its own function, so no local keeps a node alive.
 */
async function cycle(w: WidgetCase | null, mode: Mode): Promise<void> {
  const el = w ? document.createElement(w.tag) : null;
  for (const [k, v] of Object.entries(w?.attrs ?? {})) el!.setAttribute(k, v);
  const provider = mode === 'provider' || !el ? document.createElement('kpm-data') : null;
  const target = (provider ?? el)!;
  if (mode === 'src') target.setAttribute('src', EXAMPLE_URL);
  else (target as { data?: unknown }).data = example;
  if (provider && el) provider.append(el);
  const ready = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${w?.label ?? 'kpm-data'} (${mode}) not ready`)), 5000);
    (el ?? provider)!.addEventListener(el ? 'kpm-ready' : 'kpm-data-load', () => {
      clearTimeout(timer);
      resolve();
    }, { once: true });
  });
  document.body.append(target);
  await ready;
  await (el as { updateComplete?: Promise<unknown> } | null)?.updateComplete;
  target.remove();
}

async function cycles(w: WidgetCase | null, mode: Mode, n: number): Promise<void> {
  for (let i = 0; i < n; i += 1) await cycle(w, mode);
}

async function expectNoGrowth(w: WidgetCase | null, mode: Mode): Promise<void> {
  const { warmUp, cycles: n } = COUNTS[mode];
  await cycles(w, mode, warmUp);
  const before = await memory();
  await cycles(w, mode, n);
  // Work a removed element started may still be running and hold it for a moment (the
  // form's outbox check is an IndexedDB round trip): that is not a leak, so it may finish.
  await new Promise((r) => setTimeout(r, 300));
  const after = await memory();
  const growth = { nodes: after.nodes - before.nodes, listeners: after.listeners - before.listeners, heap: after.heapUsed - before.heapUsed };
  const what = `${w?.label ?? 'kpm-data'} via ${mode}: ${JSON.stringify(growth)}`;
  expect(growth.nodes, what).to.be.at.most(SLACK.nodes);
  expect(growth.listeners, what).to.be.at.most(SLACK.listeners);
  expect(growth.heap, what).to.be.at.most(SLACK.heap);
}

describe('lifecycle: mount and remove 200 times', function () {
  this.timeout(60_000);

  before(async () => {
    example = await loadExample();
  });

  it('kpm-data alone (.data and src) leaves nothing behind', async () => {
    await expectNoGrowth(null, 'data');
    await expectNoGrowth(null, 'src');
  });

  for (const w of CASES) {
    it(`${w.label} with .data leaves nothing behind`, async () => {
      await expectNoGrowth(w, 'data');
    });
  }

  for (const w of CASES) {
    it(`${w.label} inside <kpm-data> leaves nothing behind`, async () => {
      await expectNoGrowth(w, 'provider');
    });
  }

  for (const w of CASES) {
    it(`${w.label} with src over HTTP leaves nothing behind`, async () => {
      await expectNoGrowth(w, 'src');
    });
  }
});
