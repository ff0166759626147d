/**
 * `validateDataset`: the structural pass (zod, per entity so one bad line does not hide a
 * whole budget), unknown-field warnings, then the cross-field rules of section 12. `data`
 * keeps every sound entity; errors drop only the entity they are in.
 */
import * as z from 'zod/mini';
import { formatPath, makeIssue, type Severity, type ValidationIssue } from './issues.js';
import { parseInto, type PathIssue } from './collect.js';
import { describeFound } from './messages.js';
import { findUnknownFields } from './unknown-fields.js';
import { parsePath, pathComparer } from './path-order.js';
import {
  COLLECTIONS,
  SCHEMA_VERSION,
  SEMVER_PATTERN,
  collectionSchemas,
  datasetSchema,
  envelopeShape,
  type CollectionName,
  type KpmDesaDataset,
} from './entities/dataset.js';
import { desaSchema } from './entities/desa.js';
import { usulanBaruSchema, type UsulanBaru } from './entities/usulan.js';
import { runRules } from './rules/index.js';

export interface ValidationResult<T = KpmDesaDataset> {
  ok: boolean;
  data: T | null;
  issues: ValidationIssue[];
  /**
   * For each collection in `data`, the input index of each kept entity. Issue paths name
   * input positions (`apbdes[2]`); once an unsound entity is left out, `data.apbdes[1]` may be
   * input `apbdes[2]`, so a widget maps through this before matching issues to what it shows.
   */
  inputIndex?: Partial<Record<CollectionName, number[]>>;
}

/** The schema major versions this library reads. */
export const SUPPORTED_MAJOR_VERSIONS: readonly number[] = [0];

const envelopeSchema = z.object({ ...envelopeShape, ext: datasetSchema.shape.ext });

/** The top level for the unknown-field walk: desa and collections are walked per entity. */
const topLevelSchema = z.object({
  ...datasetSchema.shape,
  desa: z.unknown(),
  ...Object.fromEntries(COLLECTIONS.map((name) => [name, z.unknown()])),
});
const anyArray = z.array(z.unknown());
const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function rootIssue(input: unknown, what: { id: string; en: string }): PathIssue {
  const found = describeFound(input);
  return {
    segments: [],
    severity: 'error',
    code: 'invalid_root',
    message: {
      id: `${what.id} harus berupa objek JSON; ditemukan ${found.id}`,
      en: `${what.en} must be a JSON object; found ${found.en}`,
    },
  };
}

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

function finish<T>(root: unknown, found: PathIssue[], data: NoInfer<T> | null): ValidationResult<T> {
  const compare = pathComparer(root);
  const sorted = [...found].sort(
    (a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || compare(a.segments, b.segments),
  );
  const issues = sorted.map((i) =>
    makeIssue(formatPath(i.segments), i.severity, i.code, i.message.id, i.message.en),
  );
  const ok = !issues.some((i) => i.severity === 'error');
  return { ok, data, issues };
}

/** Never throws: a bug or a hostile getter becomes one error instead of a blank widget. */
function guarded<T>(run: () => ValidationResult<T>): ValidationResult<T> {
  try {
    return run();
  } catch (error) {
    const detail = error instanceof Error ? error.message.slice(0, 80) : '';
    return {
      ok: false,
      data: null,
      issues: [
        makeIssue('', 'error', 'internal_error', `validasi gagal dijalankan (${detail})`, `validation could not run (${detail})`),
      ],
    };
  }
}

interface CollectionResult {
  items: unknown[];
  /** Ids of every element in the input, valid or not. */
  inputIds: string[];
  /** For each kept item, its index in the input, so rule paths point at the input. */
  sourceIndex: number[];
}

function validateCollection(name: CollectionName, value: unknown, found: PathIssue[]): CollectionResult | undefined {
  if (!parseInto(anyArray, value, [name], found).success) return undefined;
  const schema = collectionSchemas[name];
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

function idsIn(collections: Map<CollectionName, CollectionResult>): Map<string, Set<string>> {
  return new Map([...collections].map(([name, c]) => [name, new Set(c.inputIds)]));
}

/**
 * Runs the section 12 rules, points their paths back at the input, and drops each collection
 * element a rule error lands in.
 */
function applyRules(
  data: KpmDesaDataset,
  collections: Map<CollectionName, CollectionResult>,
  found: PathIssue[],
): void {
  const drop = new Map<CollectionName, Set<number>>();
  for (const issue of runRules(data, { idsInInput: idsIn(collections) })) {
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

export function validateDataset(input: unknown): ValidationResult {
  return guarded<KpmDesaDataset>(() => {
    if (!isPlainObject(input)) {
      return finish(input, [rootIssue(input, { id: 'Dataset', en: 'The dataset' })], null);
    }
    const found: PathIssue[] = [];
    const envelope = parseInto(envelopeSchema, input, [], found);
    checkVersion(input.schemaVersion, found);
    const envelopeSound = envelope.success && !found.some((i) => i.code === 'unsupported_schema_version');

    const desa = parseInto(desaSchema, input.desa, ['desa'], found);
    findUnknownFields(topLevelSchema, input, [], found);
    findUnknownFields(desaSchema, input.desa, ['desa'], found);

    const collections = new Map<CollectionName, CollectionResult>();
    for (const name of COLLECTIONS) {
      if (input[name] === undefined) continue;
      const result = validateCollection(name, input[name], found);
      if (result) collections.set(name, result);
    }

    if (!envelopeSound || !desa.success || !envelope.success) return finish(input, found, null);
    const data = { ...envelope.data, desa: desa.data } as KpmDesaDataset;
    const record = data as unknown as Record<string, unknown>;
    for (const [name, result] of collections) record[name] = result.items;
    applyRules(data, collections, found);
    const result = finish<KpmDesaDataset>(input, found, data);
    result.inputIndex = Object.fromEntries([...collections].map(([name, c]) => [name, c.sourceIndex]));
    return result;
  });
}

/** Validates one submission from the participation form; paths are relative to it. */
export function validateUsulanBaru(input: unknown): ValidationResult<UsulanBaru> {
  return guarded<UsulanBaru>(() => {
    if (!isPlainObject(input)) {
      return finish(input, [rootIssue(input, { id: 'Usulan', en: 'The submission' })], null);
    }
    const found: PathIssue[] = [];
    const parsed = parseInto(usulanBaruSchema, input, [], found);
    findUnknownFields(usulanBaruSchema, input, [], found);
    return finish(input, found, parsed.success ? parsed.data : null);
  });
}

// For the single-entity validators in validate-entity.ts, which share this machinery.
export { finish, guarded, isPlainObject, rootIssue };
