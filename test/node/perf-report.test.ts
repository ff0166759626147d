// The generated region of docs/performance.md: rows from hand-made results, and the marker
// replacement that must leave the hand-written parts of the file alone.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  BEGIN_MARKER,
  END_MARKER,
  renderReport,
  replaceRegion,
  type BenchFile,
  type MachineFacts,
  type SizeFile,
} from '../../bench/report.js';

const machine: MachineFacts = { os: 'Linux 6.1 x64', cpu: 'Test CPU', cores: 2, memoryBytes: 8e9, node: 'v20.20.2' };

const bench: BenchFile = {
  measuredAt: '2026-11-28T10:25:11.328Z',
  browser: 'Chromium 156',
  repeats: 15,
  warmup: 3,
  only: '',
  loadavg: [0.5, 0.25, 1],
  results: [
    { name: 'budget-chart-200', target: 16, n: 15, median: 13, min: 8.34, max: 40, within: true },
    { name: 'budget-chart-5000', target: 100, n: 15, median: 129.66, min: 80.4, max: 207.7, within: false },
    { name: 'validate-example', target: null, n: 15, median: 7.6, min: 4.6, max: 21.1, within: null },
    { name: 'scorecard-12-groups', target: 50, error: 'no element' },
    { name: 'brand-new-case', target: null, n: 3, median: 1, min: 1, max: 1, within: null },
  ],
  formReliability: { submissions: 100, arrived: 100, lost: 0, duplicated: 0 },
};

const size: SizeFile = {
  measuredAt: '2026-11-28T10:23:29.341Z',
  unit: 'bytes',
  loadavg: [2, 3, 4],
  rows: [
    { entry: 'budget-chart', minBytes: 156522, gzipBytes: 52441, targetKb: 30, within: false },
    { entry: 'all-in-one', minBytes: 70000, gzipBytes: 25000, targetKb: 80, within: true },
    { entry: 'core (alone)', minBytes: 86055, gzipBytes: 29243, targetKb: null, within: null },
  ],
};

const lines = (md: string) => md.split('\n');
/** The table lines under a `### title` heading. */
function section(md: string, title: string): string[] {
  const all = lines(md);
  const start = all.indexOf(`### ${title}`);
  assert.ok(start >= 0, `no section ${title}`);
  const rows: string[] = [];
  for (const line of all.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(line);
  }
  return rows.slice(2); // without the header and the alignment row
}

test('a widget table holds its size and its cases against their targets: within, over, info', () => {
  const md = renderReport({ bench, size, machine });
  assert.deepEqual(section(md, '`<kpm-budget-chart>`'), [
    '| budget-chart size, gzip (minified 156.5 kB) | 52.4 kB | – | – | – | ≤ 30 kB | **over** |',
    '| budget-chart-200 | 13.0 ms | 8.3 ms | 40.0 ms | 15 | ≤ 16 ms | within |',
    '| budget-chart-5000 | 129.7 ms | 80.4 ms | 207.7 ms | 15 | ≤ 100 ms | **over** |',
  ]);
  // validate-* belongs with <kpm-data>; a case without a target is info.
  assert.deepEqual(section(md, '`<kpm-data>` and schema validation'), [
    '| validate-example | 7.6 ms | 4.6 ms | 21.1 ms | 15 | – | info |',
  ]);
  assert.deepEqual(section(md, 'All widgets in one script, and the shared parts'), [
    '| all-in-one size, gzip (minified 70.0 kB) | 25.0 kB | – | – | – | ≤ 80 kB | within |',
    '| core (alone) size, gzip (minified 86.1 kB) | 29.2 kB | – | – | – | – | info |',
  ]);
});

test('a case that could not run, the reliability counts and an unknown case are reported', () => {
  const md = renderReport({ bench, size, machine });
  assert.deepEqual(section(md, '`<kpm-scorecard>`'), ['| scorecard-12-groups | – | – | – | 0 | ≤ 50 ms | error: no element |']);
  assert.deepEqual(section(md, '`<kpm-participation-form>`'), [
    '| form-reliability (100 submissions, receiver flipping) | 100 arrived, 0 lost, 0 duplicated | – | – | – | 100 / 0 / 0 | within |',
  ]);
  assert.deepEqual(section(md, 'Other'), ['| brand-new-case | 1.0 ms | 1.0 ms | 1.0 ms | 3 | – | info |']);
});

