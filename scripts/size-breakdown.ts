// Where a widget's standalone bytes come from: builds the same one-file bundle as
// `npm run size` (scripts/size.ts) but with a source map, and attributes every minified byte
// to the source file (or package) it came from. The gzip column estimates each origin's share
// of the gzipped bundle: each origin's bytes are gzipped alone and the bundle's real gzip size
// is split in proportion (gzip works across origins, so it is a share, not an exact figure).
//
//   node --import tsx scripts/size-breakdown.ts [widget …] [--top N] [--by package]
//
// Widgets are folder names under src/widgets, or `all-in-one`; none means every widget.
import { gzipSync } from 'node:zlib';
import { relative } from 'node:path';
import { decode } from '@jridgewell/sourcemap-codec';
import { build } from 'vite';
import { printTable } from '../bench/table.js';
import { libraryEntries, ONE_SCRIPT_ENTRY, ROOT, standaloneConfig, widgetNames } from './build.js';

interface Origin {
  name: string;
  bytes: number;
  text: string[];
}

interface Breakdown {
  entry: string;
  minBytes: number;
  gzipBytes: number;
  rows: Array<{ name: string; minBytes: number; gzipShare: number }>;
}

/** `node_modules/lit-html/…` → `lit-html`; `src/schema/rules/kode.ts` stays as it is. */
function originOf(source: string | null, byPackage: boolean): string {
  if (source === null) return '(unmapped: bundle wrapper, helpers)';
  const path = relative(ROOT, source.replace(/^\0/, '').replace(/\?.*$/, '')).replace(/\\/g, '/');
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (pkg) {
    const name = pkg[1]!;
    if (/^(lit|lit-html|lit-element|@lit\/.*)$/.test(name)) return byPackage ? 'lit (all packages)' : `lit: ${name}`;
    return name;
  }
  if (!byPackage) return path;
  const parts = path.split('/');
  // src/widgets/<name>, src/schema/<area>, src/core, src/model
  if (parts[1] === 'widgets') return parts.slice(0, 3).join('/');
  if (parts[1] === 'schema' && parts.length > 3) return parts.slice(0, 3).join('/');
  if (parts[1] === 'schema' && parts.length === 3) return 'src/schema/*.ts';
  return parts.slice(0, 2).join('/');
}

export async function breakdown(entry: string, file: string, byPackage = false): Promise<Breakdown> {
  const config = standaloneConfig(file, { write: false });
  config.build!.sourcemap = true;
  const result = await build(config);
  const outputs = Array.isArray(result) ? result : [result];
  const chunks = outputs
    .flatMap((o) => ('output' in o ? o.output : []))
    .filter((c) => c.type === 'chunk');
  const origins = new Map<string, Origin>();
  const add = (name: string, text: string) => {
    const origin = origins.get(name) ?? { name, bytes: 0, text: [] };
    origin.bytes += Buffer.byteLength(text);
    origin.text.push(text);
    origins.set(name, origin);
  };
  let code = '';
  for (const chunk of chunks) {
    code += chunk.code;
    const map = chunk.map;
    if (!map) throw new Error(`no source map for ${chunk.fileName}`);
    const sources = map.sources.map((s: string) => (s ? new URL(s, `file://${ROOT}/dist/`).pathname : null));
    const lines = chunk.code.split('\n');
    const mappings = decode(map.mappings as string);
    // Lines inside a multi-line template literal (Lit's css`` and html``) have no mappings of
    // their own: they belong to the source that opened the literal.
    let current: string | null = null;
    lines.forEach((line, li) => {
      const segments = mappings[li] ?? [];
      let column = 0;
      const flush = (to: number) => {
        if (to > column) add(originOf(current, byPackage), line.slice(column, to));
        column = to;
      };
      for (const segment of segments) {
        flush(segment[0]);
        // An unmapped segment is mostly punctuation the minifier put between two mapped ones:
        // it belongs with the code before it.
        if (segment.length > 1) current = sources[segment[1]!] ?? null;
      }
      flush(line.length + 1);
    });
  }
  const gzipBytes = gzipSync(Buffer.from(code), { level: 9 }).length;
  const alone = [...origins.values()].map((o) => ({
    origin: o,
    gz: gzipSync(Buffer.from(o.text.join('')), { level: 9 }).length,
  }));
  const gzSum = alone.reduce((s, a) => s + a.gz, 0);
  const rows = alone
    .map(({ origin, gz }) => ({ name: origin.name, minBytes: origin.bytes, gzipShare: (gz / gzSum) * gzipBytes }))
    .sort((a, b) => b.gzipShare - a.gzipShare);
  return { entry, minBytes: Buffer.byteLength(code), gzipBytes, rows };
}

function print(b: Breakdown, top: number): void {
  const kb = (n: number) => (n / 1000).toFixed(1);
  console.log(`\n${b.entry}: ${kb(b.minBytes)} kB min, ${kb(b.gzipBytes)} kB gz`);
  printTable(
    [
      ['origin', 'min kB', '≈ gz kB', 'share'],
      ...b.rows.slice(0, top).map((r) => [
        r.name,
        kb(r.minBytes),
        kb(r.gzipShare),
        `${((r.gzipShare / b.gzipBytes) * 100).toFixed(1)} %`,
      ]),
    ],
    [0],
  );
  const rest = b.rows.slice(top);
  if (rest.length) {
    const gz = rest.reduce((s, r) => s + r.gzipShare, 0);
    console.log(`… ${rest.length} more origins, ≈ ${kb(gz)} kB gz together`);
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const topAt = args.indexOf('--top');
  const top = topAt >= 0 ? Number(args[topAt + 1]) : 30;
  const byAt = args.indexOf('--by');
  const byPackage = byAt >= 0 && args[byAt + 1] === 'package';
  const skip = new Set([topAt + 1, byAt + 1].filter((i) => i > 0));
  const asked = args.filter((a, i) => !a.startsWith('--') && !skip.has(i));
  const entries = libraryEntries();
  const names = asked.length ? asked : widgetNames();
  for (const name of names) {
    const file = name === 'all-in-one' ? ONE_SCRIPT_ENTRY : entries[`widgets/${name}/index`];
    if (!file) throw new Error(`no entry for ${name}`);
    print(await breakdown(name, file, byPackage), top);
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
