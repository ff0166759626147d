// The supported floor is Chrome and Android WebView 100, Safari 15.4 and Firefox 100 (DESIGN.md):
// the old phones many villagers use. esbuild lowers newer *syntax* to that floor, but not newer
// library calls or CSS, and Chromium in the tests is far newer, so nothing else would notice
// a `toSorted()` or a `color-mix()` that an old WebView cannot run or draw. This reads our own
// sources (Lit, zod and d3 already target older browsers) for what the floor lacks.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { ROOT } from '../../scripts/build.js';

/** Calls the floor lacks, with the first versions that have them (Chrome / Safari / Firefox). */
const SCRIPT: [RegExp, string][] = [
  [/\.(toSorted|toReversed|toSpliced)\(/, 'change-array-by-copy: Chrome 110, Safari 16, Firefox 115'],
  [/\.findLast(Index)?\(/, 'findLast: Firefox 104'],
  [/\b(Object|Map)\.groupBy\b/, 'groupBy: Chrome 117'],
  [/\bPromise\.withResolvers\b/, 'Promise.withResolvers: Chrome 119'],
  [/\bAbortSignal\.(timeout|any)\b/, 'AbortSignal.timeout/any: Chrome 103/116, Safari 16'],
  [/\bArray\.fromAsync\b/, 'Array.fromAsync: Chrome 121'],
  [/\.(isWellFormed|toWellFormed)\(/, 'well-formed strings: Chrome 111'],
  [/\bURL\.(canParse|parse)\b/, 'URL.canParse/parse: Chrome 120/126'],
  [/\bIntl\.Segmenter\b/, 'Intl.Segmenter: Firefox 125'],
  [/\.(showPopover|hidePopover|togglePopover|checkVisibility)\(/, 'popover, checkVisibility: Chrome 114/105, Safari 17'],
  [/\.(symmetricDifference|isSubsetOf|isSupersetOf|isDisjointFrom)\(/, 'Set methods: Chrome 122'],
];

/**
 * CSS the floor cannot parse: the whole declaration would be dropped. A third entry matches the
 * `@supports` test that, in the same styles, gives the floor its own rule instead.
 */
const STYLE: [RegExp, string, RegExp?][] = [
  [/color-mix\(/, 'color-mix(): Chrome 111, Safari 16.2'],
  [/\b(oklch|oklab|lab|lch)\(/, 'CSS Color 4 spaces: Chrome 111'],
  [/light-dark\(/, 'light-dark(): Chrome 123'],
  [/:has\(/, ':has(): Chrome 105, Firefox 121'],
  [/\d(dvh|svh|lvh|dvw|svw|lvw)\b/, 'dynamic viewport units: Chrome 108'],
  [/@(scope|starting-style|property)\b/, '@scope / @starting-style / @property: Chrome 118/117, Firefox 128'],
  [/:user-(invalid|valid)\b/, ':user-invalid: Chrome 119'],
  [/\bsubgrid\b/, 'subgrid: Chrome 117'],
  [/field-sizing/, 'field-sizing: Chrome 123'],
  [/overflow(-[xy])?:\s*clip\b/, 'overflow: clip: Safari 16', /@supports \(overflow(-x)?:\s*clip\)/],
  [/(^|[{;]\s*)&/m, 'CSS nesting: Chrome 112, Safari 16.5'],
];
// Allowed on purpose: @container (Chrome 105, Safari 16): every widget's styles are narrow
// first, so an older browser shows the phone layout at any width, which works; text-wrap and
// content-visibility only refine what the floor already draws.

function sources(): { file: string; text: string }[] {
  return readdirSync(join(ROOT, 'src'), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(ts|css)$/.test(e.name))
    .map((e) => {
      const path = join(e.parentPath, e.name);
      return { file: relative(ROOT, path), text: readFileSync(path, 'utf8') };
    });
}

/** Code without its comments, so a comment may name what it avoids. */
const uncommented = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');

/** The CSS in a file: a .css file whole, else the contents of its css`…` templates. */
const styles = (file: string, text: string) =>
  file.endsWith('.css') ? [uncommented(text)] : [...uncommented(text).matchAll(/\bcss`([^`]*)`/g)].map((m) => m[1]!);

function findings(list: { file: string; text: string }[]): string[] {
  const found: string[] = [];
  for (const { file, text } of list) {
    const code = file.endsWith('.ts') ? uncommented(text) : '';
    for (const [re, what] of SCRIPT) if (re.test(code)) found.push(`${file}: ${what}`);
    for (const css of styles(file, text)) {
      for (const [re, what, guard] of STYLE) if (re.test(css) && !guard?.test(css)) found.push(`${file}: ${what}`);
    }
  }
  return found;
}

test('the check finds what the floor lacks, in script and in css`…` templates, not in comments', () => {
  const sample = [
    { file: 'a.ts', text: 'const x = list.toSorted(); // ok: list.findLast() in a comment' },
    { file: 'b.styles.ts', text: 'export const s = css`.a { fill: color-mix(in srgb, red 10%, transparent); } .b:has(> i) {}`;' },
    { file: 'c.ts', text: '/* AbortSignal.timeout() is Chrome 103 */ @property({ reflect: true }) src = "";' },
    { file: 'd.css', text: '.card { & .title { color: red; } }' },
    { file: 'e.css', text: '.a { overflow: hidden; } @supports (overflow-x: clip) { .a { overflow-x: clip; } }' },
    { file: 'f.css', text: '.a { overflow-x: clip; }' },
  ];
  assert.deepEqual(findings(sample), [
    'a.ts: change-array-by-copy: Chrome 110, Safari 16, Firefox 115',
    'b.styles.ts: color-mix(): Chrome 111, Safari 16.2',
    'b.styles.ts: :has(): Chrome 105, Firefox 121',
    'd.css: CSS nesting: Chrome 112, Safari 16.5',
    'f.css: overflow: clip: Safari 16',
  ]);
});

test('src/ uses nothing Chrome 100, Safari 15.4 or Firefox 100 lacks', () => {
  assert.deepEqual(findings(sources()), []);
});
