/**
 * Writes docs/data-schema.md, the field reference, from the zod source: one table per entity
 * (field, type, required, description in id and en) and the enum label tables. A Node test
 * compares this output with the committed file, so the docs cannot drift from the schema.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type * as z from 'zod/mini';
import * as schema from '../src/schema/index.js';
import { descriptions, expectations, jsonSchemaMeta } from '../src/schema/entities/common.js';
import { ISSUE_HINTS } from '../src/schema/issue-hints.js';

type Def = { type: string; [key: string]: unknown };
type Schema = z.ZodMiniType;

const ENTITIES: Schema[] = [
  schema.datasetSchema, schema.desaSchema, schema.dusunSchema, schema.apbdesSchema,
  schema.barisAnggaranSchema, schema.realisasiSchema, schema.dokumenPerencanaanSchema,
  schema.forumSchema, schema.kegiatanSchema, schema.progresSchema, schema.kelompokSchema,
  schema.anggotaSchema, schema.kerangkaPenilaianSchema, schema.kriteriaSchema,
  schema.penilaianKelompokSchema, schema.penilaianKriteriaSchema, schema.buktiSchema,
  schema.usulanSchema, schema.usulanBaruSchema, schema.organisasiSchema, schema.kemitraanSchema,
];

const defOf = (s: Schema) => s._zod.def as Def;
const entityName = (s: Schema) => jsonSchemaMeta.get(s)?.id;
const anchor = (name: string) => `[${name}](#${name.toLowerCase()})`;
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** Strips optional/nullable wrappers; says whether the field may be left out. */
function unwrap(s: Schema): { inner: Schema; optional: boolean; nullable: boolean } {
  let inner = s;
  let optional = false;
  let nullable = false;
  for (;;) {
    const def = defOf(inner);
    // A field with a default may be left out, like an optional one.
    if (def.type === 'optional' || def.type === 'default') optional = true;
    else if (def.type === 'nullable') nullable = true;
    else return { inner, optional, nullable };
    inner = def.innerType as Schema;
  }
}

function typeOf(s: Schema): string {
  const name = entityName(s);
  if (name) return anchor(name);
  const def = defOf(s);
  switch (def.type) {
    case 'string':
      return 'string';
    case 'number':
      return def.format === 'safeint' ? 'integer' : 'number';
    case 'boolean':
      return 'boolean';
    case 'enum':
      return `enum: ${Object.values(def.entries as Record<string, string>).map((v) => `\`${v}\``).join(' | ')}`;
    case 'literal':
      return (def.values as unknown[]).map((v) => `\`${JSON.stringify(v)}\``).join(' | ');
    case 'array':
      return `${typeOf(def.element as Schema)}[]`;
    case 'object':
      return 'object';
    case 'record':
      return 'object (map)';
    case 'union':
      return [...new Set((def.options as Schema[]).map(typeOf))].join(' | ');
    case 'nullable':
    case 'optional':
    case 'default':
      return typeOf(unwrap(s).inner);
    default:
      return def.type;
  }
}

interface Row {
  field: string;
  type: string;
  required: boolean;
  id: string;
  en: string;
}

function rowsOf(shape: Record<string, Schema>, prefix: string, rows: Row[]): void {
  for (const [key, field] of Object.entries(shape)) {
    const { inner, optional, nullable } = unwrap(field);
    const text = descriptions.get(field) ?? descriptions.get(inner) ?? { id: '', en: '' };
    const expect = expectations.get(inner);
    const path = `${prefix}${key}`;
    let type = typeOf(inner) + (nullable ? ' | null' : '');
    const isNested = defOf(inner).type === 'object' && !entityName(inner);
    const element = defOf(inner).type === 'array' ? (defOf(inner).element as Schema) : undefined;
    const nestedElement = element && defOf(element).type === 'object' && !entityName(element);
    if (nestedElement) type = 'object[]';
    rows.push({
      field: path,
      type,
      required: !optional,
      id: text.id + (expect ? ` (${expect.id})` : ''),
      en: text.en + (expect ? ` (${expect.en})` : ''),
    });
    if (isNested) rowsOf(defOf(inner).shape as Record<string, Schema>, `${path}.`, rows);
    if (nestedElement) rowsOf(defOf(element).shape as Record<string, Schema>, `${path}[].`, rows);
  }
}

