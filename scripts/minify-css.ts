/**
 * A build plugin that ships the widgets' styles minified. The styles are Lit `css\`…\``
 * tagged templates, which a JavaScript minifier leaves as they are (comments, indentation and
 * line breaks included): here their static text loses comments and needless whitespace before
 * the code is compiled. Only templates tagged `css` are touched; `html\`…\`` keeps its
 * whitespace, which is text on the page.
 *
 * The rewrite is deliberately small and conservative, a scanner rather than a CSS parser:
 * - `/* … *\/` comments go (an empty `/**\/` stays where two words would otherwise join);
 * - whitespace runs become one space, dropped only where CSS never needs it: around `{ } ; ,`
 *   and `>`, after `(` and `:`, before `)` and `!`, and `;` before `}`. A space is never
 *   dropped before `:` or `(` (`.a :focus`, `and (…)`), nor around `+ - * /` (`calc(a - b)`),
 *   nor between two words (`.a .b`, `1px solid`);
 * - strings (`'…'`, `"…"`), unquoted `url(…)` and backslash escapes (with the one space that
 *   may end a hex escape, `\31 0`) are copied as they are;
 * - the text is read as Lit receives it (cooked: `\\` is one backslash, `\'` a quote) but
 *   edited as raw template source, so JavaScript escapes stay as written; and each
 *   static part between `${…}` keeps its boundaries: a space next to an interpolation is kept
 *   (the value is not known here) unless the CSS character on the other side makes it
 *   needless, and a string or comment that an interpolation splits continues in the next part.
 */
import ts from 'typescript';
import type { Plugin } from 'vite';
import { applyEdits, collectEdits, lineBreaks, sourceTransformPlugin } from './source-transform.js';

const CSS_TAGS = new Set(['css']);
/** No space is needed after these … */
const TIGHT_AFTER = new Set(['{', '}', ';', ',', '>', '(', ':']);
/** … nor before these. */
const TIGHT_BEFORE = new Set(['{', '}', ';', ',', '>', ')', '!']);
const WHITESPACE = /[ \t\n\r\f]/;
const HEX = /[0-9a-fA-F]/;

/** One character of the template as Lit receives it (`c`, cooked) and as written (`raw`). */
interface Unit {
  raw: string;
  c: string;
}

const JS_ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v', b: '\b', '0': '\0' };

/**
 * Splits raw template text into characters, a JavaScript escape being one (`\\` is one CSS
 * backslash, `\n` one line break, `\'` one quote); a line continuation cooks to nothing.
 */
function units(raw: string): Unit[] {
  const list: Unit[] = [];
  for (let i = 0; i < raw.length; ) {
    if (raw[i] !== '\\') {
      list.push({ raw: raw[i]!, c: raw[i]! });
      i += 1;
      continue;
    }
    const text = /^\\(?:x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|u\{[0-9a-fA-F]+\}|\r\n|[\s\S])?/.exec(raw.slice(i))![0];
    const body = text.slice(1);
    let c: string;
    if (/^[xu]./.test(body)) c = String.fromCodePoint(parseInt(body.replace(/[xu{}]/g, ''), 16));
    else if (/^(?:\r\n|[\n\r\u2028\u2029])$/.test(body)) c = '';
    else c = JS_ESCAPES[body] ?? body;
    list.push({ raw: text, c });
    i += text.length;
  }
  return list;
}

/** Where a part ended inside a string or a comment, so the next part starts there. */
type Carry = { kind: 'none' } | { kind: 'string'; quote: string } | { kind: 'comment' };

/**
 * Minifies the static parts of one css`` template, given as raw source text (the text between
 * the backticks, `${`, `}`); returns them in the same form, one for one.
 */
