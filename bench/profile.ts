// Where a bench case spends its time: runs one case of bench/cases/ under the CPU profiler and
// prints self time per function, mapped back to the source through the bundle's source map.
// Use it to find the next thing to speed up; `npm run bench` stays the measurement.
//
//   npm run build && node --import tsx bench/profile.ts scorecard-groups.html scorecard-12-groups [runs]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { SourceMapConsumer } from 'source-map-js';
import { BUNDLE_FILE, DIST, ROOT } from '../scripts/build.js';
import { CHROME_ARGS, findChrome, NO_CHROME_MESSAGE } from '../scripts/find-chrome.mjs';
import { serveStatic } from './static-server.js';

const [file, caseName, runs = '20'] = process.argv.slice(2);
if (!file || !caseName) {
  console.error('usage: node --import tsx bench/profile.ts <file in bench/cases> <case name> [runs]');
  process.exit(2);
}
const executablePath = findChrome();
if (!executablePath) {
  console.error(NO_CHROME_MESSAGE);
  process.exit(1);
}

type Bench = { name: string; run(): Promise<number> };
const runCase = (i: number) => [(window as unknown as { kpmBench: Bench | Bench[] }).kpmBench].flat()[i].run();

const server = await serveStatic(ROOT);
const browser = await puppeteer.launch({ executablePath, headless: true, args: CHROME_ARGS });
try {
  const page = await browser.newPage();
  await page.goto(`${server.origin}/bench/cases/${file}`);
  await page.waitForFunction(() => 'kpmBench' in window, { timeout: 10_000 });
  const index = await page.evaluate(
    (name) => [(window as unknown as { kpmBench: Bench | Bench[] }).kpmBench].flat().findIndex((c) => c.name === name),
    caseName,
  );
  if (index < 0) throw new Error(`${file} has no case named ${caseName}`);
  // Warm-ups outside the profile, as the bench does.
  for (let i = 0; i < 3; i++) await page.evaluate(runCase, index);

  const cdp = await page.createCDPSession();
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  const times: number[] = [];
  for (let i = 0; i < Number(runs); i++) times.push(await page.evaluate(runCase, index));
  const { profile } = await cdp.send('Profiler.stop');

  const map = new SourceMapConsumer(JSON.parse(readFileSync(join(DIST, `${BUNDLE_FILE}.map`), 'utf8')));
  const nodes = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  const self = new Map<string, number>();
  profile.samples!.forEach((id, i) => {
    const frame = nodes.get(id)!;
    let key = frame.functionName || '(anonymous)';
    if (frame.url.endsWith('kpm-widgets.js')) {
      const at = map.originalPositionFor({ line: frame.lineNumber + 1, column: frame.columnNumber });
      const source = at.source?.replace(/.*node_modules\//, '').replace(/.*\/src\//, 'src/');
      key = `${at.name ?? key} ${source}:${at.line}`;
    } else if (frame.url) key += ` ${frame.url.split('/').pop()}`;
    self.set(key, (self.get(key) ?? 0) + profile.timeDeltas![i] / 1000);
  });
  console.log(`${caseName}: ${times.length} runs, ms each: ${times.map((t) => t.toFixed(1)).join(' ')}`);
  console.log('self ms per run, top 30 ("(program)" is the browser\'s own work: style, layout, paint, idle frames)');
  for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30)) {
    console.log(`${(ms / times.length).toFixed(2).padStart(8)}  ${key}`);
  }
} finally {
  await browser.close();
  await server.close();
}
