// examples/double-include.html loads the bundle in <head> without defer (before any element
// exists) and again at the end of <body>, as a theme plus a plugin would. Every widget must
// still render its data, and nothing may throw or log an error.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { NOT_BUILT } from './dist-state.js';
import { launchBrowser, serveRepo, waitForWidgets } from './examples-server.js';

/** Element id → a text its ready view shows (from the example data), in the page's language. */
const READY_TEXT: Record<string, string> = {
  'budget-chart': 'APBDes Desa Sukamaju TA 2025',
  'program-timeline': '16 kegiatan tahun 2024–2026',
  scorecard: 'Kelompok Pemberdayaan Masyarakat (KPM) Desa Sukamaju',
  'participation-form': 'Sampaikan usulan',
  'partner-map': '9 mitra dalam 6 kemitraan',
  // This one has lang="en" and its own src.
  'budget-chart-own': 'Largest expenditure: Village development',
};

test('the bundle in <head> and included twice: widgets render, nothing throws', async (t) => {
  if (NOT_BUILT) return t.skip(NOT_BUILT);
  const browser = await launchBrowser();
  if (!browser) return t.skip('no Chrome or Chromium: set CHROME_PATH');
  const server = await serveRepo();
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1024, height: 800 });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(`pageerror: ${String(e)}`));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`console.error: ${m.text()}`);
    });
    await page.goto(`${server.origin}/examples/double-include.html`, { waitUntil: 'load' });
    const ids = Object.keys(READY_TEXT);
    await waitForWidgets(page, ids);
    const seen = await page.evaluate((list: string[]) => {
      const out: Record<string, string> = {};
      for (const id of list) {
        const root = document.getElementById(id)?.shadowRoot;
        const base = root?.querySelector('[part="base"]');
        const state = !base ? 'no shadow content' : root!.querySelector('[part="error"], [part="empty"]') ? 'error or empty' : 'ready';
        out[id] = `${state}: ${root?.textContent?.replace(/\s+/g, ' ').trim().slice(0, 400) ?? ''}`;
      }
      return out;
    }, ids);
    for (const [id, text] of Object.entries(READY_TEXT)) {
      assert.match(seen[id]!, /^ready: /, `${id} is not in its ready state: ${seen[id]}`);
      assert.ok(seen[id]!.includes(text), `${id} does not show "${text}": ${seen[id]}`);
    }
    // Both copies ran (the second found every element defined and kept the first).
    const scripts = await page.evaluate(() => document.querySelectorAll('script[src$="kpm-widgets.js"]').length);
    assert.equal(scripts, 2);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    server.close();
  }
});