export function minifyCssParts(parts: readonly string[]): string[] {
  let carry: Carry = { kind: 'none' };
  return parts.map((rawPart, index) => {
    const u = units(rawPart);
    const first = index === 0;
    const last = index === parts.length - 1;
    const rawOf = (from: number, to: number) => u.slice(from, to).map((x) => x.raw).join('');
    let out = '';
    /** The cooked text written, to recognise `url(`. */
    let cooked = '';
    /** The last character written as CSS syntax; '' after a string, escape or interpolation. */
    let prev = '';
    /** How many raw characters that last syntax character took (to take a `;` back). */
    let prevRaw = 0;
    let space = false;
    let glue = false;
    const atStart = () => out === '' && first;
    /** Writes units [from, to), first deciding the pending space (or comment). */
    const write = (from: number, to: number, syntax: string) => {
      const c = u[from]?.c ?? '';
      if (space) {
        const emptyValue = prev === ':' && (c === ';' || c === '}');
        if (!atStart() && (emptyValue || (!TIGHT_AFTER.has(prev) && !TIGHT_BEFORE.has(c)))) {
          out += ' ';
          cooked += ' ';
        }
      } else if (glue && !atStart() && !TIGHT_AFTER.has(prev) && !TIGHT_BEFORE.has(c)) {
        out += '/**/';
        cooked += '/**/';
      }
      if (c === '}' && prev === ';') {
        out = out.slice(0, -prevRaw);
        cooked = cooked.slice(0, -1);
      }
      const text = rawOf(from, to);
      out += text;
      cooked += u.slice(from, to).map((x) => x.c).join('');
      prev = syntax;
      prevRaw = text.length;
      space = false;
      glue = false;
    };
    /** The end of a string whose text starts at `from` (after its closing quote, or the part's end). */
    const stringEnd = (from: number, quote: string): number => {
      let j = from;
      while (j < u.length && u[j]!.c !== quote) j += u[j]!.c === '\\' ? 2 : 1;
      carry = j < u.length ? { kind: 'none' } : { kind: 'string', quote };
      return Math.min(j + 1, u.length);
    };
    /** The end of a comment whose text starts at `from` (after its `*\/`, or the part's end). */
    const commentEnd = (from: number): number => {
      for (let j = from; j + 1 < u.length; j += 1) if (u[j]!.c === '*' && u[j + 1]!.c === '/') return j + 2;
      return -1;
    };

    let i = 0;
    const carried: Carry = carry;
    if (carried.kind === 'string') {
      i = stringEnd(0, carried.quote);
      write(0, i, '');
    } else if (carried.kind === 'comment') {
      // A comment an interpolation splits is kept, to its end.
      const end = commentEnd(0);
      carry = end < 0 ? carried : { kind: 'none' };
      i = end < 0 ? u.length : end;
      write(0, i, '');
    }
    while (i < u.length) {
      const c = u[i]!.c;
      if (c === '') {
        i += 1; // a line continuation
      } else if (WHITESPACE.test(c)) {
        space = true;
        i += 1;
      } else if (c === '/' && u[i + 1]?.c === '*') {
        const end = commentEnd(i + 2);
        if (end < 0) {
          carry = { kind: 'comment' };
          write(i, u.length, '');
          i = u.length;
        } else {
          glue = !space;
          i = end;
        }
      } else if (c === "'" || c === '"') {
        const end = stringEnd(i + 1, c);
        write(i, end, '');
        i = end;
      } else if (c === '\\') {
        // A CSS escape: the backslash and the next character, or up to six hex digits and the
        // one whitespace character that may end them.
        let j = i + 1;
        if (j < u.length && HEX.test(u[j]!.c)) {
          while (j < u.length && j < i + 7 && HEX.test(u[j]!.c)) j += 1;
          if (j < u.length && WHITESPACE.test(u[j]!.c)) j += 1;
        } else {
          j = Math.min(j + 1, u.length);
        }
        write(i, j, '');
        i = j;
      } else if (c === '(' && !space && /(?:^|[^\w-])url$/i.test(cooked) && !/^\s*['"]/.test(u.slice(i + 1).map((x) => x.c).join(''))) {
        // An unquoted url(…): `/*`, `;` or `:` in it are the address, not CSS syntax.
        let j = i;
        while (j < u.length && u[j]!.c !== ')') j += 1;
        write(i, Math.min(j + 1, u.length), j < u.length ? ')' : '');
        i = j + 1;
      } else {
        write(i, i + 1, c);
        i += 1;
      }
    }
    if (!last && !atStart() && !TIGHT_AFTER.has(prev)) {
      if (space) out += ' ';
      else if (glue) out += '/**/';
    }
    return out;
  });
}

/** The text between a static part's opening (backtick or `}`) and closing (`${` or backtick). */
function partRange(literal: ts.TemplateLiteralLikeNode & ts.Node): [number, number] {
  const closesWithBacktick = ts.isNoSubstitutionTemplateLiteral(literal) || ts.isTemplateTail(literal);
  return [literal.getStart() + 1, literal.getEnd() - (closesWithBacktick ? 1 : 2)];
}

/**
 * Minifies every css`` template in a module. Each template's line breaks are put back after
 * its closing backtick, so the code below it keeps its lines (and the source maps stay right).
 */
export function minifyCssTemplates(code: string, fileName = 'styles.ts'): string {
  if (!code.includes('css`')) return code;
  const edits = collectEdits(code, fileName, (node, _source, out) => {
    if (!ts.isTaggedTemplateExpression(node) || !ts.isIdentifier(node.tag) || !CSS_TAGS.has(node.tag.text)) return;
    const template = node.template;
    const literals = ts.isNoSubstitutionTemplateLiteral(template)
      ? [template]
      : [template.head, ...template.templateSpans.map((span) => span.literal)];
    const ranges = literals.map(partRange);
    const parts = ranges.map(([start, end]) => code.slice(start, end));
    const minified = minifyCssParts(parts);
    ranges.forEach(([start, end], i) => out.push({ start, end, text: minified[i]! }));
    const removed = lineBreaks(parts.join('')).slice(lineBreaks(minified.join('')).length);
    if (removed) out.push({ start: node.getEnd(), end: node.getEnd(), text: removed });
  });
  return applyEdits(code, edits);
}

export function minifyCssPlugin(): Plugin {
  return sourceTransformPlugin('kpm-minify-css', /[\\/]src[\\/](?!.*node_modules).*\.ts$/, minifyCssTemplates);
}
