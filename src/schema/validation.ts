/**
 * The schema's public API without the CSV importers: entity schemas and types, label tables,
 * code lists, the issue contract and the validators. What the one-script bundle exposes on
 * `window.KpmWidgets` (src/one-script.ts); `kpm-widgets/schema` adds the importers (index.ts).
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
