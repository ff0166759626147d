/**
 * The last step of every spreadsheet import: validate the converted dataset like any JSON,
 * and prefix each issue about something that came from one row with that row, so an admin
 * reading "kegiatan[3].bidang" or "apbdes[0].baris[3].kodeRekening" knows which row to fix.
 */
import type { ValidationIssue } from '../issues.js';
import type { ValidationResult } from '../validate.js';

export function withCsvRow(issue: ValidationIssue, row: number | undefined): ValidationIssue {
  if (row === undefined) return issue;
  return {
    ...issue,
    message: { id: `Baris CSV ${row}: ${issue.message.id}`, en: `CSV row ${row}: ${issue.message.en}` },
  };
}

/**
 * `validate` is the caller's (the full `validateDataset`, or a widget's smaller one, so this
 * file brings no validator of its own); `rowOf` maps an issue path to its spreadsheet row.
 */
export function validateImport(
  validate: (input: unknown) => ValidationResult,
  converted: { data: unknown; issues: ValidationIssue[] },
  rowOf: (path: string) => number | undefined,
): ValidationResult {
  if (!converted.data) return { ok: false, data: null, issues: converted.issues };
  const validated = validate(converted.data);
  const issues = [...converted.issues, ...validated.issues.map((i) => withCsvRow(i, rowOf(i.path)))];
  return { ...validated, ok: !issues.some((i) => i.severity === 'error'), issues };
}
