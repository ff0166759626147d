// Reliability of <kpm-participation-form> delivery: 100 submissions, one after another, while
// the receiver flips between up, down (socket destroyed), 500 and slow (it stores the
// submission after the device has given up waiting, so the retry meets a stored key) every
// FLIP ms. Then the
// receiver stays up, the page fires `online`, and the device queue drains. Reports how many
// arrived, were lost and were stored twice (target: 100, 0, 0).
//
//   node --import tsx bench/form-reliability.ts [--count 100] [--flip 250]
//
// Self-contained: bundles the widget with esbuild, serves it and the test receiver
// (test/server/form-receiver.mjs) from node:http, and drives headless Chromium.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome, NO_CHROME_MESSAGE } from '../scripts/find-chrome.mjs';
import { ROOT } from '../scripts/build.js';
// @ts-expect-error plain ESM without types
import { handleNodeRequest } from '../test/server/form-receiver.mjs';

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
}
const COUNT = option('count', 100);
const FLIP_MS = option('flip', 250);
const MODES = ['up', 'down', '500', 'slow'] as const;

// The page's entry: the element, plus the outbox for the bench to watch the queue drain.
const ENTRY = `
  import '${join(ROOT, 'src/widgets/participation-form/index.ts')}';
  import { flushOutbox, pendingItems } from '${join(ROOT, 'src/widgets/participation-form/outbox.ts')}';
  window.kpmOutbox = { flushOutbox, pendingItems };
`;

async function bundle(): Promise<string> {
  const out = await build({
    stdin: { contents: ENTRY, resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    format: 'esm',
    write: false,
    target: 'es2021',
    tsconfig: join(ROOT, 'tsconfig.json'),
  });
  return out.outputFiles[0]!.text;
}

async function main(): Promise<void> {
  const executablePath = findChrome();
  if (!executablePath) throw new Error(NO_CHROME_MESSAGE);
  const js = await bundle();
  const page = `<!doctype html><html lang="id"><meta charset="utf-8"><title>form reliability</title>
    <script type="module" src="/form.js"></script><body></body></html>`;
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname.startsWith('/__test__/form/')) {
      return void handleNodeRequest(req, res, url.pathname.slice('/__test__/form/'.length), url);
    }
    if (url.pathname === '/form.js') return void res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(js);
    res.writeHead(200, { 'Content-Type': 'text/html' }).end(page);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const bucket = `bench-${Date.now()}`;
  const control = (mode: string) => fetch(`${origin}/__test__/form/control?bucket=${bucket}&mode=${mode}&ms=2000`);

  const browser = await puppeteer.launch({ executablePath, headless: true, args: CHROME_ARGS });
  let flips = 0;
  const flipper = setInterval(() => void control(MODES[++flips % MODES.length]!), FLIP_MS);
  const started = Date.now();
  try {
    const tab = await browser.newPage();
    // tsx keeps function names with an `__name` helper that the page does not have.
    await tab.evaluateOnNewDocument('globalThis.__name = (f) => f');
    await tab.goto(origin);
    await tab.waitForFunction(() => customElements.get('kpm-participation-form') && (window as any).kpmOutbox);
    const outcomes = await tab.evaluate(
      async (count: number, endpoint: string) => {
        const seen: Record<string, number> = {};
        for (let i = 0; i < count; i++) {
          const el = document.createElement('kpm-participation-form') as any;
          for (const [k, v] of Object.entries({ endpoint, 'min-fill-seconds': '0', 'rate-limit': '100000', 'send-timeout': '1500', 'draft-key': `bench-${i}` })) el.setAttribute(k, v);
          document.body.append(el);
          await el.updateComplete;
          const r = el.shadowRoot as ShadowRoot;
          const set = (id: string, value: string) => {
            const input = r.querySelector(`#${id}`) as HTMLInputElement;
            input.value = value;
            input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
          };
          (r.querySelector('#jenis-aspirasi') as HTMLInputElement).click();
          set('judul', `Kiriman uji ${i}`);
          set('deskripsi', `Isi kiriman uji nomor ${i}.`);
          (r.querySelector('#simpanData') as HTMLInputElement).click();
          await el.updateComplete;
          (r.querySelector('button[type=submit]') as HTMLButtonElement).click();
          const t0 = performance.now();
          while (!r.querySelector('.receipt, #queued-title, #submit-notice') && performance.now() - t0 < 10_000) {
            await new Promise((res) => setTimeout(res, 20));
          }
          const state = r.querySelector('.receipt') ? 'sent' : r.querySelector('#queued-title') ? 'queued' : 'other';
          seen[state] = (seen[state] ?? 0) + 1;
          el.remove();
        }
        return seen;
      },
      COUNT,
      `${origin}/__test__/form/receive?bucket=${bucket}`,
    );
    clearInterval(flipper);
    await control('up');
    const drained = await tab.evaluate(async () => {
      const ob = (window as any).kpmOutbox;
      window.dispatchEvent(new Event('online'));
      const t0 = performance.now();
      while ((await ob.pendingItems()).length && performance.now() - t0 < 120_000) {
        await ob.flushOutbox(true);
        await new Promise((res) => setTimeout(res, 100));
      }
      return (await ob.pendingItems()).length === 0;
    });
    const list = (await (await fetch(`${origin}/__test__/form/list?bucket=${bucket}`)).json()) as {
      stored: { payload: { judul: string }; repeats: number }[];
      attempts: { mode: string }[];
    };
    const titles = list.stored.map((s) => s.payload.judul);
    const unique = new Set(titles);
    const expected = Array.from({ length: COUNT }, (_, i) => `Kiriman uji ${i}`);
    const arrived = expected.filter((t) => unique.has(t)).length;
    const byMode = list.attempts.reduce<Record<string, number>>((m, a) => ({ ...m, [a.mode]: (m[a.mode] ?? 0) + 1 }), {});
    const result = {
      submissions: COUNT,
      arrived,
      lost: COUNT - arrived,
      duplicated: titles.length - unique.size,
      firstAttempt: outcomes,
      attempts: list.attempts.length,
      attemptsByServerMode: byMode,
      safeRepeats: list.stored.reduce((n, s) => n + s.repeats, 0),
      queueDrained: drained,
      seconds: Math.round((Date.now() - started) / 100) / 10,
    };
    console.log(JSON.stringify(result, null, 2));
    if (result.lost || result.duplicated) process.exitCode = 1;
  } finally {
    clearInterval(flipper);
    await browser.close();
    server.close();
  }
}

await main();
