// custom-elements.json is committed so editors and catalogues read it from the package; it is
// generated, so it must equal what the analyzer makes of the sources now, and it must carry
// every element's public API (its attributes and events), not just its name.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { ROOT, widgetNames } from '../../scripts/build.js';
import { MANIFEST_FILE, generateManifest } from '../../scripts/gen-manifest.js';

interface Declaration {
  kind: string;
  name: string;
  tagName?: string;
  customElement?: boolean;
  attributes?: { name: string }[];
  events?: { name: string }[];
}
interface Manifest {
  modules: { path: string; declarations?: Declaration[] }[];
}

const committed = readFileSync(join(ROOT, MANIFEST_FILE), 'utf8');
const manifest = JSON.parse(committed) as Manifest;
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  customElements?: string;
  files: string[];
};

function elements(): Map<string, Declaration> {
  const byTag = new Map<string, Declaration>();
  for (const mod of manifest.modules) {
    for (const decl of mod.declarations ?? []) {
      if (decl.customElement && decl.tagName) byTag.set(decl.tagName, decl);
    }
  }
  return byTag;
}

test('the committed manifest equals a fresh generation (run `npm run gen:manifest`)', async () => {
  const fresh = await generateManifest();
  if (fresh === committed) return;
  // Name the first line that differs: the whole 370 kB file in an assertion is unreadable.
  const a = fresh.split('\n');
  const b = committed.split('\n');
  const at = a.findIndex((line, i) => line !== b[i]);
  const line = at < 0 ? Math.min(a.length, b.length) : at;
  assert.fail(
    `custom-elements.json differs from a fresh generation at line ${line + 1} (${a.length} vs ${b.length} lines):\n` +
      `fresh:     ${a.slice(Math.max(0, line - 3), line + 3).join('\n           ')}\n` +
      `committed: ${b.slice(Math.max(0, line - 3), line + 3).join('\n           ')}`,
  );
});

test('package.json points tools at the manifest and publishes it', () => {
  assert.equal(pkg.customElements, MANIFEST_FILE);
  assert.ok(pkg.files.includes(MANIFEST_FILE), `"files" leaves out ${MANIFEST_FILE}`);
});

test('the manifest lists exactly the elements the widget folders define', () => {
  const expected = widgetNames()
    .map((w) => (w.startsWith('kpm-') ? w : `kpm-${w}`))
    .sort();
  assert.deepEqual([...elements().keys()].sort(), expected);
  assert.equal(expected.length, 6);
});

test('each element lists its attributes and its events', () => {
  // One attribute and one event each element's documentation promises, plus the shared ones.
  const promised: Record<string, { attributes: string[]; events: string[] }> = {
    'kpm-data': { attributes: ['src', 'timeout', 'max-bytes'], events: ['kpm-data-load', 'kpm-error'] },
    'kpm-budget-chart': { attributes: ['src', 'view', 'year', 'version', 'as-of'], events: ['kpm-error', 'kpm-ready'] },
    'kpm-program-timeline': { attributes: ['src', 'view', 'group', 'zoom'], events: ['kpm-select', 'kpm-filter', 'kpm-error', 'kpm-ready'] },
    'kpm-scorecard': { attributes: ['src', 'group', 'mode'], events: ['kpm-change', 'kpm-submit', 'kpm-error', 'kpm-ready'] },
    'kpm-participation-form': { attributes: ['src', 'view', 'endpoint', 'encoding'], events: ['kpm-submit', 'kpm-sent', 'kpm-queued', 'kpm-error'] },
    'kpm-partner-map': { attributes: ['src', 'view', 'boundaries', 'color-by'], events: ['kpm-select', 'kpm-filter', 'kpm-error', 'kpm-ready'] },
  };
  const found = elements();
  for (const [tag, expected] of Object.entries(promised)) {
    const decl = found.get(tag);
    assert.ok(decl, `${tag} is missing from the manifest`);
    const attributes = new Set((decl.attributes ?? []).map((a) => a.name));
    const events = new Set((decl.events ?? []).map((e) => e.name));
    assert.deepEqual(expected.attributes.filter((a) => !attributes.has(a)), [], `${tag}: attributes missing`);
    assert.deepEqual(expected.events.filter((e) => !events.has(e)), [], `${tag}: events missing`);
    // The analyzer turns `new CustomEvent(name)` into an event called `name`; only real ones belong here.
    assert.deepEqual([...events].filter((e) => !e.startsWith('kpm-')), [], `${tag}: non-events listed`);
  }
});
