// `npm run bench`: runs every page in bench/cases/ in headless Chromium against the built
// one-script bundle and reports median/min/max milliseconds per case. A case page sets
// `window.kpmBench = { name, target?, run: async () => ms }` (or an array of them); `target`
// is the budget in ms the case is reported against. Options: --repeats N (15), --warmup N (3),
// --case NAME (only the cases whose name contains NAME; `form-reliability` names the form's
// delivery run, which always runs otherwise). A few cases run again on a CPU slowed down as a
// cheap phone's is (PHONE_CASES below). Writes bench/results/bench.json (with the
// reliability counts), then the generated report region of docs/performance.md.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { CHROME_ARGS, findChrome, NO_CHROME_MESSAGE } from '../scripts/find-chrome.mjs';
import { BUNDLE_FILE, DIST, ROOT } from '../scripts/build.js';
import { summarize, type CaseResult } from './stats.js';
import { serveStatic } from './static-server.js';
import { printTable } from './table.js';
import type { FormReliability } from './report.js';
import { writeReport } from './write-report.js';

interface BenchCase {
  name: string;
  target?: number;
  run: () => Promise<number>;
}
declare global {
  interface Window {
    kpmBench?: BenchCase | BenchCase[];
  }
}

/**
 * The cases run a second time with the CPU slowed down, for what a villager's cheap phone sees
 * (Chrome DevTools rates a mid-range phone at about 4× slower than a desktop). Reported beside
 * the desktop figure with no target: the issues' targets are for the desktop run.
 */
const PHONE_CPU_SLOWDOWN = 4;
const PHONE_CASES = [
  'budget-chart-200',
  'program-timeline-1000-list',
  'scorecard-12-groups',
  'participation-list-2000',
  'partner-map-points-500-orgs-2000-links',
];
const phoneName = (name: string) => `${name} (${PHONE_CPU_SLOWDOWN}× slower CPU)`;

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 && process.argv[at + 1] ? process.argv[at + 1] : fallback;
}

async function runPage(
  browser: Browser,
  url: string,
  settings: { repeats: number; warmup: number; only: string },
  phone = false,
): Promise<CaseResult[]> {
  const page = await browser.newPage();
  if (phone) await page.emulateCPUThrottling(PHONE_CPU_SLOWDOWN);
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  try {
    await page.goto(url);
    await page.waitForFunction(() => window.kpmBench !== undefined, { timeout: 10_000 }).catch(() => {
      throw new Error(`no window.kpmBench on ${url} ${pageErrors.join('; ')}`);
    });
    const declared = await page.evaluate(() =>
      [window.kpmBench!].flat().map((c) => ({ name: c.name, target: c.target ?? null })),
    );
    const results: CaseResult[] = [];
    for (const [index, declaredCase] of declared.entries()) {
      const name = phone ? phoneName(declaredCase.name) : declaredCase.name;
      const target = phone ? null : declaredCase.target;
      if (!name.includes(settings.only) || (phone && !PHONE_CASES.includes(declaredCase.name))) continue;
      const once = () => page.evaluate((i) => [window.kpmBench!].flat()[i].run(), index);
      try {
        for (let i = 0; i < settings.warmup; i++) await once();
        const samples: number[] = [];
        for (let i = 0; i < settings.repeats; i++) samples.push(await once());
        results.push(summarize(name, target, samples));
      } catch (error) {
        const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
        results.push({ name, target, error: message });
      }
    }
    return results;
  } finally {
    await page.close();
  }
}

function report(results: CaseResult[]): void {
  const ms = (n: number) => n.toFixed(2);
  const target = (r: CaseResult) => (r.target === null ? '-' : `≤ ${r.target}`);
  printTable(
    [
      ['case', 'median ms', 'min', 'max', 'n', 'target ms', 'status'],
      ...results.map((r) =>
        'error' in r
          ? [r.name, '-', '-', '-', '0', target(r), `error: ${r.error}`]
          : [r.name, ms(r.median), ms(r.min), ms(r.max), `${r.n}`, target(r), r.within === null ? 'info' : r.within ? 'within' : 'OVER'],
      ),
    ],
    [0, 6],
  );
}

async function main(): Promise<void> {
  const settings = {
    repeats: Number(option('repeats', '15')),
    warmup: Number(option('warmup', '3')),
    only: option('case', ''),
  };
  const executablePath = findChrome();
  if (!executablePath) throw new Error(NO_CHROME_MESSAGE);
  if (!existsSync(join(DIST, BUNDLE_FILE))) {
    console.log(`bench: dist/${BUNDLE_FILE} is missing, building first`);
    const built = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/build.ts')], {
      stdio: 'inherit',
    });
    if (built.status !== 0) throw new Error('the build failed');
  }

  // Taken before the run adds its own load: how busy the machine was with other work.
  const loadAtStart = loadavg();
  const measuredAt = new Date().toISOString();
  const server = await serveStatic(ROOT);
  const browser = await puppeteer.launch({ executablePath, headless: true, args: CHROME_ARGS });
  const results: CaseResult[] = [];
  try {
    const pages = readdirSync(join(ROOT, 'bench/cases')).filter((f) => f.endsWith('.html')).sort();
    const withPhoneCase: string[] = [];
    for (const file of pages) {
      const desktop = await runPage(browser, `${server.origin}/bench/cases/${file}`, settings);
      results.push(...desktop);
      if (desktop.some((r) => PHONE_CASES.includes(r.name))) withPhoneCase.push(file);
    }
    for (const file of withPhoneCase) {
      results.push(...(await runPage(browser, `${server.origin}/bench/cases/${file}`, settings, true)));
    }
  } finally {
    await browser.close();
    await server.close();
  }

  report(results);
  const failed = results.filter((r) => 'error' in r);

  // The participation form's reliability run is not a timing: it counts what arrived, was lost
  // or duplicated while the receiver flips between up, down and failing (bench/form-reliability.ts).
  // Its stdout is the JSON result; it is echoed and kept for bench.json.
  let reliabilityFailed = false;
  let formReliability: FormReliability | null | undefined;
  if (!settings.only || 'form-reliability'.includes(settings.only)) {
    console.log('\nbench: form reliability (100 submissions, receiver flipping every 250 ms)');
    const run = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'bench/form-reliability.ts')], {
      stdio: ['inherit', 'pipe', 'inherit'],
      encoding: 'utf8',
    });
    process.stdout.write(run.stdout ?? '');
    reliabilityFailed = run.status !== 0;
    formReliability = parseReliability(run.stdout ?? '');
  }

  const outDir = join(ROOT, 'bench/results');
  mkdirSync(outDir, { recursive: true });
  const browserVersion = spawnSync(executablePath, ['--version'], { encoding: 'utf8' }).stdout.trim();
  const file = { measuredAt, browser: browserVersion, ...settings, loadavg: loadAtStart, results, formReliability };
  writeFileSync(join(outDir, 'bench.json'), `${JSON.stringify(file, null, 2)}\n`);
  writeReport();
  if (failed.length > 0 || reliabilityFailed) {
    if (failed.length > 0) console.error(`bench: ${failed.length} case(s) could not run`);
    if (reliabilityFailed) console.error('bench: the form reliability run lost or duplicated submissions, or could not run');
    process.exit(1);
  }
}

/** The counts from form-reliability.ts's JSON output; null when it printed none (it crashed). */
function parseReliability(stdout: string): FormReliability | null {
  try {
    const { submissions, arrived, lost, duplicated } = JSON.parse(stdout.slice(stdout.indexOf('{'))) as FormReliability;
    return { submissions, arrived, lost, duplicated };
  } catch {
    return null;
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
