import type { Teks } from '../schema/index.js';
import type { Lang } from './locale.js';

/**
 * A translatable data text (DATA-MODEL.md section 0) in the reader's language: a plain string
 * is Indonesian and serves every reader; `{ id, en? }` shows `en` to English readers where it
 * is given and not blank, Indonesian otherwise.
 */
export function teksIn(value: Teks | null | undefined, lang: Lang): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  return lang === 'en' && value.en && value.en.trim() !== '' ? value.en : value.id;
}
