import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import puppeteer from 'puppeteer-core';
import ts from 'typescript';
import { ROOT } from '../../scripts/build.js';
import { CHROME_ARGS, findChrome } from '../../scripts/find-chrome.mjs';
import { minifyCssParts, minifyCssTemplates } from '../../scripts/minify-css.js';

/** One template without interpolations. */
const min = (css: string) => minifyCssParts([css])[0];

test('drops comments, indentation and the spaces around { } ; , > and the last ;', () => {
  const src = `
    /* The host. */
    :host {
      display: block;
      color: var(--x, #fff) !important;
    }
    .a .b > .c, .d { margin: 0 auto; }
  `;
  assert.equal(min(src), ':host{display:block;color:var(--x,#fff)!important}.a .b>.c,.d{margin:0 auto}');
});

test('keeps the space of a descendant combinator, before a colon and before a parenthesis', () => {
  assert.equal(min('.a .b { x: 1 }'), '.a .b{x:1}');
  assert.equal(min('.panel :focus-visible { outline: 0 }'), '.panel :focus-visible{outline:0}');
  assert.equal(min('.a:not(.b) :is(.c, .d) .e { x: 1 }'), '.a:not(.b) :is(.c,.d) .e{x:1}');
  assert.equal(min('.a\n  .b\t.c { x: 1 }'), '.a .b .c{x:1}');
  assert.equal(min('.a + .b ~ .c { x: 1 }'), '.a + .b ~ .c{x:1}');
});

test(':host() and :host-context() selectors', () => {
  assert.equal(
    min(':host([hidden]) { display: none; }\n:host( .compact ) .row, :host([dir="rtl"]) { gap: 0; }'),
    ':host([hidden]){display:none}:host(.compact) .row,:host([dir="rtl"]){gap:0}',
  );
});

test('calc() keeps the spaces around + - * /, and values keep theirs', () => {
  assert.equal(
    min('.a { width: calc(100% - 2 * var(--s)); height: calc(1px + 2em); padding: calc(var(--s) / 2) 0; }'),
    '.a{width:calc(100% - 2 * var(--s));height:calc(1px + 2em);padding:calc(var(--s) / 2) 0}',
  );
  assert.equal(min('.a { grid-column: 1 / -1; margin: -1px 0 0 -2px; }'), '.a{grid-column:1 / -1;margin:-1px 0 0 -2px}');
  assert.equal(min('.a { border: 1px solid red ; }'), '.a{border:1px solid red}');
});

test('!important keeps working', () => {
  assert.equal(min(':host { color: red !important ; font: inherit  !important }'), ':host{color:red!important;font:inherit!important}');
});

test('strings and attribute selectors are copied as they are', () => {
  assert.equal(
    min(`button[aria-pressed='true'] .x::before { content: '  a  /* not a comment */ b ; } '; }`),
    `button[aria-pressed='true'] .x::before{content:'  a  /* not a comment */ b ; } '}`,
  );
  assert.equal(
    min(`.a { font-family: "Segoe UI" , 'Noto Sans', sans-serif; quotes: "\\201C" "\\201D"; }`),
    `.a{font-family:"Segoe UI",'Noto Sans',sans-serif;quotes:"\\201C" "\\201D"}`,
  );
  // A CSS-escaped quote (a JavaScript \\\\ then the quote) does not end the string.
  assert.equal(min(String.raw`.a::after { content: 'it\\'s  here'; }`), String.raw`.a::after{content:'it\\'s  here'}`);
  // A JavaScript-escaped quote (\') is a plain quote in the CSS: it ends the string.
  assert.equal(min(String.raw`.a::after { content: \'x\' ; }`), String.raw`.a::after{content:\'x\'}`);
});

