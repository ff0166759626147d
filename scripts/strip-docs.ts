/**
 * A build plugin that keeps the schema's documentation out of browser bundles. The id/en
 * field descriptions in `src/schema/entities/` (the 2nd–4th arguments of `doc()` and
 * `opt()`) feed only the generated JSON Schema and docs/data-schema.md, which are made in
 * Node from the source; a village visitor's phone never needs them. Rewriting the calls on
 * the syntax tree (not with a regex) keeps nested calls intact.
 */
import ts from 'typescript';
import type { Plugin } from 'vite';

const DOC_CALLS = new Set(['doc', 'opt']);

export function stripSchemaDocs(code: string, fileName = 'entity.ts'): string {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const cuts: Array<[number, number]> = [];
  const visit = (node: ts.Node): void => {
    if (
      ts.isCallExpression(node) &&
      ts.isIdentifier(node.expression) &&
      DOC_CALLS.has(node.expression.text) &&
      node.arguments.length > 1 &&
      node.arguments.slice(1).every((a) => ts.isStringLiteralLike(a))
    ) {
      cuts.push([node.arguments[0].getEnd(), node.arguments[node.arguments.length - 1].getEnd()]);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  let out = code;
  for (const [start, end] of cuts.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + out.slice(end);
  return out;
}

export function stripSchemaDocsPlugin(): Plugin {
  return {
    name: 'kpm-strip-schema-docs',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]src[\\/]schema[\\/]entities[\\/][^\\/]+\.ts$/.test(id)) return null;
      return { code: stripSchemaDocs(code, id), map: null };
    },
  };
}
