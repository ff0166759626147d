/**
 * Enum cells as admins write them: the slug (`dana_desa`), its label in either language
 * (`Dana Desa`, `Village Fund`), any case, spaces or hyphens for underscores, `&` or `dan`,
 * with or without a part in brackets (`Dana Desa (DD)`) or a leading "Bidang", and the
 * everyday words of cell-synonyms.ts. The label tables are the schema's own, so a new enum
 * value is readable here without a change.
 */
import type { LocalizedText } from '../issues.js';
import { LABEL_SUMBER_DANA, type SumberDana } from '../entities/enums.js';
import { sumberDanaFromSiskeudes } from '../codes/sumber-dana.js';
import { SUMBER_DANA_SYNONYMS, type Synonyms } from './cell-synonyms.js';

/** `Bidang Pelaksanaan Pembangunan Desa` → `pelaksanaan pembangunan desa`; `Dana Desa (DD)` → `dana desa`. */
export function plainWords(text: string): string {
  return text.toLowerCase().replace(/\(.*?\)/g, ' ').replace(/&/g, ' dan ').replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
    .replace(/^bidang /, '');
}

/** The slug of `table` a cell names, by slug, by its id/en label or by a synonym; undefined otherwise. */
export function readLabelled<K extends string>(cell: string, table: Readonly<Record<K, LocalizedText>>, synonyms: Synonyms<K> = {}): K | undefined {
  const text = plainWords(cell);
  if (text === '') return undefined;
  for (const key of Object.keys(table) as K[]) {
    const label = table[key];
    if (plainWords(key) === text || plainWords(label.id) === text || plainWords(label.en) === text) return key;
  }
  const synonym = synonyms[text];
  return typeof synonym === 'string' ? synonym : undefined;
}

/** The values a cell could mean when its word is ambiguous ("Belum Dimulai"); undefined otherwise. */
export function ambiguousSynonym<K extends string>(cell: string, synonyms: Synonyms<K>): readonly K[] | undefined {
  const synonym = synonyms[plainWords(cell)];
  return typeof synonym === 'string' ? undefined : synonym;
}

/** `Dana Desa`, `dana_desa`, `DDS` (Siskeudes), `DD` and `Pendapatan Asli Desa` all name a source. */
export function readSumberDana(cell: string): SumberDana | undefined {
  const known = readLabelled(cell, LABEL_SUMBER_DANA, SUMBER_DANA_SYNONYMS);
  if (known) return known;
  if (plainWords(cell) === 'dd') return 'dana_desa';
  return sumberDanaFromSiskeudes(cell);
}