test('@media, @container, @supports and @keyframes', () => {
  assert.equal(
    min(`
      @media (forced-colors: active) and (min-width: 30rem) {
        .a { color: CanvasText; }
      }
      @media screen and (prefers-reduced-motion: reduce) { .b { animation: none; } }
      @container axis (max-width: 12.5rem) { .dense .minor { font-size: 0; } }
      @container (min-width: 36rem) { .row > .flag { grid-column: 1 / -1; } }
      @supports not (display: grid) { .c { float: left } }
      @keyframes shimmer { from { opacity: 0 } 50% { opacity: .5 } to { background-position: -200% 0; } }
      @media (width >= 40rem) { .d { x: 1 } }
    `),
    '@media (forced-colors:active) and (min-width:30rem){.a{color:CanvasText}}' +
      '@media screen and (prefers-reduced-motion:reduce){.b{animation:none}}' +
      '@container axis (max-width:12.5rem){.dense .minor{font-size:0}}' +
      '@container (min-width:36rem){.row>.flag{grid-column:1 / -1}}' +
      '@supports not (display:grid){.c{float:left}}' +
      '@keyframes shimmer{from{opacity:0}50%{opacity:.5}to{background-position:-200% 0}}' +
      '@media (width>= 40rem){.d{x:1}}',
  );
});

test('custom properties: lists lose their spaces, an empty value keeps one', () => {
  assert.equal(
    min(`:host { --_font: var(--kpm-font-family, system-ui, 'Segoe UI', sans-serif); --_col: minmax(12rem, 2fr); --empty: ; }`),
    `:host{--_font:var(--kpm-font-family,system-ui,'Segoe UI',sans-serif);--_col:minmax(12rem,2fr);--empty: }`,
  );
});

test('escapes: a hex escape keeps the space that ends it, an escaped colon stays a character', () => {
  // As written in a template: \\ is one backslash for CSS.
  assert.equal(min(String.raw`.\\31 0 .b { x: 1 }`), String.raw`.\\31 0 .b{x:1}`);
  assert.equal(min(String.raw`.md\\: .b { x: 1 }`), String.raw`.md\\: .b{x:1}`);
  assert.equal(min(String.raw`.a\\ b { x: 1 }`), String.raw`.a\\ b{x:1}`);
});

test('unquoted url() is copied as it is; comments between two words leave an empty comment', () => {
  assert.equal(
    min('.a { background: url(data:image/svg+xml;utf8,a/*b*/c) no-repeat; b: url( "x.png" ); }'),
    '.a{background:url(data:image/svg+xml;utf8,a/*b*/c) no-repeat;b:url("x.png")}',
  );
  assert.equal(min('.a/**/.b { margin: 1px/* x */2px; padding: 1px /* x */ 2px; }'), '.a/**/.b{margin:1px/**/2px;padding:1px 2px}');
});

test('interpolations: each static part keeps its boundaries and the spaces that may matter', () => {
  // css`  .a { color: ${c}; }  ${nested}  .b ${sel} { x: 1 }  `
  assert.deepEqual(minifyCssParts(['\n  .a {\n    color: ', ';\n  }\n  ', '\n  .b ', ' { x: 1 }\n']), [
    '.a{color:',
    '}',
    ' .b ',
    '{x:1}',
  ]);
  // ${a} ${b}: the space between two interpolations stays; none is added where there was none.
  assert.deepEqual(minifyCssParts(['', ' ', '', '']), ['', ' ', '', '']);
  assert.deepEqual(minifyCssParts(['.a', '.b { margin: ', 'px ', 'px }']), ['.a', '.b{margin:', 'px ', 'px}']);
  // calc(${a} + ${b}) and a selector list around an interpolation.
  assert.deepEqual(minifyCssParts(['.x { width: calc(', ' + ', '); }\n', ' , .y {}']), [
    '.x{width:calc(',
    ' + ',
    ')}',
    ',.y{}',
  ]);
});

test('a string or a comment split by an interpolation continues in the next part', () => {
  assert.deepEqual(minifyCssParts([".a::after { content: '  ", "  x  ' ; }"]), [".a::after{content:'  ", "  x  '}"]);
  assert.deepEqual(minifyCssParts(['.a { /* keep ', ' this */ color: red }']), ['.a{/* keep ', ' this */ color:red}']);
});

