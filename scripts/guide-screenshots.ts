// `npm run docs:screenshots`: the pictures of docs/panduan-operator-desa.md and
// docs/operator-guide.md, taken from our own built pages in headless Chromium so the guide
// follows the current design. Needs `npm run build` first (it drives dist/app/builder.html and
// the built dist/kpm-widgets.js, the files a village site receives).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type ElementHandle, type Page } from 'puppeteer-core';
import { serveStatic } from '../bench/static-server.js';
import { NOT_BUILT } from '../test/node/dist-state.js';
import { ROOT } from './build.js';
import { CHROME_ARGS, findChrome, NO_CHROME_MESSAGE } from './find-chrome.mjs';

const OUT = join(ROOT, 'docs/img/panduan');
/** The pasted-snippet page is written where git does not look (test/screenshots/ is ignored). */
const SCRATCH = join(ROOT, 'test/screenshots/guide');

async function builderPart(page: Page, selector: string): Promise<ElementHandle<Element>> {
  const handle = await page.waitForSelector(`kpm-builder >>> ${selector}`, { timeout: 15000 });
  if (!handle) throw new Error(`builder: ${selector} not found`);
  return handle as ElementHandle<Element>;
}

/** The section holding `selector`, scrolled into view and photographed on its own. */
async function shootSection(page: Page, selector: string, file: string): Promise<void> {
  const part = await builderPart(page, selector);
  const section = (await part.evaluateHandle((el) => el.closest('section') ?? el)) as ElementHandle<Element>;
  await section.scrollIntoView();
  await section.screenshot({ path: join(OUT, file) });
  console.log(`docs/img/panduan/${file}`);
}

async function upload(page: Page, file: string): Promise<void> {
  const input = (await builderPart(page, '#file')) as ElementHandle<HTMLInputElement>;
  await input.uploadFile(join(ROOT, file));
  // Settled when the results name the file just read.
  const name = file.split('/').pop()!;
  await page.waitForFunction(
    (n) => document.querySelector('kpm-builder')?.shadowRoot?.querySelector('#results')?.textContent?.includes(n),
    { timeout: 15000 },
    name,
  );
}

/** Waits until `tag` (on the page, or inside the builder's preview) shows its ready footer. */
async function settledWidget(page: Page, tag: string, inBuilder = false): Promise<void> {
  await page.waitForFunction(
    (t, b) => {
      const root = b ? document.querySelector('kpm-builder')?.shadowRoot : document;
      const el = root?.querySelector(t);
      return Boolean(el?.shadowRoot?.querySelector('footer[part="footer"]')) && !el?.shadowRoot?.querySelector('[aria-busy="true"]');
    },
    { timeout: 15000 },
    tag,
    inBuilder,
  );
}

async function main(): Promise<void> {
  if (NOT_BUILT) throw new Error(`docs:screenshots: ${NOT_BUILT}`);
  const executablePath = findChrome();
  if (!executablePath) throw new Error(NO_CHROME_MESSAGE);
  mkdirSync(OUT, { recursive: true });
  rmSync(SCRATCH, { recursive: true, force: true });
  mkdirSync(SCRATCH, { recursive: true });
  const server = await serveStatic(ROOT);
  const browser = await puppeteer.launch({ executablePath, headless: true, args: CHROME_ARGS });
  try {
    const page = await browser.newPage();
    page.on('pageerror', (e) => console.error(`page error: ${e}`));
    await page.setViewport({ width: 1100, height: 900 });
    await page.goto(`${server.origin}/dist/app/builder.html`);
    await builderPart(page, '#file');
    await page.screenshot({ path: join(OUT, '01-pembuat-kosong.png') });
    console.log('docs/img/panduan/01-pembuat-kosong.png');

    // As the guide says: the village first, since a CSV holds only lines.
    await (await builderPart(page, '#nama')).type('Sukamaju');
    await (await builderPart(page, '#kode')).type('33.99.01.2001');
    await upload(page, 'test/fixtures/budget/bad-rows.csv');
    await shootSection(page, '#results', '03-pembuat-masalah.png');

    await upload(page, 'examples/templates/apbdes-template.csv');
    await settledWidget(page, 'kpm-budget-chart', true);
    await shootSection(page, '#preview', '02-pembuat-hasil.png');
    await shootSection(page, '#snippet', '04-kode-tempel.png');

    // The snippet as an admin pastes it, in a blank page next to the built script.
    const snippet = await (await builderPart(page, '#snippet')).evaluate((el) => (el as HTMLTextAreaElement).value);
    const pasted = snippet.replace(/src="[^"]*kpm-widgets\.js"/, 'src="/dist/kpm-widgets.js"');
    writeFileSync(
      join(SCRATCH, 'halaman.html'),
      `<!doctype html><html lang="id"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
        `<title>Transparansi Desa</title><body style="font-family: Georgia, serif; max-width: 60rem; margin: 1rem auto; padding: 0 1rem">` +
        `<h1>Transparansi APBDes</h1>\n${pasted}\n</body></html>`,
    );
    const result = await browser.newPage();
    await result.setViewport({ width: 1000, height: 800 });
    await result.goto(`${server.origin}/test/screenshots/guide/halaman.html`);
    await settledWidget(result, 'kpm-budget-chart');
    await result.screenshot({ path: join(OUT, '05-hasil-halaman.png'), fullPage: true });
    console.log('docs/img/panduan/05-hasil-halaman.png');
    await result.setViewport({ width: 360, height: 740, deviceScaleFactor: 1 });
    await settledWidget(result, 'kpm-budget-chart');
    await result.screenshot({ path: join(OUT, '06-hasil-ponsel.png') });
    console.log('docs/img/panduan/06-hasil-ponsel.png');

    const frames = await browser.newPage();
    await frames.setViewport({ width: 1000, height: 900 });
    await frames.goto(`${server.origin}/examples/embed-iframe.html`, { waitUntil: 'networkidle0' });
    await frames.screenshot({ path: join(OUT, '07-iframe.png') });
    console.log('docs/img/panduan/07-iframe.png');
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
