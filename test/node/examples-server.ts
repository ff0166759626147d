// The examples' Node tests: a real HTTP server over the repository (as `npm start` serves the
// examples, but from the built files only) and one headless Chromium per test file.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { ROOT } from '../../scripts/build.js';
import { CHROME_ARGS, findChrome } from '../../scripts/find-chrome.mjs';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.csv': 'text/csv; charset=utf-8',
  '.map': 'application/json',
};

/**
 * The policy a strict village site sends (the same as test/node/csp.test.ts): no inline
 * script or style, same-origin code only, Trusted Types for HTML sinks.
 */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; " +
  "require-trusted-types-for 'script'";

/** Folders a page may load from: the build, the examples and the test data. */
const SERVED = ['/dist/', '/examples/', '/test/fixtures/'];

export interface ExampleServer {
  origin: string;
  close(): void;
}

/** Serves the repository's dist/, examples/ and test/fixtures/; `csp` adds that header to every answer. */
export function serveRepo(options: { csp?: string } = {}): Promise<ExampleServer> {
  const server: Server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    const file = join(ROOT, path);
    if (options.csp) res.setHeader('Content-Security-Policy', options.csp);
    if (!SERVED.some((p) => path.startsWith(p)) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ origin: `http://127.0.0.1:${port}`, close: () => server.close() });
    }),
  );
}

/** A headless Chromium, or null when none is installed (the caller skips). */
export async function launchBrowser(): Promise<Browser | null> {
  const executablePath = findChrome();
  if (!executablePath) return null;
  return puppeteer.launch({ executablePath, headless: true, args: CHROME_ARGS });
}

/** Resolves once every element of `ids` has rendered its ready view (or after `timeout`). */
export async function waitForWidgets(page: Page, ids: readonly string[], timeout = 20_000): Promise<void> {
  await page
    .waitForFunction(
      (list: string[]) =>
        list.every((id) => {
          const root = document.getElementById(id)?.shadowRoot;
          const base = root?.querySelector('[part="base"]');
          const text = root?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
          return base && base.getAttribute('aria-busy') !== 'true' && text.length > 20;
        }),
      { timeout },
      [...ids],
    )
    .catch(() => undefined);
  // Charts and maps draw a frame or two after their data arrives.
  await new Promise((resolve) => setTimeout(resolve, 400));
}
