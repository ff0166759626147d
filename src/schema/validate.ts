/**
 * `validateDataset`: every collection and every section 12 rule (what `<kpm-data>` runs), and
 * `validateUsulanBaru` for the participation form. Both never throw.
 */
import { parseInto, type PathIssue } from './collect.js';
import { findUnknownFields } from './unknown-fields.js';
import { collectionSchemas } from './entities/dataset.js';
import { usulanBaruSchema, type UsulanBaru } from './entities/usulan.js';
import { ALL_RULES } from './rules/index.js';
import { checkConsent } from './rules/usulan.js';
import { parsePath } from './path-order.js';
import { createDatasetValidator, type DatasetValidator } from './dataset-validator.js';
import { finish, guarded, isPlainObject, rootIssue, type ValidationResult } from './result.js';

export { SUPPORTED_MAJOR_VERSIONS } from './dataset-validator.js';
export type { ValidationResult } from './result.js';

let everything: DatasetValidator | undefined;

/**
 * The structural pass (zod, per entity so one bad line does not hide a whole budget),
 * unknown-field warnings, then the cross-field rules of section 12. `data` keeps every sound
 * entity; errors drop only the entity they are in.
 */
export function validateDataset(input: unknown): ValidationResult {
  // Built on first use, so a bundle that never calls this drops every schema it names.
  everything ??= createDatasetValidator({ collections: collectionSchemas, rules: ALL_RULES });
  return everything(input);
}

/**
 * Validates one submission from the participation form; paths are relative to it. Held to the
 * same consent rule as a published usulan (DATA-MODEL section 8): `pengusul.tampilkanNama`
 * must equal `persetujuan.publikasiNama`, else an error.
 */
export function validateUsulanBaru(input: unknown): ValidationResult<UsulanBaru> {
  return guarded<UsulanBaru>(() => {
    if (!isPlainObject(input)) {
      return finish(input, [rootIssue(input, { id: 'Usulan', en: 'The submission' })], null);
    }
    const found: PathIssue[] = [];
    const parsed = parseInto(usulanBaruSchema, input, [], found);
    findUnknownFields(usulanBaruSchema, input, [], found);
    const consent = parsed.success ? checkConsent(parsed.data) : undefined;
    if (consent) {
      const { path, ...rest } = consent;
      found.push({ segments: parsePath(path), ...rest });
    }
    return finish(input, found, parsed.success && !consent ? parsed.data : null);
  });
}

// For the single-entity validators in validate-entity.ts, which share this machinery.
export { finish, guarded, isPlainObject, rootIssue };
