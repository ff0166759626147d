/**
 * Runs a zod schema and collects its findings as path-addressed issues in our wording. Union
 * failures are unfolded into the one branch the input was evidently meant for, so a Teks
 * `{ en: "…" }` reports `nama.id` is required rather than "matches no shape".
 */
import type * as z from 'zod/mini';
import type { LocalizedText, Severity } from './issues.js';
import { errorMap, readDescribed } from './messages.js';

export interface PathIssue {
  segments: PropertyKey[];
  severity: Severity;
  code: string;
  message: LocalizedText;
}

type Issue = z.core.$ZodIssue;

/** A branch is a wrong guess when the input's whole type, or its `type` tag, does not fit. */
function isWrongBranch(issues: readonly Issue[]): boolean {
  return issues.some(
    (i) =>
      (i.path.length === 0 && (i.code === 'invalid_type' || i.code === 'invalid_union')) ||
      (i.path.length === 1 && i.path[0] === 'type' && i.code === 'invalid_value'),
  );
}

function push(issue: Issue, prefix: readonly PropertyKey[], out: PathIssue[]): void {
  const segments = [...prefix, ...issue.path];
  if (issue.code === 'invalid_union') {
    const branches = issue.errors.filter((b) => !isWrongBranch(b));
    if (branches.length === 1) {
      for (const inner of branches[0]!) push(inner, segments, out);
      return;
    }
  }
  const d = readDescribed(issue.message, issue.code);
  out.push({ segments, severity: 'error', code: d.code, message: { id: d.id, en: d.en } });
}

export function parseInto<S extends z.ZodMiniType>(
  schema: S,
  input: unknown,
  prefix: readonly PropertyKey[],
  out: PathIssue[],
): { success: true; data: z.infer<S> } | { success: false } {
  const result = schema.safeParse(input, { error: errorMap });
  if (result.success) return { success: true, data: result.data };
  for (const issue of result.error.issues) push(issue, prefix, out);
  return { success: false };
}
