/**
 * The CSV importers' public API (budget and kegiatan CSV to a dataset), part of
 * `kpm-widgets/schema`. Not on the one-script bundle's global: a page that converts CSV by hand
 * imports the module; the budget chart reads a CSV `src` on its own.
 */
export {
  BUDGET_CSV_COLUMNS,
  budgetCsvToDataset,
  type BudgetCsvOptions,
  type BudgetCsvResult,
} from './budget-csv.js';
export { importBudgetCsv } from './import-budget-csv.js';
export {
  KEGIATAN_CSV_COLUMNS,
  kegiatanCsvToDataset,
  type KegiatanCsvOptions,
  type KegiatanCsvResult,
} from './kegiatan-csv.js';
export { importKegiatanCsv } from './import-kegiatan-csv.js';
export { detectCsvKind, type CsvKind } from './detect-csv-kind.js';
export type { CsvVillageOptions } from './csv-village.js';
