import type { LocalizedText } from '../issues.js';

export type Labels = Readonly<Record<string, LocalizedText>>;

/** The slugs of a label table, in its order, typed as a non-empty tuple for `z.enum`. */
// Marked so that an unused table and its slug list drop out of a bundle together.
/* @__NO_SIDE_EFFECTS__ */
export function slugs<T extends Labels>(table: T): readonly [keyof T & string, ...(keyof T & string)[]] {
  return Object.keys(table) as never;
}
