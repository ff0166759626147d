// `npm run size`: how many bytes a page downloads for each widget alone (Lit and its share of
// core and schema inlined, minified, gzipped), for all of them in one script, and for core and
// schema alone. A report by default; `--gate` exits 1 when an entry is over its target;
// `--ceiling` exits 1 when an entry grew past its ceiling in bench/size-ceiling.json (the
// sizes as they are, plus a little: until the targets are met, CI stops them growing).
// Targets are DESIGN.md's; 1 kB = 1000 bytes. Writes bench/results/size.json, then the
// generated report region of docs/performance.md (bench/write-report.ts).
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import type { SizeRow } from '../bench/report.js';
import { pastCeiling, readCeilings } from '../bench/size-ceiling.js';
import { printTable } from '../bench/table.js';
import { writeReport } from '../bench/write-report.js';
import { autoloadConfig, libraryEntries, ONE_SCRIPT_ENTRY, ROOT, standaloneConfig, widgetNames } from './build.js';

const WIDGET_TARGET_KB = 30;
const TARGET_KB: Record<string, number> = { 'partner-map': 40, 'all-in-one': 80 };

async function bundledCode(entry: string): Promise<string> {
  const result = await build(standaloneConfig(entry, { write: false }));
  const outputs = Array.isArray(result) ? result : [result];
  const chunks = outputs.flatMap((o) => ('output' in o ? o.output : []));
  return chunks.map((c) => (c.type === 'chunk' ? c.code : '')).join('');
}

async function measure(entry: string, file: string, targetKb: number | null): Promise<SizeRow> {
  const code = Buffer.from(await bundledCode(file));
  const gzipBytes = gzipSync(code, { level: 9 }).length;
  return {
    entry,
    minBytes: code.length,
    gzipBytes,
    targetKb,
    within: targetKb === null ? null : gzipBytes <= targetKb * 1000,
  };
}

/** The suffix of the rows that measure a widget through dist/autoload/ (scripts/build.ts). */
const ON_DEMAND = ' (on demand)';

/**
 * What a page with only this widget downloads from the on-demand build: kpm-autoload.js, the
 * widget's chunk and every chunk those import statically (not the ones imported on use, like
 * the CSV importer). Each file is gzipped alone, as a server sends it. Report only (no target):
 * the targets are for the widget's standalone bundle above.
 */
async function measureOnDemand(): Promise<SizeRow[]> {
  const result = await build(autoloadConfig({ write: false }));
  const outputs = Array.isArray(result) ? result : [result];
  const chunks = outputs.flatMap((o) => ('output' in o ? o.output : [])).filter((c) => c.type === 'chunk');
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const loader = chunks.find((c) => c.isEntry);
  if (!loader) throw new Error('the on-demand build has no entry chunk');
  const rows: SizeRow[] = [];
  for (const widget of widgetNames()) {
    const chunk = chunks.find((c) => c.facadeModuleId?.replace(/\\/g, '/').endsWith(`/src/widgets/${widget}/index.ts`));
    if (!chunk) continue;
    const files = new Set<string>([loader.fileName]);
    const queue = [chunk.fileName];
    while (queue.length) {
      const name = queue.pop()!;
      if (files.has(name)) continue;
      files.add(name);
      queue.push(...(byName.get(name)?.imports ?? []));
    }
    const codes = [...files].map((f) => Buffer.from(byName.get(f)!.code));
    rows.push({
      entry: `${widget}${ON_DEMAND}`,
      minBytes: codes.reduce((sum, c) => sum + c.length, 0),
      gzipBytes: codes.reduce((sum, c) => sum + gzipSync(c, { level: 9 }).length, 0),
      targetKb: null,
      within: null,
    });
  }
  return rows;
}

function report(rows: SizeRow[]): void {
  const kb = (bytes: number) => (bytes / 1000).toFixed(1);
  printTable(
    [
      ['entry', 'min kB', 'gzip kB', 'target', 'status'],
      ...rows.map((r) => [
        r.entry,
        kb(r.minBytes),
        kb(r.gzipBytes),
        r.targetKb === null ? '-' : `≤ ${r.targetKb} kB gz`,
        r.within === null ? 'info' : r.within ? 'within' : 'OVER',
      ]),
    ],
    [0, 4],
  );
}

async function main(): Promise<void> {
  const gate = process.argv.includes('--gate');
  const ceilingGate = process.argv.includes('--ceiling');
  // Taken before our own builds add to it: it tells how busy the machine was with other work.
  const loadAtStart = loadavg();
  const entries = libraryEntries();
  const rows: SizeRow[] = [];
  for (const widget of widgetNames()) {
    const file = entries[`widgets/${widget}/index`];
    rows.push(await measure(widget, file, TARGET_KB[widget] ?? WIDGET_TARGET_KB));
  }
  rows.push(await measure('all-in-one', ONE_SCRIPT_ENTRY, TARGET_KB['all-in-one']));
  rows.push(...(await measureOnDemand()));
  for (const name of ['core', 'schema']) {
    const file = entries[`${name}/index`];
    if (file) rows.push(await measure(`${name} (alone)`, file, null));
  }
  report(rows);

  const outDir = join(ROOT, 'bench/results');
  mkdirSync(outDir, { recursive: true });
  writeFileSync(
    join(outDir, 'size.json'),
    `${JSON.stringify({ measuredAt: new Date().toISOString(), unit: 'bytes', loadavg: loadAtStart, rows }, null, 2)}\n`,
  );
  writeReport();
  const over = rows.filter((r) => r.within === false);
  console.log(
    over.length === 0
      ? 'size: every entry is within its target'
      : `size: ${over.length} over target (${over.map((r) => r.entry).join(', ')})${gate ? '' : ' — report only; --gate makes this fail'}`,
  );
  if (ceilingGate) {
    const grown = pastCeiling(rows, readCeilings());
    for (const line of grown) console.log(`size: past its ceiling: ${line}`);
    if (grown.length > 0) {
      console.log('size: make it smaller, or raise bench/size-ceiling.json in the same commit and say why');
      process.exit(1);
    }
    console.log('size: no entry grew past its ceiling (bench/size-ceiling.json)');
  }
  if (gate && over.length > 0) process.exit(1);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
