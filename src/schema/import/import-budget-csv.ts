/**
 * CSV text to a validated dataset in one call, for the budget chart's loader. Validation
 * issues about a budget line also name the spreadsheet row the line came from.
 */
import { validateDataset, type ValidationResult } from '../validate.js';
import { budgetCsvToDataset, type BudgetCsvOptions } from './budget-csv.js';
import { validateImport } from './validate-import.js';

const LINE_PATH = /^apbdes\[(\d+)\]\.baris\[(\d+)\]/;

export function importBudgetCsv(text: string, options: BudgetCsvOptions): ValidationResult {
  const converted = budgetCsvToDataset(text, options);
  return validateImport(validateDataset, converted, (path) => {
    const m = LINE_PATH.exec(path);
    return m ? converted.rows[Number(m[1])]?.[Number(m[2])] : undefined;
  });
}
