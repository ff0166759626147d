// The package as npm would publish it: every path package.json promises exists after a build,
// every widget folder is exported and marked as registering elements, and the one-script
// bundle is the production build with decorators compiled away and elements that render.
// The dist checks skip (not pass) when dist/ is missing or older than src/; `.ci/run` builds
// first, so there they run.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from '../../scripts/find-chrome.mjs';
import { BUNDLE_FILE, GLOBAL_NAME, ROOT, widgetNames } from '../../scripts/build.js';
import { NOT_BUILT, bundlePath } from './dist-state.js';

type ExportTarget = string | { types?: string; default: string };

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  main: string;
  module: string;
  types: string;
  exports: Record<string, ExportTarget>;
  sideEffects: string[];
};

const built = NOT_BUILT === null;

/** A package.json glob (`*` within one path segment) as a regular expression. */
function globToRegExp(glob: string): RegExp {
  const body = glob
    .replace(/^\.\//, '')
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('[^/]*');
  return new RegExp(`^${body}$`);
}

function tagFor(widget: string): string {
  return widget.startsWith('kpm-') ? widget : `kpm-${widget}`;
}

function promisedPaths(): string[] {
  const paths = [pkg.main, pkg.module, pkg.types];
  for (const target of Object.values(pkg.exports)) {
    if (typeof target === 'string') paths.push(target);
    else paths.push(target.default, ...(target.types ? [target.types] : []));
  }
  return [...new Set(paths)];
}

test('every export except package.json names its types', () => {
  const untyped = Object.entries(pkg.exports)
    .filter(([key, target]) => typeof target === 'string' && !/\.json$/.test(key))
    .map(([key]) => key);
  assert.deepEqual(untyped, []);
});

test('every src/widgets/*/index.ts has its own export', () => {
  const missing = widgetNames().filter((widget) => {
    const target = pkg.exports[`./${widget}`];
    return (
      typeof target !== 'object' ||
      target.default !== `./dist/widgets/${widget}/index.js` ||
      target.types !== `./dist/types/widgets/${widget}/index.d.ts`
    );
  });
  assert.deepEqual(missing, [], 'add these widgets to "exports" in package.json');
});

test('sideEffects covers every file that registers elements', () => {
  const patterns = pkg.sideEffects.map(globToRegExp);
  const registering = [
    'dist/index.js',
    `dist/${BUNDLE_FILE}`,
    'dist/autoload/kpm-autoload.js',
    'dist/autoload/budget-chart-abc123.js',
    'src/index.ts',
    'src/elements.ts',
    'src/one-script.ts',
    // shared chunks hold the define() calls that entries import for their side effect
    'dist/chunks/widget-abc123.js',
    ...widgetNames().flatMap((w) => [`dist/widgets/${w}/index.js`, `src/widgets/${w}/index.ts`]),
  ];
  const uncovered = registering.filter((file) => !patterns.some((re) => re.test(file)));
  assert.deepEqual(uncovered, []);
  assert.ok(!patterns.some((re) => re.test('dist/model/index.js')), 'model/ has no side effects');
});

test('every path package.json promises exists after a build', (t) => {
  if (!built) return t.skip(NOT_BUILT ?? undefined);
  const missing = promisedPaths().filter((p) => !existsSync(join(ROOT, p)));
  assert.deepEqual(missing, []);
});

test('the one-script bundle is a production build without decorator syntax', (t) => {
  if (!built) return t.skip(NOT_BUILT ?? undefined);
  const code = readFileSync(bundlePath, 'utf8');
  assert.ok(code.startsWith(`var ${GLOBAL_NAME}=`), 'a classic script that sets one global');
  assert.ok(!code.includes('process.env'), 'process.env left in the bundle');
  for (const decorator of ['@property(', '@state(', '@customElement(', '@query(']) {
    assert.ok(!code.includes(decorator), `${decorator} left in the bundle`);
  }
  assert.ok(!/\baccessor\s+[#\w]/.test(code), 'TC39 accessor syntax left in the bundle');
  assert.ok(!code.includes('Lit is in dev mode'), 'Lit is in development mode');
});

test('the one-script bundle defines every widget, and each one renders', async (t) => {
  if (!built) return t.skip(NOT_BUILT ?? undefined);
  const executablePath = findChrome();
  if (!executablePath) return t.skip('no Chrome or Chromium: set CHROME_PATH');
  const tags = widgetNames().map(tagFor);
  const browser = await puppeteer.launch({ executablePath, headless: true, args: CHROME_ARGS });
  try {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.setContent('<!doctype html><html lang="id"><body></body></html>');
    await page.addScriptTag({ path: bundlePath });
    const report = await page.evaluate(async (names: string[], globalName: string) => {
      const out: Record<string, unknown> = {
        global: typeof (window as unknown as Record<string, unknown>)[globalName],
      };
      for (const name of names) {
        const ctor = customElements.get(name) as
          | (CustomElementConstructor & { observedAttributes?: string[] })
          | undefined;
        if (!ctor) {
          out[name] = 'not defined';
          continue;
        }
        const el = document.createElement(name) as HTMLElement & {
          updateComplete?: Promise<unknown>;
        };
        document.body.append(el);
        await el.updateComplete;
        out[name] = {
          // Attributes come from the compiled @property decorators: none means they were lost.
          observesSrc: (ctor.observedAttributes ?? []).includes('src'),
          rendered: el.shadowRoot !== null,
        };
        el.remove();
      }
      return out;
    }, tags, GLOBAL_NAME);
    const expected: Record<string, unknown> = { global: 'object' };
    for (const tag of tags) expected[tag] = { observesSrc: true, rendered: true };
    assert.deepEqual(report, expected);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});

test('a page that includes the one-script bundle twice keeps working, without errors or warnings', async (t) => {
  if (!built) return t.skip(NOT_BUILT ?? undefined);
  const executablePath = findChrome();
  if (!executablePath) return t.skip('no Chrome or Chromium: set CHROME_PATH');
  const browser = await puppeteer.launch({ executablePath, headless: true, args: CHROME_ARGS });
  try {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(`error: ${String(e)}`));
    page.on('console', (m) => {
      if (m.type() === 'warn' || m.type() === 'error') problems.push(`${m.type()}: ${m.text()}`);
    });
    await page.setContent('<!doctype html><html lang="id"><body><kpm-data></kpm-data></body></html>');
    // A WordPress plugin and a theme each adding the script: same version, loaded twice.
    await page.addScriptTag({ path: bundlePath });
    await page.addScriptTag({ path: bundlePath });
    const defined = await page.evaluate(() => Boolean(customElements.get('kpm-data')));
    assert.equal(defined, true);
    assert.deepEqual(problems, []);
  } finally {
    await browser.close();
  }
});
