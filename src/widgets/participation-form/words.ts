/**
 * What the form says in a notice or a note, kept as a string-table key and its arguments (or
 * the server's own words) rather than as a finished sentence: it is worded at render time, so
 * a page that switches `lang` re-words a notice already on screen.
 */
import type { Lang } from '../../core/locale.js';
import { teksIn } from '../../core/teks.js';
import type { LocalizedText } from '../../schema/index.js';
import type { FormStrings } from './strings.js';

type Entry = FormStrings[keyof FormStrings];
type TextKey = { [K in keyof FormStrings]: FormStrings[K] extends string ? K : never }[keyof FormStrings];
type FnKey = { [K in keyof FormStrings]: FormStrings[K] extends (...a: never[]) => string ? K : never }[keyof FormStrings];

export type Words =
  | { key: TextKey }
  | { [K in FnKey]: { key: K; args: Parameters<FormStrings[K]> } }[FnKey]
  /** A server's or host's message: a plain one as given, `{id, en}` in the reader's language. */
  | { message: string | LocalizedText };

export function wordsText(w: Words, s: FormStrings, lang: Lang): string {
  if ('message' in w) return teksIn(w.message, lang);
  const entry: Entry = s[w.key];
  return typeof entry === 'function' ? (entry as (...a: unknown[]) => string)(...('args' in w ? w.args : [])) : String(entry);
}
