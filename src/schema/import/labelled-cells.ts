/**
 * Enum cells as admins write them: the slug (`dana_desa`), its label in either language
 * (`Dana Desa`, `Village Fund`), any case, spaces or hyphens for underscores. The label
 * tables are the schema's own, so a new enum value is readable here without a change.
 */
import type { LocalizedText } from '../issues.js';
import { LABEL_SUMBER_DANA, type SumberDana } from '../entities/enums.js';
import { sumberDanaFromSiskeudes } from '../codes/sumber-dana.js';

const slugOf = (cell: string) => cell.trim().toLowerCase().replace(/[\s/-]+/g, '_');

/** The slug of `table` a cell names, by slug or by its id/en label; undefined otherwise. */
export function readLabelled<K extends string>(cell: string, table: Readonly<Record<K, LocalizedText>>): K | undefined {
  const slug = slugOf(cell);
  const text = cell.trim().toLowerCase();
  for (const key of Object.keys(table) as K[]) {
    const label = table[key];
    if (key.toLowerCase() === slug || label.id.toLowerCase() === text || label.en.toLowerCase() === text) return key;
  }
  return undefined;
}

/** `Dana Desa`, `dana_desa`, `DDS` (Siskeudes) and `DD` all mean `dana_desa`. */
export function readSumberDana(cell: string): SumberDana | undefined {
  const known = readLabelled(cell, LABEL_SUMBER_DANA);
  if (known) return known;
  if (slugOf(cell) === 'dd') return 'dana_desa';
  return sumberDanaFromSiskeudes(cell);
}
