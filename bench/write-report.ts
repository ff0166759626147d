// Rewrites the generated region of docs/performance.md from bench/results/bench.json and
// size.json (either may be missing). Called at the end of `npm run bench` and `npm run size`;
// `npm run perf:report` runs it alone, and `npm run perf:report -- --print` also prints the
// region (CI does, so its log shows the numbers).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { renderReport, replaceRegion, type BenchFile, type MachineFacts, type SizeFile } from './report.js';

// Not build.ts's ROOT: importing that loads Vite, which this small script does not need.
const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const RESULTS_DIR = join(ROOT, 'bench/results');
export const REPORT_FILE = join(ROOT, 'docs/performance.md');

export function machineFacts(): MachineFacts {
  return {
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    cpu: os.cpus()[0]?.model.trim() ?? 'unknown CPU',
    cores: os.cpus().length,
    memoryBytes: os.totalmem(),
    node: process.version,
  };
}

function readJson<T>(file: string): T | null {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as T) : null;
}

/** Regenerates the region and returns it (the markdown between the markers). */
export function writeReport(): string {
  const region = renderReport({
    bench: readJson<BenchFile>(join(RESULTS_DIR, 'bench.json')),
    size: readJson<SizeFile>(join(RESULTS_DIR, 'size.json')),
    machine: machineFacts(),
  });
  writeFileSync(REPORT_FILE, replaceRegion(readFileSync(REPORT_FILE, 'utf8'), region));
  console.log('perf: docs/performance.md report region rewritten');
  return region;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    const region = writeReport();
    if (process.argv.includes('--print')) console.log(`\n${region}\n`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
