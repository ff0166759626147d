// The builder as an admin meets it once built: dist/app/builder.html over real HTTP, the
// template CSV through the real file input, the snippet it writes pasted into a blank page
// next to the built dist/kpm-widgets.js — and the widget there shows the budget's numbers.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { test } from 'node:test';
import puppeteer, { type ElementHandle } from 'puppeteer-core';
import { ROOT } from '../../scripts/build.js';
import { CHROME_ARGS, findChrome } from '../../scripts/find-chrome.mjs';
import { formatRupiah } from '../../src/core/format.js';
import { NOT_BUILT } from './dist-state.js';
import { serveRepository } from './static-server.js';

const PASTED_PAGE = '/dist/pasted.html';

const norm = (t: string) => t.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();

test('the built builder turns the template CSV into a snippet that renders on a blank page', async (t) => {
  if (NOT_BUILT) return t.skip(NOT_BUILT);
  if (!existsSync(join(ROOT, 'dist/app/builder.html'))) return t.skip('dist/app/builder.html is missing: run `npm run build`');
  const executablePath = findChrome();
  if (!executablePath) return t.skip('no Chrome or Chromium: set CHROME_PATH');
  let snippet = '';
  // The blank page of a village site, next to the built bundle, holding what the admin pasted.
  const server = await serveRepository({
    folders: ['/dist/', '/examples/'],
    pages: { [PASTED_PAGE]: () => `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Desa</title></head><body>\n${snippet}</body></html>` },
  });
  const browser = await puppeteer.launch({ executablePath, headless: true, args: CHROME_ARGS });
  try {
    const { port } = server.address() as AddressInfo;
    const origin = `http://127.0.0.1:${port}`;
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${origin}/dist/app/builder.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => document.querySelector('kpm-builder')?.shadowRoot?.querySelector('#file'), { timeout: 15_000 });
    const input = (await page.evaluateHandle(
      () => document.querySelector('kpm-builder')!.shadowRoot!.querySelector('#file'),
    )) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(join(ROOT, 'examples/templates/apbdes-template.csv'));
    await page.waitForFunction(
      () => (document.querySelector('kpm-builder')!.shadowRoot!.querySelector('#snippet') as HTMLTextAreaElement | null)?.value,
      { timeout: 15_000 },
    );
    const read = await page.evaluate(() => {
      const root = document.querySelector('kpm-builder')!.shadowRoot!;
      return {
        snippet: (root.querySelector('#snippet') as HTMLTextAreaElement).value,
        summary: root.querySelector('#results')!.textContent!.replace(/\s+/g, ' ').trim(),
      };
    });
    snippet = read.snippet;
    assert.match(read.summary, /^apbdes-template\.csv \(CSV anggaran\): Data sah\. 0 kesalahan/);
    // The default script address is the bundle one folder above the built page.
    assert.equal(snippet.split('\n')[0], `<script src="${origin}/dist/kpm-widgets.js" defer></script>`);
    assert.deepEqual(errors, [], 'builder page errors');

    const site = await browser.newPage();
    const siteErrors: string[] = [];
    site.on('pageerror', (e) => siteErrors.push(String(e)));
    await site.goto(`${origin}${PASTED_PAGE}`, { waitUntil: 'load' });
    await site.waitForFunction(() => document.querySelector('kpm-budget-chart')?.shadowRoot?.querySelector('figure'), { timeout: 15_000 });
    const text = norm(await site.evaluate(() => document.querySelector('kpm-budget-chart')!.shadowRoot!.textContent ?? ''));
    assert.ok(text.includes(norm(formatRupiah(2_027_800_000, 'id'))), `pendapatan missing from: ${text.slice(0, 300)}`);
    assert.ok(text.includes(norm(formatRupiah(2_152_000_000, 'id'))), 'belanja missing');
    assert.deepEqual(siteErrors, [], 'pasted page errors');
  } finally {
    await browser.close();
    server.close();
  }
});