test('only css`` templates change: html`` and other tags keep their whitespace', () => {
  const src = [
    "import { css, html } from 'lit';",
    'const styles = css`',
    '  .a  >  .b { color: red; }',
    '`;',
    'const view = html`<p>  two  spaces  </p>',
    '  <b> x </b>`;',
    'const other = String.raw`  a  {  }  `;',
    'const nested = css`.a { ${css`  .b { x: 1 }  `} }`;',
    'export { styles, view, other, nested };',
  ].join('\n');
  assert.equal(
    minifyCssTemplates(src),
    [
      "import { css, html } from 'lit';",
      'const styles = css`.a>.b{color:red}`',
      '',
      ';',
      'const view = html`<p>  two  spaces  </p>',
      '  <b> x </b>`;',
      'const other = String.raw`  a  {  }  `;',
      'const nested = css`.a{${css`.b{x:1}`}}`;',
      'export { styles, view, other, nested };',
    ].join('\n'),
  );
});

test('a template keeps the lines of the code below it (source maps stay right)', () => {
  const file = 'src/widgets/kpm-data/kpm-data.ts';
  const code = readFileSync(file, 'utf8');
  const out = minifyCssTemplates(code, file);
  assert.notEqual(out, code);
  assert.equal(out.split('\n').length, code.split('\n').length);
  const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;
  assert.equal(lineOf(out, 'reload(): void'), lineOf(code, 'reload(): void'));
  assert.ok(out.includes('static override styles = css`:host{display:block}:host([hidden]){display:none}`'));
});

test('the real styles lose their comments and indentation and keep every rule', () => {
  const file = 'src/core/theme.ts';
  const code = readFileSync(file, 'utf8');
  const out = minifyCssTemplates(code, file);
  assert.ok(out.length < code.length * 0.85, `${out.length} of ${code.length}`);
  assert.ok(!/css`[^`]*\/\*/.test(out), 'a comment is left in a css`` template');
  for (const text of ['@media (forced-colors:active){', '.skeleton .bar:nth-child(1){', 'calc(var(--_space) * 1.5)', 'footer>*{']) {
    assert.ok(out.includes(text), text);
  }
});

/** The text Lit receives from each css`` template of a module without interpolations. */
function cssTexts(code: string): string[] {
  const texts: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && node.tag.text === 'css') {
      assert.ok(ts.isNoSubstitutionTemplateLiteral(node.template), 'a css`` with ${…}: extend this test');
      texts.push(node.template.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(ts.createSourceFile('x.ts', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS));
  return texts;
}

test('every style in src/ parses in Chromium to the same rules minified as written', async (t) => {
  const executablePath = findChrome();
  if (!executablePath) return t.skip('no Chrome or Chromium: set CHROME_PATH');
  const files = readdirSync(join(ROOT, 'src'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join(ROOT, 'src', f))
    .filter((f) => readFileSync(f, 'utf8').includes('css`'));
  const pairs = files.flatMap((file) => {
    const code = readFileSync(file, 'utf8');
    const [before, after] = [cssTexts(code), cssTexts(minifyCssTemplates(code, file))];
    assert.equal(after.length, before.length, file);
    return before.map((text, i) => ({ file, before: text, after: after[i]! }));
  });
  assert.ok(pairs.length >= 8, `only ${pairs.length} css\`\` templates found`);
  const browser = await puppeteer.launch({ executablePath, headless: true, args: CHROME_ARGS });
  try {
    const page = await browser.newPage();
    const rules = await page.evaluate(
      (list: Array<{ before: string; after: string }>) =>
        list.map(({ before, after }) =>
          [before, after].map((text) => {
            const sheet = new CSSStyleSheet();
            sheet.replaceSync(text);
            return Array.from(sheet.cssRules, (rule) => rule.cssText).join('\n');
          }),
        ),
      pairs,
    );
    // A custom property, and any value with a var() in it, keeps the text of its value as
    // written (every other value is serialised from its parsed form), so there the spaces beside
    // a comma differ: they are no tokens of the value, and the substituted value is the same.
    const asWritten = (text: string) =>
      text.replace(/([\w-]+): ([^;]*);/g, (whole, name: string, value: string) =>
        name.startsWith('--') || value.includes('var(') ? `${name}: ${value.replace(/\s*,\s*/g, ',')};` : whole,
      );
    rules.forEach(([before, after], i) => {
      assert.ok(before!.length > 0, pairs[i]!.file);
      assert.equal(asWritten(after!), asWritten(before!), pairs[i]!.file);
    });
  } finally {
    await browser.close();
  }
});
