// A village site may send a strict Content-Security-Policy. The one-script bundle must work
// under it: no inline scripts or styles, no eval/new Function (zod/mini), constructable
// stylesheets and CSSOM styles only, and Trusted Types for every HTML sink. The page is served
// over real HTTP so the policy is a response header, as a site would send it.
import assert from 'node:assert/strict';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { test, type TestContext } from 'node:test';
import puppeteer, { type Page } from 'puppeteer-core';
import { ROOT } from '../../scripts/build.js';
import { CHROME_ARGS, findChrome } from '../../scripts/find-chrome.mjs';
import { NOT_BUILT, bundlePath } from './dist-state.js';
import { STRICT_CSP } from './examples-server.js';


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

/**
 * Opens the strict-CSP page with every widget in a fresh browser, waits until each is done
 * loading, and hands the page and its uncaught errors to `body`. Downloads are denied: a
 * download builds its blob and clicks its link (the part under test); where the file would
 * land does not matter.
 */
async function onStrictPage(t: TestContext, body: (page: Page, errors: string[]) => Promise<void>) {
  if (NOT_BUILT) return t.skip(NOT_BUILT);
  const executablePath = findChrome();
  if (!executablePath) return t.skip('no Chrome or Chromium: set CHROME_PATH');
  const server = await serve();
  const browser = await puppeteer.launch({ executablePath, headless: true, args: CHROME_ARGS });
  try {
    const session = await browser.target().createCDPSession();
    await session.send('Browser.setDownloadBehavior', { behavior: 'deny' });
    const page = await browser.newPage();
    await page.setViewport({ width: 1024, height: 800 });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    const { port } = server.address() as AddressInfo;
    await page.goto(`http://127.0.0.1:${port}/test/fixtures/csp/index.html`, { waitUntil: 'load' });
    // Done loading: the base element marks its wrapper busy until the dataset is in (the form
    // view has no busy state). A timeout is not the failure itself; the checks that follow
    // say which views did not render.
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
    await body(page, errors);
  } finally {
    await browser.close();
    server.close();
  }
}

const violationsOn = (page: Page) =>
  page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? ['(violations not recorded)']);

test('every widget in every view renders under a strict CSP without a violation', (t) =>
  onStrictPage(t, async (page, errors) => {
    // Charts and maps finish drawing a frame or two after the data arrives.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const rendered = await page.evaluate((selectors: string[]) => {
      const shown: Record<string, boolean> = {};
      for (const s of selectors) {
        const text = document.querySelector(s)?.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
        shown[s] = text.length > 20;
      }
      return shown;
    }, VIEWS);
    assert.deepEqual(await violationsOn(page), [], 'Content-Security-Policy violations');
    assert.deepEqual(errors, [], 'page errors');
    assert.deepEqual(rendered, Object.fromEntries(VIEWS.map((s) => [s, true])));
  }));

test('pressing every button and focusing every mark of every widget raises no violation', (t) =>
  onStrictPage(t, async (page, errors) => {
    const pressed: Record<string, number> = {};
    for (const selector of VIEWS) {
      // One button at a time, looked up afresh: a press may re-render the widget (a view
      // switch, an opened detail) and change which buttons there are.
      pressed[selector] = await page.evaluate(async (s: string) => {
        const root = document.querySelector(s)!.shadowRoot!;
        let count = 0;
        for (let i = 0; i < 60; i++) {
          const buttons = [...root.querySelectorAll<HTMLElement>('button:not([disabled]), summary')];
          if (i >= buttons.length) break;
          buttons[i].click();
          count++;
          // (No named helper here: the test's loader would wrap it in a name the page lacks.)
          await new Promise((resolve) => setTimeout(resolve, 30));
        }
        // Chart marks, map points and rows that show a tooltip or a detail on focus.
        for (const mark of [...root.querySelectorAll<HTMLElement>('[tabindex]')].slice(0, 40)) {
          mark.focus();
          mark.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
          mark.dispatchEvent(new MouseEvent('mouseover', { bubbles: true, composed: true }));
        }
        await new Promise((resolve) => setTimeout(resolve, 30));
        return count;
      }, selector);
    }
    // PNG export draws on a canvas from a blob: image and completes a moment later.
    await new Promise((resolve) => setTimeout(resolve, 500));
    // A village's own photos live on its own site: whether a page may show them is the host's
    // policy (img-src), and a photo it blocks stays reachable through its link. Those blocks
    // are the policy working; anything else is ours.
    const dataset = readFileSync(join(ROOT, 'test/fixtures/desa-sukamaju-2025.json'), 'utf8');
    const contentImage = (v: string) => {
      const url = /^img-src blocked (\S+) /.exec(v)?.[1];
      return url !== undefined && dataset.includes(`"${url}"`);
    };
    assert.deepEqual((await violationsOn(page)).filter((v) => !contentImage(v)), [], 'Content-Security-Policy violations');
    assert.deepEqual(errors, [], 'page errors');
    // Every widget had something to press; a count of 0 would mean the check checked nothing.
    assert.deepEqual(Object.entries(pressed).filter(([, n]) => n === 0), []);
  }));
