// The on-demand loader (dist/autoload/kpm-autoload.js): a page downloads the chunks of the
// elements it has, not every widget; elements added later are defined when they appear; and
// it all works under the strict CSP a government portal sends. Real HTTP, real Chromium.
import assert from 'node:assert/strict';
import { test, type TestContext } from 'node:test';
import type { Page } from 'puppeteer-core';
import { NOT_BUILT } from './dist-state.js';
import { launchBrowser, serveRepo, STRICT_CSP, waitForWidgets } from './examples-server.js';

const WIDGET_CHUNKS = ['kpm-data', 'budget-chart', 'program-timeline', 'scorecard', 'participation-form', 'partner-map'];

/** The widget chunks (named after their folder, scripts/build.ts) among the files a page fetched. */
const widgetChunks = (urls: string[]) =>
  WIDGET_CHUNKS.filter((w) => urls.some((u) => new RegExp(`/dist/autoload/${w}-[\\w-]+\\.js$`).test(u))).sort();

const shadowText = (page: Page, selector: string) =>
  page.evaluate((s: string) => document.querySelector(s)?.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '', selector);

/** The test page: the loader, a budget chart, and test/fixtures/csp/record-violations.js. */
const PAGE = '/test/fixtures/autoload/index.html';

/**
 * Opens `path` on a strict-CSP server in a fresh browser and runs `body`; then no CSP violation
 * and no error may be left (a body that expects one takes it out of `errors`). The requests of
 * the widget chunks named in `blocked` fail, as a missing upload or a dropped connection would,
 * for as long as they are in the set.
 */
async function onAutoloadPage(
  t: TestContext,
  path: string,
  body: (page: Page, fetched: string[], errors: string[]) => Promise<void>,
  blocked = new Set<string>(),
) {
  if (NOT_BUILT) return t.skip(NOT_BUILT);
  const browser = await launchBrowser();
  if (!browser) return t.skip('no Chrome or Chromium: set CHROME_PATH');
  const server = await serveRepo({ csp: STRICT_CSP });
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1024, height: 800 });
    const fetched: string[] = [];
    const errors: string[] = [];
    await page.setRequestInterception(true);
    page.on('request', (r) => {
      fetched.push(r.url());
      const chunk = /\/dist\/autoload\/([a-z-]+)-[\w-]+\.js$/.exec(r.url())?.[1];
      void (chunk && blocked.has(chunk) ? r.abort('failed') : r.continue());
    });
    page.on('pageerror', (e) => errors.push(String(e)));
    // The loader's own message when a chunk fails to load ("are the files … all uploaded?").
    page.on('console', (m) => m.type() === 'error' && !m.text().startsWith('Failed to load resource') && errors.push(m.text()));
    page.on('response', (r) => r.status() >= 400 && !r.url().endsWith('/favicon.ico') && errors.push(`${r.status()} ${r.url()}`));
    await page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
    await body(page, fetched, errors);
    // The test page records violations (the example page does not; the policy still applies).
    const violations = await page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations);
    assert.deepEqual(violations ?? (path === PAGE ? ['(violations not recorded)'] : []), [], 'Content-Security-Policy violations');
    assert.deepEqual(errors, [], 'page errors');
  } finally {
    await browser.close();
    server.close();
  }
}

test('a page with one budget chart downloads that widget only, and it renders', (t) =>
  onAutoloadPage(t, PAGE, async (page, fetched) => {
    await waitForWidgets(page, ['budget']);
    const text = await shadowText(page, '#budget');
    assert.match(text, /Rp/, 'the chart shows rupiah figures');
    assert.deepEqual(widgetChunks(fetched), ['budget-chart']);
    assert.deepEqual(
      await page.evaluate(() => ['kpm-budget-chart', 'kpm-scorecard', 'kpm-data'].map((tag) => Boolean(customElements.get(tag)))),
      [true, false, false],
    );
  }));

test('elements added later are defined when they appear, a <kpm-data> provider included', (t) =>
  onAutoloadPage(t, PAGE, async (page, fetched) => {
    await waitForWidgets(page, ['budget']);
    // What a CMS's tab or an "load more" does: new markup, no new script.
    await page.evaluate(() => {
      const provider = document.createElement('kpm-data');
      provider.setAttribute('src', '/test/fixtures/desa-sukamaju-2025.json');
      const scorecard = document.createElement('kpm-scorecard');
      scorecard.id = 'scorecard';
      provider.append(scorecard);
      const section = document.createElement('section');
      section.append(provider);
      document.body.append(section);
    });
    await waitForWidgets(page, ['scorecard']);
    assert.match(await shadowText(page, '#scorecard'), /\d/, 'the scorecard shows its scores');
    assert.deepEqual(widgetChunks(fetched), ['budget-chart', 'kpm-data', 'scorecard']);
  }));

