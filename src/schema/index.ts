/**
 * Public entry of `kpm-widgets/schema`: entity schemas and types, label tables, code lists,
 * the issue contract and the validators. No side effects at import, so it tree-shakes.
 */
export * from './issues.js';
export * from './entities/index.js';
export * from './codes/index.js';
export {
  validateDataset,
  validateUsulanBaru,
  SUPPORTED_MAJOR_VERSIONS,
  type ValidationResult,
} from './validate.js';
export {
  createDatasetValidator,
  type DatasetValidator,
  type DatasetValidatorParts,
} from './dataset-validator.js';
export {
  runRules,
  ALL_RULES,
  wilayahRules,
  referenceRules,
  kodeRules,
  realisasiRules,
  balanceRules,
  timingRules,
  kegiatanRules,
  penilaianRules,
  usulanRules,
  periodRules,
  type Rule,
  type RuleOptions,
} from './rules/index.js';
export { validatePenilaianKelompok } from './validate-entity.js';
export {
  BUDGET_CSV_COLUMNS,
  budgetCsvToDataset,
  type BudgetCsvOptions,
  type BudgetCsvResult,
} from './import/budget-csv.js';
export { importBudgetCsv } from './import/import-budget-csv.js';
export {
  KEGIATAN_CSV_COLUMNS,
  kegiatanCsvToDataset,
  type KegiatanCsvOptions,
  type KegiatanCsvResult,
} from './import/kegiatan-csv.js';
export { importKegiatanCsv } from './import/import-kegiatan-csv.js';
export { detectCsvKind, type CsvKind } from './import/detect-csv-kind.js';
export type { CsvVillageOptions } from './import/csv-village.js';