function entitySection(s: Schema): string {
  const name = entityName(s)!;
  const text = descriptions.get(s)!;
  const rows: Row[] = [];
  rowsOf(defOf(s).shape as Record<string, Schema>, '', rows);
  return [
    `## ${name}`,
    '',
    `${text.id}. *${text.en}.*`,
    '',
    '| Kolom / Field | Tipe / Type | Wajib / Req | Keterangan | Description |',
    '| --- | --- | --- | --- | --- |',
    ...rows.map(
      (r) => `| \`${r.field}\` | ${cell(r.type)} | ${r.required ? '✔' : ''} | ${cell(r.id)} | ${cell(r.en)} |`,
    ),
    '',
  ].join('\n');
}

function labelSection([name, table]: [string, Record<string, { id: string; en: string }>]): string {
  return [
    `### \`${name}\``,
    '',
    '| Nilai / Value | Label (id) | Label (en) |',
    '| --- | --- | --- |',
    ...Object.entries(table).map(([slug, l]) => `| \`${slug}\` | ${cell(l.id)} | ${cell(l.en)} |`),
    '',
  ].join('\n');
}

/** Every issue code with what to do about it: the same hints the builder shows. */
function issueSection(): string {
  return [
    '## Kode masalah / Issue codes',
    '',
    'Setiap masalah (di panel galat widget, di event `kpm-error` dan di pembuat data) membawa `code` yang tetap, ' +
      '`severity` (`error`, `warning`, `info`), `path` dan pesan id/en. *Every issue (in a widget’s error panel, ' +
      'the `kpm-error` event and the builder) carries a stable `code`, a `severity` (`error`, `warning`, `info`), ' +
      'a `path` and an id/en message.* Galat biasanya membuat entri yang memuatnya tidak ditampilkan (rujukan ' +
      'yang putus tidak); peringatan dan info hanya memberi tahu. *An error usually leaves the entry it is in ' +
      'out (a broken reference does not); warnings and infos only tell.*',
    '',
    '| Kode / Code | Saran | Fix |',
    '| --- | --- | --- |',
    ...Object.entries(ISSUE_HINTS)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([code, h]) => `| \`${code}\` | ${cell(h.id)} | ${cell(h.en)} |`),
    '',
  ].join('\n');
}

export function renderSchemaDocs(): string {
  const labels = Object.entries(schema)
    .filter(([key]) => key.startsWith('LABEL_'))
    .sort(([a], [b]) => a.localeCompare(b)) as [string, Record<string, { id: string; en: string }>][];
  return [
    '# Referensi skema data / Data schema reference',
    '',
    '<!-- Generated by scripts/gen-schema-docs.ts from src/schema; edit the source, then run `npm run gen:docs`. -->',
    '',
    `Versi skema / schema version: \`${schema.SCHEMA_VERSION}\`. ` +
      'Kolom yang tidak tercantum menghasilkan peringatan (`unknown_field`) dan diabaikan; data tambahan taruh di `ext`. ' +
      '*Fields not listed give a warning (`unknown_field`) and are ignored; put extra data under `ext`.*',
    '',
    'Jalur masalah ditulis seperti `apbdes[0].baris[3].anggaran`. *Issue paths read like `apbdes[0].baris[3].anggaran`.*',
    '',
    ...ENTITIES.map(entitySection),
    '## Label enum / Enum labels',
    '',
    ...labels.map(labelSection),
    issueSection(),
  ].join('\n');
}

const self = fileURLToPath(import.meta.url);
if (process.argv[1] && pathToFileURL(process.argv[1]).href === pathToFileURL(self).href) {
  const out = join(dirname(self), '..', 'docs', 'data-schema.md');
  writeFileSync(out, renderSchemaDocs());
  console.log(`wrote ${out}`);
}
