/**
 * Dataset validators composed from parts: the envelope and `desa` always, then only the
 * collections and rule families given. `validateDataset` is the one composed from everything;
 * a widget composes one from what it shows, so its bundle carries only those entity schemas,
 * label tables and rules (a full validator is about half of a widget's download).
 *
 * The trade-off: a collection a validator does not carry is left out of `data` unchecked (its
 * key is still known, so there is no unknown-field warning), and references into it are not
 * checked. For what it carries, a composed validator reports exactly what `validateDataset`
 * reports.
 */
import * as z from 'zod/mini';
import { parseInto, type PathIssue } from './collect.js';
import { findUnknownFields } from './unknown-fields.js';
import { parsePath } from './path-order.js';
import { ext } from './entities/common.js';
import {
  COLLECTIONS,
  SCHEMA_VERSION,
  SEMVER_PATTERN,
  envelopeShape,
  type CollectionName,
} from './entities/envelope.js';
import type { KpmDesaDataset } from './entities/dataset.js';
import { desaSchema } from './entities/desa.js';
import { runRuleFamilies, type Rule } from './rules/family.js';
import { finish, guarded, isPlainObject, rootIssue, type ValidationResult } from './result.js';

/** The schema major versions this library reads. */
export const SUPPORTED_MAJOR_VERSIONS: readonly number[] = [0];

export type DatasetValidator = (input: unknown) => ValidationResult;

export interface DatasetValidatorParts {
  /** The entity schema of each collection to check and keep, e.g. `{ apbdes: apbdesSchema }`. */
  collections: Partial<Record<CollectionName, z.ZodMiniType>>;
  /**
   * The rule families to run (rules/index.ts), in the order of `ALL_RULES`. Give every family
   * that looks at a carried collection, or a standalone widget misses those problems.
   */
  rules?: readonly Rule[];
}

const anyArray = z.array(z.unknown());

function unsupportedVersion(version: string): PathIssue {
  return {
    segments: ['schemaVersion'],
    severity: 'error',
    code: 'unsupported_schema_version',
    message: {
      id: `versi skema ${version} tidak didukung: pustaka ini membaca versi ${SUPPORTED_MAJOR_VERSIONS.join(', ')}.x (terbaru ${SCHEMA_VERSION})`,
      en: `schema version ${version} is not supported: this library reads version ${SUPPORTED_MAJOR_VERSIONS.join(', ')}.x (latest ${SCHEMA_VERSION})`,
    },
  };
}

interface CollectionResult {
  items: unknown[];
  /** Ids of every element in the input, valid or not. */
  inputIds: string[];
  /** For each kept item, its index in the input, so rule paths point at the input. */
  sourceIndex: number[];
}

function validateCollection(
  name: CollectionName,
  schema: z.ZodMiniType,
  value: unknown,
  found: PathIssue[],
): CollectionResult | undefined {
  if (!parseInto(anyArray, value, [name], found).success) return undefined;
  const result: CollectionResult = { items: [], sourceIndex: [], inputIds: [] };
  (value as unknown[]).forEach((item, i) => {
    const id = isPlainObject(item) ? item.id : undefined;
    if (typeof id === 'string') result.inputIds.push(id);
    const parsed = parseInto(schema, item, [name, i], found);
    findUnknownFields(schema, item, [name, i], found);
    if (parsed.success) {
      result.items.push(parsed.data);
      result.sourceIndex.push(i);
    }
  });
  return result;
}

function checkVersion(version: unknown, found: PathIssue[]): void {
  if (typeof version !== 'string') return;
  const match = SEMVER_PATTERN.exec(version);
  if (match && !SUPPORTED_MAJOR_VERSIONS.includes(Number(match[1]))) found.push(unsupportedVersion(version));
}

/**
 * Runs the rule families, points their paths back at the input, and drops each collection
 * element a rule error lands in.
 */
