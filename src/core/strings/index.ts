import type { Lang } from '../locale.js';
import { en } from './en.js';
import { id } from './id.js';
import type { CoreStrings } from './types.js';

export type { CoreStrings } from './types.js';

const TABLES: Record<Lang, CoreStrings> = { id, en };

export function coreStrings(lang: Lang): CoreStrings {
  return TABLES[lang];
}
