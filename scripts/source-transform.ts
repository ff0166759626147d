/**
 * The plumbing the build's source rewrites share (scripts/strip-docs.ts, scripts/minify-css.ts):
 * parse a TypeScript file with the compiler API, collect edits while walking the syntax tree,
 * splice them into the text, and register the rewrite as a Vite plugin that runs on our own
 * sources before they are compiled.
 */
import ts from 'typescript';
import type { Plugin } from 'vite';

/** Replace `code.slice(start, end)` with `text`. */
export interface SourceEdit {
  start: number;
  end: number;
  text: string;
}

/** Calls `visit` on every node of the parsed file, depth first, and returns what it collected. */
export function collectEdits(
  code: string,
  fileName: string,
  visit: (node: ts.Node, source: ts.SourceFile, edits: SourceEdit[]) => void,
): SourceEdit[] {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const edits: SourceEdit[] = [];
  const walk = (node: ts.Node): void => {
    visit(node, source, edits);
    ts.forEachChild(node, walk);
  };
  walk(source);
  return edits;
}

/** Applies non-overlapping edits (in any order) to `code`. */
export function applyEdits(code: string, edits: SourceEdit[]): string {
  let out = code;
  for (const { start, end, text } of [...edits].sort((a, b) => b.start - a.start)) {
    out = out.slice(0, start) + text + out.slice(end);
  }
  return out;
}

/** The line breaks of `text`, to put back where a rewrite removes lines. */
export function lineBreaks(text: string): string {
  return text.replace(/[^\n]/g, '');
}

/**
 * A `pre` plugin that rewrites the files whose id matches `include`. A rewrite keeps every
 * line of code on its line (what it removes across lines, it pads back with `lineBreaks`), so
 * the source maps made later stay right without a map of its own (`map: null`).
 */
export function sourceTransformPlugin(
  name: string,
  include: RegExp,
  rewrite: (code: string, id: string) => string,
): Plugin {
  return {
    name,
    enforce: 'pre',
    transform(code, id) {
      if (!include.test(id)) return null;
      const out = rewrite(code, id);
      return out === code ? null : { code: out, map: null };
    },
  };
}
