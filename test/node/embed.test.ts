// The iframe embed (dist/app/embed.html, docs/embed-iframe.md) as a host page uses it: the
// resize snippet sizes each iframe to its content and follows it when it grows; without the
// snippet the iframe keeps its height and scrolls; hostile query parameters render a message
// or are ignored, and nothing from the URL runs; the page runs under a strict CSP.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Browser, Page } from 'puppeteer-core';
import { NOT_BUILT } from './dist-state.js';
import { launchBrowser, serveRepo, STRICT_CSP, type ExampleServer } from './examples-server.js';

const DATA = '../../test/fixtures/desa-sukamaju-2025.json';

interface FrameSize {
  ready: boolean;
  frame: number;
  content: number;
  scrollable: boolean;
}

/** An iframe's height on the host page and its content's height, read from the host. */
function frameSize(page: Page, id: string): Promise<FrameSize> {
  return page.evaluate((frameId: string) => {
    const iframe = document.getElementById(frameId) as HTMLIFrameElement;
    const doc = iframe.contentDocument;
    const widget = doc?.querySelector('#embed > *');
    const base = widget?.shadowRoot?.querySelector('[part="base"]');
    const text = widget?.shadowRoot?.textContent?.trim() ?? '';
    const root = doc?.documentElement;
    return {
      ready: Boolean(base && base.getAttribute('aria-busy') !== 'true' && text.length > 20),
      frame: iframe.getBoundingClientRect().height,
      content: root ? root.getBoundingClientRect().height : 0,
      scrollable: root ? root.scrollHeight > root.clientHeight : false,
    };
  }, id);
}

/** Waits until the frame is ready and `done` holds; returns the last size either way. */
async function settle(page: Page, id: string, done: (s: FrameSize) => boolean): Promise<FrameSize> {
  let size = await frameSize(page, id);
  for (const end = Date.now() + 15_000; Date.now() < end && !(size.ready && done(size)); ) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    size = await frameSize(page, id);
  }
  return size;
}

const fits = (s: FrameSize) => s.content > 100 && Math.abs(s.frame - s.content) <= 2;

async function withPage(
  options: { csp?: string },
  body: (page: Page, server: ExampleServer, errors: string[]) => Promise<void>,
  t: { skip(message: string): void },
): Promise<void> {
  if (NOT_BUILT) return t.skip(NOT_BUILT);
  const browser: Browser | null = await launchBrowser();
  if (!browser) return t.skip('no Chrome or Chromium: set CHROME_PATH');
  const server = await serveRepo(options);
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1024, height: 800 });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(`pageerror: ${String(e)}`));
    page.on('dialog', (d) => {
      errors.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    await body(page, server, errors);
  } finally {
    await browser.close();
    server.close();
  }
}

test('the resize snippet sizes each iframe to its content and follows it as it grows', (t) =>
  withPage({}, async (page, server, errors) => {
    await page.goto(`${server.origin}/examples/embed-iframe.html`, { waitUntil: 'load' });
    for (const id of ['frame-budget', 'frame-timeline']) {
      await page.$eval(`#${id}`, (el) => el.scrollIntoView());
      const size = await settle(page, id, fits);
      assert.ok(size.ready, `${id} did not render its widget`);
      assert.ok(fits(size), `${id}: iframe ${size.frame} px for content of ${size.content} px`);
      assert.notEqual(Math.round(size.frame), 700, `${id} kept its fallback height`);
      assert.equal(size.scrollable, false, `${id} scrolls although it was resized`);
    }
    // The content grows: open the budget chart's data table inside the iframe.
    const before = await frameSize(page, 'frame-budget');
    await page.evaluate(() => {
      const doc = (document.getElementById('frame-budget') as HTMLIFrameElement).contentDocument!;
      doc.querySelector('#embed > *')!.shadowRoot!.querySelector<HTMLElement>('button[aria-controls="table"]')!.click();
    });
    const grown = await settle(page, 'frame-budget', (s) => s.content > before.content + 100 && fits(s));
    assert.ok(grown.content > before.content + 100, `the table did not make the content taller (${before.content} → ${grown.content})`);
    assert.ok(fits(grown), `after growing: iframe ${grown.frame} px for content of ${grown.content} px`);
    // And follows a change of view inside the iframe: the timeline's list becomes the time axis.
    const list = await frameSize(page, 'frame-timeline');
    await page.evaluate(() => {
      const widget = (document.getElementById('frame-timeline') as HTMLIFrameElement).contentDocument!.querySelector('#embed > *')!;
      widget.setAttribute('lang', 'en');
      widget.setAttribute('view', 'timeline');
    });
    const changed = await settle(page, 'frame-timeline', (s) => Math.abs(s.content - list.content) > 20 && fits(s));
    const heading = await page.evaluate(
      () => (document.getElementById('frame-timeline') as HTMLIFrameElement).contentDocument!.querySelector('#embed > *')!.shadowRoot!.querySelector('h2')?.textContent ?? '',
    );
    assert.match(heading, /^\s*Programmes and activities/);
    assert.ok(Math.abs(changed.content - list.content) > 20, `the view change did not change the height (${list.content} px)`);
    assert.ok(fits(changed), `after the view change: iframe ${changed.frame} px for content of ${changed.content} px`);
    assert.deepEqual(errors, []);
  }, t));

test('without the snippet the iframe keeps its fixed height and scrolls inside', (t) =>
  withPage({}, async (page, server, errors) => {
    await page.goto(`${server.origin}/examples/embed-iframe-fixed.html`, { waitUntil: 'load' });
    const size = await settle(page, 'frame-fixed', (s) => s.content > 700);
    assert.ok(size.ready, 'the widget did not render');
    assert.equal(Math.round(size.frame), 700);
    assert.ok(size.content > 700, `the example needs content taller than the frame (${size.content} px)`);
    assert.equal(size.scrollable, true);
    assert.deepEqual(errors, []);
  }, t));

