/**
 * CSV text to a dataset validated in full, in one call. (The budget chart calls
 * `importBudgetCsvWith` with its own validator: budget-csv-validated.ts.)
 */
import { validateDataset, type ValidationResult } from '../validate.js';
import type { BudgetCsvOptions } from './budget-csv.js';
import { importBudgetCsvWith } from './budget-csv-validated.js';

export function importBudgetCsv(text: string, options: BudgetCsvOptions): ValidationResult {
  return importBudgetCsvWith(validateDataset, text, options);
}
