// dist/kpm-widgets.js is a classic script, and a classic script sent without a charset is
// decoded in the page's encoding. Village sites are mostly UTF-8, but an old template in
// windows-1252 (or a server that sends no charset for .js) exists: the bundle is all ASCII so
// the widgets' own `·`, `—`, `⚠` and `▸` read the same there. The escaping itself
// (scripts/ascii-templates.ts) is checked here on its own, then on a real page.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { test } from 'node:test';
import { escapeNonAscii, escapeTemplateNonAscii } from '../../scripts/ascii-templates.js';
import { ROOT } from '../../scripts/build.js';
import { NOT_BUILT, bundlePath } from './dist-state.js';
import { launchBrowser } from './examples-server.js';

test('escapeNonAscii writes every unit above U+007F as \\uXXXX, keeping identity escapes single', () => {
  assert.equal(escapeNonAscii('a · b — ⚠'), 'a \\u00B7 b \\u2014 \\u26A0');
  // An astral character is two UTF-16 units, each escaped (a cooked template joins them again).
  assert.equal(escapeNonAscii('🌾'), '\\uD83C\\uDF3E');
  // `\·` already is an escape (of `·`): its backslash is reused, not doubled.
  assert.equal(escapeNonAscii('\\·'), '\\u00B7');
  // `\\·` is an escaped backslash, then the character.
  assert.equal(escapeNonAscii('\\\\·'), '\\\\\\u00B7');
  assert.equal(escapeNonAscii('plain `${x}` text'), 'plain `${x}` text');
});

test('escapeTemplateNonAscii escapes template text only, and Lit reads the same text back', () => {
  const code = [
    "const s = '·'; // komentar —",
    'const t = html`<span>${a} · ${b}</span><i>⚠</i>`;',
    "const c = css`li::before { content: '›'; }`;",
  ].join('\n');
  const out = escapeTemplateNonAscii(code);
  assert.equal(
    out,
    [
      "const s = '·'; // komentar —",
      'const t = html`<span>${a} \\u00B7 ${b}</span><i>\\u26A0</i>`;',
      "const c = css`li::before { content: '\\u203A'; }`;",
    ].join('\n'),
  );
  // What a tag function receives (cooked strings) is what it received before the rewrite.
  const cooked = (source: string) => new Function(`return ((s) => [...s])${source.slice(source.indexOf('`'))}`)();
  assert.deepEqual(cooked('html`<b>${1} · ${2}</b>⚠`'), cooked(escapeTemplateNonAscii('html`<b>${1} · ${2}</b>⚠`')));
});

test('dist/kpm-widgets.js is ASCII only', (t) => {
  if (NOT_BUILT) return t.skip(NOT_BUILT);
  const bytes = readFileSync(bundlePath);
  const at = bytes.findIndex((b) => b > 0x7f);
  assert.equal(at, -1, `a non-ASCII byte at offset ${at}: …${bytes.subarray(Math.max(0, at - 60), at + 10).toString('utf8')}…`);
});

const PAGE = `<!doctype html>
<html lang="id"><head><meta charset="windows-1252"><title>Desa</title>
<script src="/kpm-widgets.js"></script></head>
<body>
<kpm-budget-chart id="budget" src="/data.json" view="belanja"></kpm-budget-chart>
<kpm-program-timeline id="timeline" src="/data.json" view="list"></kpm-program-timeline>
<kpm-scorecard id="scorecard" src="/data.json"></kpm-scorecard>
</body></html>`;

test('on a windows-1252 page, the bundle sent without a charset shows its own characters right', async (t) => {
  if (NOT_BUILT) return t.skip(NOT_BUILT);
  const browser = await launchBrowser();
  if (!browser) return t.skip('no Chrome or Chromium: set CHROME_PATH');
  const server = createServer((req, res) => {
    if (req.url === '/') res.writeHead(200, { 'Content-Type': 'text/html; charset=windows-1252' }).end(PAGE);
    // As an old server sends a script: a type, no charset.
    else if (req.url === '/kpm-widgets.js') res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(readFileSync(bundlePath));
    else if (req.url === '/data.json')
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(readFileSync(join(ROOT, 'test/fixtures/desa-sukamaju-2025.json')));
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`, { waitUntil: 'load' });
    assert.equal(await page.evaluate(() => document.characterSet), 'windows-1252');
    await page.waitForFunction(
      () =>
        ['budget', 'timeline', 'scorecard'].every((id) =>
          document.getElementById(id)?.shadowRoot?.querySelector('[part="base"]:not([aria-busy="true"])'),
        ),
      { timeout: 15_000 },
    );
    // (No named functions inside evaluate: tsx's helper for their names is not on the page.)
    const seen = await page.evaluate(() => {
      const [budget, timeline, scorecard] = ['budget', 'timeline', 'scorecard'].map(
        (id) => document.getElementById(id)!.shadowRoot!,
      );
      const summary = scorecard.querySelector('summary .name');
      return {
        budgetValues: budget.querySelector('.values')?.textContent ?? '',
        timelineSeparator: timeline.querySelector('.sep')?.textContent ?? '',
        scorecardMarker: summary ? getComputedStyle(summary, '::before').content : '',
        text: [budget, timeline, scorecard].map((root) => root.textContent).join(' '),
      };
    });
    assert.deepEqual(errors, []);
    assert.match(seen.budgetValues, /^Rp\s[\d,]+\s(M|jt) · Realisasi Rp\s/);
    assert.equal(seen.timelineSeparator, '·');
    assert.equal(seen.scorecardMarker, '"▸ "');
    // UTF-8 read as windows-1252 turns `·` into `Â·` and `—` into `â€”`.
    assert.doesNotMatch(seen.text, /Â|â€/);
  } finally {
    await browser.close();
    server.close();
  }
});
