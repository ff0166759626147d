import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { stripSchemaDocs } from '../../scripts/strip-docs.js';

test('strips the description arguments of doc() and opt(), nested calls included', () => {
  const src = `const a = doc(entity({ x: opt(text(), 'Teks', 'Text'), y: doc(id(), 'Id', 'Id') }), 'Entitas', 'Entity', 'Name');`;
  assert.equal(stripSchemaDocs(src), `const a = doc(entity({ x: opt(text()), y: doc(id()) }));`);
});

test('leaves calls whose extra arguments are not string literals alone', () => {
  const src = `const b = opt(text(), label, 'x'); const c = doc(s);`;
  assert.equal(stripSchemaDocs(src), src);
});

test('removes every description string from the real entity files and nothing else', () => {
  const file = 'src/schema/entities/apbdes.ts';
  const code = readFileSync(file, 'utf8');
  const out = stripSchemaDocs(code, file);
  assert.ok(code.includes('Cumulative realisation up to this date'));
  assert.ok(!out.includes('Cumulative realisation up to this date'));
  assert.ok(!out.includes("'BarisAnggaran'"));
  // The schema structure stays: every field key is still there.
  for (const key of ['sampaiTanggal:', 'kodeRekening:', 'anggaranSemula:', 'realisasi:']) assert.ok(out.includes(key), key);
});
