/**
 * A build plugin that keeps the schema's documentation out of browser bundles. The id/en
 * field descriptions in `src/schema/entities/` (the 2nd–4th arguments of `doc()` and
 * `opt()`) feed only the generated JSON Schema and docs/data-schema.md, which are made in
 * Node from the source; a village visitor's phone never needs them. Rewriting the calls on
 * the syntax tree (not with a regex) keeps nested calls intact.
 */
import ts from 'typescript';
import type { Plugin } from 'vite';
import { applyEdits, collectEdits, lineBreaks, sourceTransformPlugin } from './source-transform.js';

const DOC_CALLS = new Set(['doc', 'opt']);

export function stripSchemaDocs(code: string, fileName = 'entity.ts'): string {
  const edits = collectEdits(code, fileName, (node, _source, out) => {
    if (
      ts.isCallExpression(node) &&
      ts.isIdentifier(node.expression) &&
      DOC_CALLS.has(node.expression.text) &&
      node.arguments.length > 1 &&
      node.arguments.slice(1).every((a) => ts.isStringLiteralLike(a))
    ) {
      const start = node.arguments[0].getEnd();
      const end = node.arguments[node.arguments.length - 1].getEnd();
      out.push({ start, end, text: lineBreaks(code.slice(start, end)) });
    }
  });
  return applyEdits(code, edits);
}

export function stripSchemaDocsPlugin(): Plugin {
  return sourceTransformPlugin(
    'kpm-strip-schema-docs',
    /[\\/]src[\\/]schema[\\/]entities[\\/][^\\/]+\.ts$/,
    stripSchemaDocs,
  );
}
