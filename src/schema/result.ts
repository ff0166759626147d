/**
 * The result every validator returns and the pieces they share to build it: sorted,
 * path-addressed issues, and a guard that turns a crash into one issue.
 */
import { formatPath, makeIssue, type LocalizedText, type Severity, type ValidationIssue } from './issues.js';
import type { PathIssue } from './collect.js';
import { describeFound } from './messages.js';
import { pathComparer } from './path-order.js';
import type { CollectionName, KpmDesaDataset } from './entities/dataset.js';

export interface ValidationResult<T = KpmDesaDataset> {
  ok: boolean;
  data: T | null;
  issues: ValidationIssue[];
  /**
   * For each collection in `data`, the input index of each kept entity. Issue paths name
   * input positions (`apbdes[2]`); once an unsound entity is left out, `data.apbdes[1]` may be
   * input `apbdes[2]`, so a widget maps through this before matching issues to what it shows.
   */
  inputIndex?: Partial<Record<CollectionName, number[]>>;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function rootIssue(input: unknown, what: LocalizedText): PathIssue {
  const found = describeFound(input);
  return {
    segments: [],
    severity: 'error',
    code: 'invalid_root',
    message: {
      id: `${what.id} harus berupa objek JSON; ditemukan ${found.id}`,
      en: `${what.en} must be a JSON object; found ${found.en}`,
    },
  };
}

export function finish<T>(root: unknown, found: PathIssue[], data: NoInfer<T> | null): ValidationResult<T> {
  const compare = pathComparer(root);
  const sorted = [...found].sort(
    (a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || compare(a.segments, b.segments),
  );
  const issues = sorted.map((i) =>
    makeIssue(formatPath(i.segments), i.severity, i.code, i.message.id, i.message.en),
  );
  const ok = !issues.some((i) => i.severity === 'error');
  return { ok, data, issues };
}

/** Never throws: a bug or a hostile getter becomes one error instead of a blank widget. */
export function guarded<T>(run: () => ValidationResult<T>): ValidationResult<T> {
  try {
    return run();
  } catch (error) {
    const detail = error instanceof Error ? error.message.slice(0, 80) : '';
    return {
      ok: false,
      data: null,
      issues: [
        makeIssue('', 'error', 'internal_error', `validasi gagal dijalankan (${detail})`, `validation could not run (${detail})`),
      ],
    };
  }
}
