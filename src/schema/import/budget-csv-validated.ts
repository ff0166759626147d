/**
 * A budget CSV to a validated dataset with a validator of the caller's choice (the budget
 * chart passes its own, smaller one, so its CSV chunk does not bring the full validator).
 * Validation issues about a budget line also name the spreadsheet row the line came from, so
 * an admin reading "apbdes[0].baris[3].kodeRekening" knows which row to fix.
 */
import type { DatasetValidator } from '../dataset-validator.js';
import type { ValidationIssue } from '../issues.js';
import type { ValidationResult } from '../result.js';
import { budgetCsvToDataset, type BudgetCsvOptions } from './budget-csv.js';

const LINE_PATH = /^apbdes\[(\d+)\]\.baris\[(\d+)\]/;

function withRow(issue: ValidationIssue, rows: number[][]): ValidationIssue {
  const m = LINE_PATH.exec(issue.path);
  const row = m ? rows[Number(m[1])]?.[Number(m[2])] : undefined;
  if (row === undefined) return issue;
  return {
    ...issue,
    message: { id: `Baris CSV ${row}: ${issue.message.id}`, en: `CSV row ${row}: ${issue.message.en}` },
  };
}

export function importBudgetCsvWith(
  validate: DatasetValidator,
  text: string,
  options: BudgetCsvOptions,
): ValidationResult {
  const converted = budgetCsvToDataset(text, options);
  if (!converted.data) return { ok: false, data: null, issues: converted.issues };
  const validated = validate(converted.data);
  const issues = [...converted.issues, ...validated.issues.map((i) => withRow(i, converted.rows))];
  return { ok: !issues.some((i) => i.severity === 'error'), data: validated.data, issues };
}
