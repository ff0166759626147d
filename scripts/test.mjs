// `npm test`: the Node-side checks (generated JSON Schema against ajv, docs in step with the
// source), then the browser suite in real Chromium, then one plain "N passed, N failed" line.
// Extra arguments go to the browser runner (e.g. `npm test -- --files test/core/format.test.ts`).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChrome, NO_CHROME_MESSAGE } from './find-chrome.mjs';

const chrome = findChrome();
if (!chrome) {
  console.error(NO_CHROME_MESSAGE);
  process.exit(1);
}

const work = mkdtempSync(join(tmpdir(), 'kpm-test-'));
const args = process.argv.slice(2);
const browserOnly = args.length > 0;
let passed = 0;
let failed = 0;

if (!browserOnly && existsSync('test/node') && readdirSync('test/node').length > 0) {
  const tap = join(work, 'node.tap');
  const node = spawnSync(
    process.execPath,
    [
      '--import', 'tsx',
      '--test',
      '--test-reporter=spec', '--test-reporter-destination=stdout',
      '--test-reporter=tap', `--test-reporter-destination=${tap}`,
      // Node 20 does not pick .ts files out of a folder: name them.
      ...readdirSync('test/node').filter((f) => f.endsWith('.test.ts')).map((f) => join('test/node', f)),
    ],
    { stdio: 'inherit' },
  );
  const text = existsSync(tap) ? readFileSync(tap, 'utf8') : '';
  const pass = Number(/^# pass (\d+)/m.exec(text)?.[1] ?? 0);
  const fail = Number(/^# fail (\d+)/m.exec(text)?.[1] ?? 0);
  passed += pass;
  failed += fail + (node.status !== 0 && fail === 0 ? 1 : 0);
}

const counts = join(work, 'browser.json');
const wtr = spawnSync(
  process.execPath,
  ['node_modules/@web/test-runner/dist/bin.js', '--config', 'web-test-runner.config.mjs', ...args],
  { stdio: 'inherit', env: { ...process.env, CHROME_PATH: chrome, KPM_TEST_COUNTS: counts } },
);
if (existsSync(counts)) {
  const c = JSON.parse(readFileSync(counts, 'utf8'));
  passed += c.passed;
  failed += c.failed + c.fileErrors;
}
if (wtr.status !== 0 && !existsSync(counts)) failed += 1;

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || wtr.status !== 0 ? 1 : 0);
