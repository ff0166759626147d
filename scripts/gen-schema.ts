/**
 * Publishes the data contract as JSON Schema (draft 2020-12), generated from the same zod
 * source the library validates with. Input mode on purpose: objects then do not get
 * `additionalProperties: false`, matching the library, where unknown fields are warnings.
 * `npm run build` imports `buildJsonSchema`; run directly, this writes the file itself.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as z from 'zod/mini';
import { datasetSchema, SCHEMA_VERSION } from '../src/schema/index.js';
import { jsonSchemaMeta } from '../src/schema/entities/common.js';

export const SCHEMA_ID = `https://unpkg.com/kpm-widgets@${SCHEMA_VERSION}/dist/schema/kpm-dataset.schema.json`;
const ROOT_NAME = 'KpmDesaDataset';

type JsonObject = Record<string, unknown>;

export function buildJsonSchema(): JsonObject {
  const generated = z.toJSONSchema(datasetSchema, {
    target: 'draft-2020-12',
    io: 'input',
    metadata: jsonSchemaMeta,
  }) as JsonObject & { $defs: Record<string, JsonObject> };
  // The envelope is registered under an id like every entity, so zod emits it as a $ref;
  // the published document should be the envelope itself.
  const { [ROOT_NAME]: root, ...defs } = generated.$defs;
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: SCHEMA_ID,
    ...root,
    title: 'KpmDesaDataset',
    description:
      `Satu dokumen data desa untuk kpm-widgets (skema ${SCHEMA_VERSION}) — ` +
      `One village's data document for kpm-widgets (schema ${SCHEMA_VERSION})`,
    $defs: defs,
  };
}

const self = fileURLToPath(import.meta.url);
if (process.argv[1] && pathToFileURL(process.argv[1]).href === pathToFileURL(self).href) {
  const out = join(dirname(self), '..', 'dist', 'schema', 'kpm-dataset.schema.json');
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(buildJsonSchema(), null, 2)}\n`);
  console.log(`wrote ${out}`);
}