test('the on-demand example page shows its budget chart', (t) =>
  onAutoloadPage(t, '/examples/embed-autoload.html', async (page, fetched) => {
    await page.waitForFunction(() => document.querySelector('kpm-budget-chart')?.shadowRoot?.textContent?.includes('Rp'), { timeout: 20_000 });
    assert.deepEqual(widgetChunks(fetched), ['budget-chart']);
  }));

/** Waits for the loader's message that the budget chart's chunk failed, and takes it out of `errors`. */
async function chunkFailure(errors: string[]): Promise<string> {
  const failed = () => errors.findIndex((e) => e.includes('could not load <kpm-budget-chart>'));
  for (let i = 0; i < 100 && failed() < 0; i++) await new Promise((resolve) => setTimeout(resolve, 100));
  assert.ok(failed() >= 0, `the loader says which element failed (errors: ${JSON.stringify(errors)})`);
  return errors.splice(failed(), 1)[0]!;
}

test('a chunk that fails to load leaves the fallback, says what to check, and is asked for again', (t) => {
  const blocked = new Set(['budget-chart']);
  return onAutoloadPage(
    t,
    PAGE,
    async (page, _fetched, errors) => {
      assert.match(await chunkFailure(errors), /dist\/autoload\//, 'and which files to check');
      assert.deepEqual(
        await page.evaluate(() => [Boolean(customElements.get('kpm-budget-chart')), document.querySelector('#budget a')!.getBoundingClientRect().height > 0]),
        [false, true],
        'not defined, and the fallback link still shows',
      );
      // The connection is back; the next budget chart added asks again, and both upgrade.
      blocked.clear();
      await page.evaluate(() => {
        const again = document.createElement('kpm-budget-chart');
        again.id = 'again';
        again.setAttribute('src', '/test/fixtures/desa-sukamaju-2025.json');
        document.body.append(again);
      });
      await waitForWidgets(page, ['budget', 'again']);
      assert.match(await shadowText(page, '#budget'), /Rp/);
      assert.match(await shadowText(page, '#again'), /Rp/);
    },
    blocked,
  );
});

test('a chunk that failed while offline is asked for again when the browser is back online', (t) => {
  const blocked = new Set(['budget-chart']);
  return onAutoloadPage(
    t,
    PAGE,
    async (page, _fetched, errors) => {
      await chunkFailure(errors);
      // The signal returns: no new element is added, the page's own chart upgrades.
      blocked.clear();
      await page.evaluate(() => window.dispatchEvent(new Event('online')));
      await waitForWidgets(page, ['budget']);
      assert.match(await shadowText(page, '#budget'), /Rp/);
    },
    blocked,
  );
});

test('discover() defines the elements in a shadow root, and those added to it later', (t) =>
  onAutoloadPage(t, PAGE, async (page, fetched) => {
    await waitForWidgets(page, ['budget']);
    // A component of the host page that renders our elements in its own shadow root.
    await page.evaluate(async () => {
      const host = document.createElement('div');
      host.id = 'host';
      const shadow = host.attachShadow({ mode: 'open' });
      const scorecard = document.createElement('kpm-scorecard');
      scorecard.setAttribute('src', '/test/fixtures/desa-sukamaju-2025.json');
      shadow.append(scorecard);
      document.body.append(host);
      // The same module the page loaded (same URL), so the same loader.
      const loader = '/dist/autoload/kpm-autoload.js';
      const { discover } = await import(loader);
      discover(shadow);
      const timeline = document.createElement('kpm-program-timeline');
      timeline.setAttribute('src', '/test/fixtures/desa-sukamaju-2025.json');
      timeline.setAttribute('view', 'list');
      shadow.append(timeline);
    });
    await page.waitForFunction(
      () =>
        ['kpm-scorecard', 'kpm-program-timeline'].every((tag) =>
          /\d/.test(document.getElementById('host')?.shadowRoot?.querySelector(tag)?.shadowRoot?.textContent ?? ''),
        ),
      { timeout: 20_000 },
    );
    assert.deepEqual(widgetChunks(fetched), ['budget-chart', 'program-timeline', 'scorecard']);
  }));
