/**
 * CSV text to a validated dataset in one call, for the budget chart's loader. Validation
 * issues about a budget line also name the spreadsheet row the line came from, so an admin
 * reading "apbdes[0].baris[3].kodeRekening" knows which row to fix.
 */
import type { DatasetValidator } from '../dataset-validator.js';
import type { ValidationIssue } from '../issues.js';
import { validateDataset, type ValidationResult } from '../validate.js';
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

/**
 * As `importBudgetCsv`, validated with `validate` (the budget chart passes its own, smaller
 * validator, so its CSV chunk does not bring the full one).
 */
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

export function importBudgetCsv(text: string, options: BudgetCsvOptions): ValidationResult {
  return importBudgetCsvWith(validateDataset, text, options);
}
