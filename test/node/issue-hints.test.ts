// Every issue code the validator and the importers can write has a fix hint (shown by the
// builder and listed in docs/data-schema.md), and no hint is left for a code nothing writes.
// The codes are read from the source, so a new rule without a hint fails here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ISSUE_HINTS } from '../../src/schema/issue-hints.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join(root, dir, f));
}

/** Codes zod itself reports; src/schema/messages.ts passes them through with its own wording. */
const ZOD_CODES = ['invalid_type', 'invalid_value', 'invalid_format', 'invalid_union', 'too_small', 'too_big'];

function codesInSource(): Set<string> {
  const codes = new Set<string>();
  const files = [...sources('src/schema'), join(root, 'src/pages/builder/import-run.ts')];
  for (const file of files) {
    if (file.endsWith('issue-hints.ts')) continue;
    const text = readFileSync(file, 'utf8');
    // makeIssue(path, 'severity', 'code', …), possibly over several lines
    for (const m of text.matchAll(/makeIssue\(\s*[^;]*?,\s*'(?:error|warning|info)',\s*'([a-z0-9_]+)'/g)) codes.add(m[1]!);
    // { …, code: 'x' } issue objects, and the deadline table of rules/timing.ts
    for (const m of text.matchAll(/\bcode: '([a-z0-9_]+)'/g)) codes.add(m[1]!);
    // the importers' cells.fail(column, 'csv_…') / cells.report(column, severity, 'csv_…')
    for (const m of text.matchAll(/'(csv_[a-z0-9_]+)'/g)) codes.add(m[1]!);
    // `csv_${reason}` for each CellProblem of import/cell-values.ts
    const problems = /export type CellProblem = ([^;]+);/.exec(text);
    if (problems) for (const m of problems[1]!.matchAll(/'([a-z0-9_]+)'/g)) codes.add(`csv_${m[1]}`);
  }
  return codes;
}

test('the source scan finds the codes it should (a guard on the scan itself)', () => {
  const codes = codesInSource();
  for (const code of ['dangling_reference', 'rkpdes_late', 'csv_fraction', 'csv_unknown_dusun', 'json_syntax', 'period_reversed', 'required', 'siltap_over_30']) {
    assert.ok(codes.has(code), `the scan missed ${code}`);
  }
});

test('every issue code written in src/schema and the builder importer has a hint in both languages', () => {
  const missing = [...codesInSource()].filter((code) => !Object.hasOwn(ISSUE_HINTS, code)).sort();
  assert.deepEqual(missing, [], `add a hint to src/schema/issue-hints.ts for: ${missing.join(', ')}`);
  for (const [code, hint] of Object.entries(ISSUE_HINTS)) {
    assert.ok(hint.id.trim() && hint.en.trim() && hint.id !== hint.en, `${code}: both languages, different texts`);
  }
});

test('no hint is left for a code nothing writes', () => {
  const written = new Set([...codesInSource(), ...ZOD_CODES]);
  const stale = Object.keys(ISSUE_HINTS).filter((code) => !written.has(code)).sort();
  assert.deepEqual(stale, [], `codes with a hint but no writer: ${stale.join(', ')}`);
});
