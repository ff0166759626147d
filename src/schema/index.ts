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
export { runRules, type RuleOptions } from './rules/index.js';
export { validatePenilaianKelompok } from './validate-entity.js';
