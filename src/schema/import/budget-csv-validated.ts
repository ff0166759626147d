/**
 * A budget CSV to a validated dataset with a validator of the caller's choice: the budget
 * chart passes its own, smaller one, so its CSV chunk does not bring the full validator.
 * Issues about a budget line name the spreadsheet row the line came from (validate-import.ts).
 */
import type { DatasetValidator } from '../dataset-validator.js';
import type { ValidationResult } from '../result.js';
import { budgetCsvToDataset, type BudgetCsvOptions } from './budget-csv.js';
import { validateImport } from './validate-import.js';

const LINE_PATH = /^apbdes\[(\d+)\]\.baris\[(\d+)\]/;

export function importBudgetCsvWith(
  validate: DatasetValidator,
  text: string,
  options: BudgetCsvOptions,
): ValidationResult {
  const converted = budgetCsvToDataset(text, options);
  return validateImport(validate, converted, (path) => {
    const m = LINE_PATH.exec(path);
    return m ? converted.rows[Number(m[1])]?.[Number(m[2])] : undefined;
  });
}