/** What embed.html shows for a query string: its message, or the element and its attributes. */
async function openEmbed(page: Page, origin: string, query: string) {
  const requests: string[] = [];
  const onRequest = (r: { url(): string }) => requests.push(r.url());
  page.on('request', onRequest);
  await page.goto(`${origin}/dist/app/embed.html?${query}`, { waitUntil: 'load' });
  await page
    .waitForFunction(
      () => {
        const el = document.querySelector('#embed > *');
        if (el?.classList.contains('embed-message')) return true;
        const base = el?.shadowRoot?.querySelector('[part="base"]');
        return base && base.getAttribute('aria-busy') !== 'true' && (el?.shadowRoot?.textContent?.trim().length ?? 0) > 20;
      },
      { timeout: 15_000 },
    )
    .catch(() => undefined);
  await new Promise((resolve) => setTimeout(resolve, 200));
  page.off('request', onRequest);
  const seen = await page.evaluate(() => {
    const el = document.querySelector('#embed > *');
    return {
      message: el?.classList.contains('embed-message') ? (el.textContent ?? '').replace(/\s+/g, ' ').trim() : null,
      tag: el?.localName ?? null,
      attributes: el && !el.classList.contains('embed-message') ? Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])) : null,
      accent: el instanceof HTMLElement ? el.style.getPropertyValue('--kpm-color-accent') : '',
      images: document.querySelectorAll('img').length,
      scripts: document.querySelectorAll('script:not([src])').length,
      pwned: (window as unknown as { pwned?: boolean }).pwned === true,
    };
  });
  return { ...seen, requests };
}

test('hostile parameters show a message or are dropped, and nothing from the URL runs', (t) =>
  withPage({}, async (page, server, errors) => {
    const { origin } = server;
    const bad = await openEmbed(page, origin, 'widget=budget-chart&src=javascript:window.pwned=true;alert(1)');
    assert.equal(bad.tag, 'div');
    assert.match(bad.message!, /harus berupa alamat http atau https.*must be an http or https address/);

    const img = await openEmbed(page, origin, `widget=${encodeURIComponent('<img src=x onerror="window.pwned=true;alert(1)">')}&src=${DATA}`);
    assert.match(img.message!, /Widget yang diminta tidak dikenal.*The requested widget is unknown/);
    assert.equal(img.images, 0);

    const missing = await openEmbed(page, origin, 'widget=scorecard');
    assert.match(missing.message!, /parameter src.*the src parameter/);

    const none = await openEmbed(page, origin, '');
    assert.match(none.message!, /parameter widget.*the widget parameter/);

    const accent = await openEmbed(page, origin, `widget=budget-chart&src=${DATA}&accent=${encodeURIComponent('red;background:url(/examples/x.png)')}&onclick=alert(1)&style=display:none&innerHTML=%3Cb%3Ex&view=belanja`);
    assert.equal(accent.message, null);
    assert.equal(accent.tag, 'kpm-budget-chart');
    assert.deepEqual(accent.attributes, { lang: 'id', src: `${origin}/test/fixtures/desa-sukamaju-2025.json`, view: 'belanja' });
    assert.equal(accent.accent, '');
    assert.deepEqual(accent.requests.filter((u) => new URL(u).pathname === '/examples/x.png'), []);

    const good = await openEmbed(page, origin, `widget=budget-chart&src=${DATA}&accent=%23aa3300&lang=en`);
    assert.equal(good.accent, '#aa3300');
    assert.equal(good.attributes!.lang, 'en');

    const form = await openEmbed(page, origin, `widget=participation-form&src=${DATA}&endpoint=${encodeURIComponent('data:text/html,<script>parent.pwned=true</script>')}&privacy-href=javascript:alert(1)`);
    assert.equal(form.tag, 'kpm-participation-form');
    // The form reflects its defaults (view, encoding); the two bad URLs are not there.
    assert.deepEqual(
      [form.attributes!.src, form.attributes!.endpoint, form.attributes!['privacy-href']],
      [`${origin}/test/fixtures/desa-sukamaju-2025.json`, undefined, undefined],
    );

    for (const result of [bad, img, missing, none, accent, good, form]) {
      assert.equal(result.pwned, false);
      assert.equal(result.scripts, 0);
    }
    assert.deepEqual(errors, []);
  }, t));

test('embed.html renders under a strict Content-Security-Policy without a violation', (t) =>
  withPage({ csp: STRICT_CSP }, async (page, server, errors) => {
    await page.evaluateOnNewDocument(() => {
      const w = window as unknown as { violations: string[] };
      w.violations = [];
      document.addEventListener('securitypolicyviolation', (e) => w.violations.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sample}`));
    });
    const rendered: string[] = [];
    for (const query of [
      `widget=budget-chart&src=${DATA}&accent=%23aa3300`,
      `widget=program-timeline&src=${DATA}&view=timeline&today=2025-10-06`,
      `widget=partner-map&src=${DATA}&view=relationships`,
      'widget=nope',
    ]) {
      const seen = await openEmbed(page, server.origin, query);
      rendered.push(seen.message ? 'message' : (seen.tag ?? 'nothing'));
      const violations = await page.evaluate(() => (window as unknown as { violations: string[] }).violations);
      assert.deepEqual(violations, [], `violations for ${query}`);
    }
    assert.deepEqual(rendered, ['kpm-budget-chart', 'kpm-program-timeline', 'kpm-partner-map', 'message']);
    assert.deepEqual(errors, []);
  }, t));
