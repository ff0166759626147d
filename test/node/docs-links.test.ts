// Every relative link and image in the README and docs/ points at a file that exists, so the
// operator guide never shows a broken screenshot or sends a reader to a moved page.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { ROOT } from '../../scripts/build.js';

const PAGES = ['README.md', ...readdirSync(join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];

/** Markdown link and image targets that are paths in this repository (not URLs or anchors). */
function localTargets(markdown: string): string[] {
  const targets = [...markdown.matchAll(/!?\[[^\]]*\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map((m) => m[1]);
  return targets.filter((t) => !/^[a-z][a-z0-9+.-]*:/i.test(t) && !t.startsWith('#')).map((t) => t.split('#')[0]);
}

for (const page of PAGES) {
  test(`${page}: every local link and image exists`, () => {
    const text = readFileSync(join(ROOT, page), 'utf8');
    const missing = localTargets(text).filter((t) => !existsSync(join(ROOT, dirname(page), decodeURIComponent(t))));
    assert.deepEqual(missing, []);
  });
}

test('the operator guide shows every screenshot the screenshot script takes', () => {
  const script = readFileSync(join(ROOT, 'scripts/guide-screenshots.ts'), 'utf8');
  const shots = [...new Set([...script.matchAll(/'(\d\d-[a-z-]+\.png)'/g)].map((m) => m[1]))];
  assert.ok(shots.length >= 7, `found ${shots.length} screenshot names in the script`);
  for (const guide of ['docs/panduan-operator-desa.md', 'docs/operator-guide.md']) {
    const text = readFileSync(join(ROOT, guide), 'utf8');
    assert.deepEqual(shots.filter((s) => !text.includes(`img/panduan/${s}`)), [], guide);
  }
});
