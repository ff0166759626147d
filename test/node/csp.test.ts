// A village site may send a strict Content-Security-Policy. The one-script bundle must work
// under it: no inline scripts or styles, no eval/new Function (zod/mini), constructable
// stylesheets and CSSOM styles only, and Trusted Types for every HTML sink. The page is served
// over real HTTP so the policy is a response header, as a site would send it.
import assert from 'node:assert/strict';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { test } from 'node:test';
import puppeteer from 'puppeteer-core';
import { ROOT } from '../../scripts/build.js';
import { CHROME_ARGS, findChrome } from '../../scripts/find-chrome.mjs';
import { NOT_BUILT, bundlePath } from './dist-state.js';

export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; " +
  "require-trusted-types-for 'script'";

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
};

/** Serves dist/ and test/fixtures/ from the repository, every response under the policy. */
function serve(): Promise<Server> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    const file = join(ROOT, path);
    const allowed = path.startsWith('/dist/') || path.startsWith('/test/fixtures/');
    res.setHeader('Content-Security-Policy', STRICT_CSP);
    if (!allowed || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** The ids test/fixtures/csp/index.html gives each element: `<widget>-<view or mode>`. */
const VIEWS = [
  '#budget-chart-ringkasan',
  '#budget-chart-pendapatan',
  '#budget-chart-belanja',
  '#budget-chart-jenis',
  '#budget-chart-pembiayaan',
  '#budget-chart-tren',
  '#program-timeline-list',
  '#program-timeline-timeline',
  '#scorecard-default',
  '#scorecard-edit',
  '#participation-form-default',
  '#participation-form-list',
  '#partner-map-list',
  '#partner-map-map',
  '#partner-map-relationships',
];

test('the bundle compiles no code at run time (script-src without unsafe-eval)', (t) => {
  if (NOT_BUILT) return t.skip(NOT_BUILT);
  const code = readFileSync(bundlePath, 'utf8');
  // zod's classic API compiles object parsers with new Function; zod/mini must not bring it in.
  assert.deepEqual(code.match(/\bnew Function\b|[^.\w$]Function\(|\beval\(/g), null);
});

test('every widget in every view renders under a strict CSP without a violation', async (t) => {
  if (NOT_BUILT) return t.skip(NOT_BUILT);
  const executablePath = findChrome();
  if (!executablePath) return t.skip('no Chrome or Chromium: set CHROME_PATH');
  const server = await serve();
  const browser = await puppeteer.launch({ executablePath, headless: true, args: CHROME_ARGS });
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1024, height: 800 });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    const { port } = server.address() as AddressInfo;
    await page.goto(`http://127.0.0.1:${port}/test/fixtures/csp/index.html`, { waitUntil: 'load' });
    // Done loading: the base element marks its wrapper busy until the dataset is in (the form
    // view has no busy state). A timeout is not the failure itself; the report below says
    // which views did not render.
    await page
      .waitForFunction(
        (selectors: string[]) =>
          selectors.every((s) =>
            document.querySelector(s)?.shadowRoot?.querySelector('[part="base"]:not([aria-busy="true"])'),
          ),
        { timeout: 15_000 },
        VIEWS,
      )
      .catch(() => undefined);
    // Charts and maps finish drawing a frame or two after the data arrives.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const report = await page.evaluate((selectors: string[]) => {
      const rendered: Record<string, boolean> = {};
      for (const s of selectors) {
        const text = document.querySelector(s)?.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
        rendered[s] = text.length > 20;
      }
      return { rendered, violations: (window as unknown as { cspViolations?: string[] }).cspViolations ?? null };
    }, VIEWS);
    assert.deepEqual(report.violations, [], 'Content-Security-Policy violations');
    assert.deepEqual(errors, [], 'page errors');
    assert.deepEqual(report.rendered, Object.fromEntries(VIEWS.map((s) => [s, true])));
  } finally {
    await browser.close();
    server.close();
  }
});
