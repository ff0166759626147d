// The published artefacts against the zod source: the field reference may not drift, and the
// JSON Schema must compile under ajv (draft 2020-12), accept the example and reject bad data.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { renderSchemaDocs } from '../../scripts/gen-schema-docs.js';
import { buildJsonSchema, SCHEMA_ID } from '../../scripts/gen-schema.js';

const root = new URL('../../', import.meta.url);
const example = JSON.parse(readFileSync(new URL('test/fixtures/desa-sukamaju-2025.json', root), 'utf8'));

let compiled: ReturnType<Ajv2020['compile']> | undefined;
function compile() {
  // No ajv-formats here: the schema carries patterns, not `format`, so none is needed.
  compiled ??= new Ajv2020({ strict: false, allErrors: true }).compile(buildJsonSchema());
  return compiled;
}

function mutate(change: (d: any) => void): unknown {
  const copy = structuredClone(example);
  change(copy);
  return copy;
}

test('docs/data-schema.md matches the zod source', () => {
  const committed = readFileSync(new URL('docs/data-schema.md', root), 'utf8');
  assert.ok(
    renderSchemaDocs() === committed,
    'docs/data-schema.md is out of date with src/schema: run `npm run gen:docs` and commit it',
  );
});

test('the JSON Schema is draft 2020-12 with an id, title and description', () => {
  const schema = buildJsonSchema();
  assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
  assert.equal(schema.$id, SCHEMA_ID);
  assert.equal(schema.title, 'KpmDesaDataset');
  assert.match(String(schema.description), /kpm-widgets/);
  // Unknown fields are warnings in the library, so the schema must not forbid them.
  assert.ok(!JSON.stringify(schema).includes('"additionalProperties":false'));
});

test('the JSON Schema compiles with ajv and accepts the example dataset', () => {
  const validate = compile();
  const valid = validate(example);
  assert.ok(valid, JSON.stringify(validate.errors?.slice(0, 5), null, 2));
});

const bad: Array<[string, (d: any) => void, string]> = [
  ['anggaran as a string', (d) => { d.apbdes[0].baris[0].anggaran = '1000'; }, '/apbdes/0/baris/0/anggaran'],
  ['fractional money', (d) => { d.apbdes[0].baris[0].anggaran = 1000.5; }, '/apbdes/0/baris/0/anggaran'],
  ['negative money', (d) => { d.kegiatan[0].anggaran.total = -5; }, '/kegiatan/0/anggaran/total'],
  ['money above 1e13', (d) => { d.apbdes[1].baris[2].anggaran = 2e13; }, '/apbdes/1/baris/2/anggaran'],
  ['bad kodeRekening', (d) => { d.apbdes[0].baris[0].kodeRekening = '7.1.1'; }, '/apbdes/0/baris/0/kodeRekening'],
  ['bad id', (d) => { d.kegiatan[0].id = 'Kegiatan Satu'; }, '/kegiatan/0/id'],
  ['missing desa.nama', (d) => { delete d.desa.nama; }, '/desa'],
  ['bad enum', (d) => { d.kegiatan[0].status = 'sedang'; }, '/kegiatan/0/status'],
  ['bad date format', (d) => { d.forum[0].tanggal = '30/06/2025'; }, '/forum/0/tanggal'],
  ['bidang 6', (d) => { d.kegiatan[1].bidang = 6; }, '/kegiatan/1/bidang'],
  ['javascript: URL', (d) => { d.apbdes[0].dokumenUrl = 'javascript:alert(1)'; }, '/apbdes/0/dokumenUrl'],
  ['empty baris', (d) => { d.apbdes[2].baris = []; }, '/apbdes/2/baris'],
  ['desa as a string', (d) => { d.desa = 'Sukamaju'; }, '/desa'],
];

for (const [name, change, path] of bad) {
  test(`the JSON Schema rejects: ${name}`, () => {
    const validate = compile();
    assert.equal(validate(mutate(change)), false, `${name} was accepted`);
    const paths = (validate.errors ?? []).map((e) => e.instancePath);
    assert.ok(paths.includes(path), `expected an error at ${path}, got ${paths.join(', ')}`);
  });
}

test('the JSON Schema lets kerangkaId be left out (DATA-MODEL section 7: it defaults to kpm-8-kriteria)', () => {
  const validate = compile();
  assert.ok(validate(mutate((d) => { delete d.penilaianKpm[0].kerangkaId; })), JSON.stringify(validate.errors));
  const schema = buildJsonSchema() as { $defs: Record<string, { properties: Record<string, { default?: unknown }> }> };
  assert.equal(schema.$defs.PenilaianKelompok!.properties.kerangkaId!.default, 'kpm-8-kriteria');
});