test('dates, load averages and the machine are stated; the last line counts what is over', () => {
  const md = renderReport({ bench, size, machine });
  assert.ok(md.includes('| render (`npm run bench`) | 2026-11-28 10:25 UTC | 0.50 / 0.25 / 1.00 | median of 15 after 3 warm-ups; Chromium 156 |'));
  assert.ok(md.includes('| size (`npm run size`) | 2026-11-28 10:23 UTC | 2.00 / 3.00 / 4.00 |'));
  assert.ok(md.includes('Machine: Linux 6.1 x64, Test CPU × 2 cores, 8.0 GB memory, Node v20.20.2.'));
  assert.equal(
    lines(md).at(-1),
    '**Over target: 2** of 5 measurements with a target (budget-chart size, budget-chart-5000). Could not run: 1 (scorecard-12-groups).',
  );
});

test('a missing size file: the size part says to run npm run size, the bench rows stay', () => {
  const md = renderReport({ bench, size: null, machine });
  assert.ok(md.includes('| size | not measured yet: run `npm run size` | – | – |'));
  assert.deepEqual(section(md, '`<kpm-budget-chart>`'), [
    '| budget-chart-200 | 13.0 ms | 8.3 ms | 40.0 ms | 15 | ≤ 16 ms | within |',
    '| budget-chart-5000 | 129.7 ms | 80.4 ms | 207.7 ms | 15 | ≤ 100 ms | **over** |',
  ]);
  assert.ok(!md.includes('### All widgets in one script'));
});

test('a missing bench file: the render part says to run npm run bench, the size rows stay', () => {
  const md = renderReport({ bench: null, size, machine });
  assert.ok(md.includes('| render | not measured yet: run `npm run bench` | – | – |'));
  assert.deepEqual(section(md, '`<kpm-budget-chart>`'), [
    '| budget-chart size, gzip (minified 156.5 kB) | 52.4 kB | – | – | – | ≤ 30 kB | **over** |',
  ]);
  assert.ok(!md.includes('### `<kpm-participation-form>`'));
  assert.equal(lines(md).at(-1), '**Over target: 1** of 2 measurements with a target (budget-chart size).');
});

test('neither file: both parts say not measured, and no widget tables', () => {
  const md = renderReport({ bench: null, size: null, machine });
  assert.ok(md.includes('not measured yet: run `npm run bench`') && md.includes('not measured yet: run `npm run size`'));
  assert.ok(!md.includes('###'));
});

test('a results file without load average (written before it was recorded) says so', () => {
  const { loadavg: _, ...old } = size;
  assert.ok(renderReport({ bench: null, size: old, machine }).includes('| 2026-11-28 10:23 UTC | not recorded |'));
});

const intro = '# Performance\n\nHow fast the widgets are.\n\n';
const rest = '## Machine\n\n| date |\n|---|\n| hand-written |\n';

test('replaceRegion swaps only what is between the markers', () => {
  const doc = `${intro}${BEGIN_MARKER}\nold numbers\n${END_MARKER}\n\n${rest}`;
  assert.equal(replaceRegion(doc, 'new numbers'), `${intro}${BEGIN_MARKER}\nnew numbers\n${END_MARKER}\n\n${rest}`);
  // Running it twice gives the same file.
  const once = replaceRegion(doc, 'x');
  assert.equal(replaceRegion(once, 'x'), once);
});

test('without markers the region is inserted after the intro, before the first ## heading', () => {
  assert.equal(replaceRegion(intro + rest, 'numbers'), `${intro}${BEGIN_MARKER}\nnumbers\n${END_MARKER}\n\n${rest}`);
  assert.equal(replaceRegion('# Performance\n', 'numbers'), `# Performance\n\n${BEGIN_MARKER}\nnumbers\n${END_MARKER}\n`);
});

test('only one marker is an error rather than a guess', () => {
  assert.throws(() => replaceRegion(`${intro}${BEGIN_MARKER}\n${rest}`, 'x'), /only one of the report markers/);
  assert.throws(() => replaceRegion(`${END_MARKER}\n${BEGIN_MARKER}\n`, 'x'), /out of order/);
});
