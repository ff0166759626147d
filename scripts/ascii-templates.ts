/**
 * A build plugin that writes the non-ASCII characters of our template literals as `\uXXXX`
 * escapes, for `dist/kpm-widgets.js`. A classic script that its server sends without a charset
 * is decoded in the page's encoding; on a page that is not UTF-8 the widgets' own `·`, `—` and
 * `⚠` would come out garbled. Rolldown's `charset: 'ascii'` escapes strings and regular
 * expressions, but it prints a tagged template (Lit's html`…`, css`…`) as it was written, so
 * those are escaped here, in the source. Lit reads a template's cooked strings, in which
 * `\u00B7` is `·` again, so the page shows the same text.
 *
 * Only the template's text is touched: a character that already follows an odd run of
 * backslashes (`\·`, an identity escape) keeps that backslash and gets `u00B7` after it.
 * Lines stay as they are (the source map keeps its lines, as the other rewrites').
 */
import ts from 'typescript';
import type { Plugin } from 'vite';
import { applyEdits, collectEdits, sourceTransformPlugin } from './source-transform.js';

const TEMPLATE_KINDS = new Set([
  ts.SyntaxKind.NoSubstitutionTemplateLiteral,
  ts.SyntaxKind.TemplateHead,
  ts.SyntaxKind.TemplateMiddle,
  ts.SyntaxKind.TemplateTail,
]);

/** `text` with every UTF-16 unit above U+007F written as a JavaScript `\uXXXX` escape. */
export function escapeNonAscii(text: string): string {
  let out = '';
  let backslashes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit > 0x7f) {
      const hex = unit.toString(16).toUpperCase().padStart(4, '0');
      out += backslashes % 2 === 1 ? `u${hex}` : `\\u${hex}`;
    } else {
      out += text[i];
    }
    backslashes = text[i] === '\\' ? backslashes + 1 : 0;
  }
  return out;
}

/** `code` with the non-ASCII characters of its template literals escaped. */
export function escapeTemplateNonAscii(code: string, fileName = 'module.ts'): string {
  // eslint-disable-next-line no-control-regex
  if (!/[^\x00-\x7f]/.test(code)) return code;
  const edits = collectEdits(code, fileName, (node, source, out) => {
    if (!TEMPLATE_KINDS.has(node.kind)) return;
    const start = node.getStart(source);
    const text = code.slice(start, node.end);
    const escaped = escapeNonAscii(text);
    if (escaped !== text) out.push({ start, end: node.end, text: escaped });
  });
  return applyEdits(code, edits);
}

export function asciiTemplatesPlugin(): Plugin {
  return sourceTransformPlugin('kpm-ascii-templates', /[\\/]src[\\/](?!.*node_modules).*\.ts$/, escapeTemplateNonAscii);
}