function applyRules(
  rules: readonly Rule[],
  data: KpmDesaDataset,
  collections: Map<CollectionName, CollectionResult>,
  carried: ReadonlySet<string>,
  found: PathIssue[],
): void {
  const drop = new Map<CollectionName, Set<number>>();
  const idsInInput = new Map([...collections].map(([name, c]) => [name, new Set(c.inputIds)]));
  for (const issue of runRuleFamilies(rules, data, { idsInInput, collections: carried })) {
    const segments = parsePath(issue.path);
    const [head, index] = segments;
    const collection = collections.get(head as CollectionName);
    if (collection && typeof index === 'number' && index < collection.sourceIndex.length) {
      segments[1] = collection.sourceIndex[index]!;
      // A broken link is reported but does not drop the entity that holds it (references.ts).
      if (issue.severity === 'error' && issue.code !== 'dangling_reference') {
        const set = drop.get(head as CollectionName) ?? new Set<number>();
        set.add(index);
        drop.set(head as CollectionName, set);
      }
    }
    found.push({ segments, severity: issue.severity, code: issue.code, message: issue.message });
  }
  const record = data as unknown as Record<string, unknown[]>;
  for (const [name, indexes] of drop) {
    record[name] = record[name]!.filter((_, i) => !indexes.has(i));
    const collection = collections.get(name)!;
    collection.sourceIndex = collection.sourceIndex.filter((_, i) => !indexes.has(i));
  }
}

/** The fields of `input` that pass their own schema; the rest are left out (their errors are already listed). */
function soundFields(shape: Record<string, z.ZodMiniType>, input: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(shape)) {
    const result = schema.safeParse(input[key]);
    if (result.success && result.data !== undefined) out[key] = result.data;
  }
  return out;
}

/**
 * A validator for the envelope, `desa` and the given collections: the structural pass (zod,
 * per entity so one bad line does not hide a whole budget), unknown-field warnings, then the
 * given section 12 rule families. `data` keeps every sound entity of the carried collections;
 * errors drop only the entity they are in. Never throws.
 */
/* @__NO_SIDE_EFFECTS__ */
export function createDatasetValidator(parts: DatasetValidatorParts): DatasetValidator {
  const rules = parts.rules ?? [];
  const carried = COLLECTIONS.filter((name) => parts.collections[name] !== undefined);
  const carriedSet: ReadonlySet<string> = new Set(carried);
  const envelopeSchema = z.object({ ...envelopeShape, ext: ext() });
  // The top level for the unknown-field walk: desa and collections are walked per entity, and
  // every collection key is known, carried or not.
  const topLevelSchema = z.object({
    ...envelopeSchema.shape,
    desa: z.unknown(),
    ...Object.fromEntries(COLLECTIONS.map((name) => [name, z.unknown()])),
  });

  return (input: unknown) =>
    guarded<KpmDesaDataset>(() => {
      if (!isPlainObject(input)) {
        return finish(input, [rootIssue(input, { id: 'Dataset', en: 'The dataset' })], null);
      }
      const found: PathIssue[] = [];
      const envelope = parseInto(envelopeSchema, input, [], found);
      checkVersion(input.schemaVersion, found);
      // A schemaVersion we cannot read means nothing in the file can be trusted to mean what we
      // think; a bad generatedAt, sumber or lisensi only costs the footer that field.
      const versionSound = !found.some((i) => i.code === 'unsupported_schema_version' || i.segments[0] === 'schemaVersion');

      const desa = parseInto(desaSchema, input.desa, ['desa'], found);
      findUnknownFields(topLevelSchema, input, [], found);
      findUnknownFields(desaSchema, input.desa, ['desa'], found);

      const collections = new Map<CollectionName, CollectionResult>();
      for (const name of carried) {
        if (input[name] === undefined) continue;
        const result = validateCollection(name, parts.collections[name]!, input[name], found);
        if (result) collections.set(name, result);
      }

      if (!versionSound || !desa.success) return finish(input, found, null);
      const head = envelope.success ? envelope.data : soundFields(envelopeSchema.shape, input);
      const data = { ...head, desa: desa.data } as KpmDesaDataset;
      const record = data as unknown as Record<string, unknown>;
      for (const [name, result] of collections) record[name] = result.items;
      applyRules(rules, data, collections, carriedSet, found);
      const result = finish<KpmDesaDataset>(input, found, data);
      result.inputIndex = Object.fromEntries([...collections].map(([name, c]) => [name, c.sourceIndex]));
      return result;
    });
}
