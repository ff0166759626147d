/**
 * Attribute lists (DESIGN.md: "lists in one attribute are space-separated", e.g.
 * `filter-status="berjalan selesai"`), read and written the same way by every widget so a
 * host page can deep-link a filtered view.
 */

/** The words of an attribute value, without blanks or repeats, in their first order. */
export function splitList(value: string | null | undefined): string[] {
  return [...new Set((value ?? '').split(/\s+/).filter(Boolean))];
}

/** The attribute value for a list; undefined for an empty list, so the attribute is removed. */
export function joinList(values: readonly (string | number)[]): string | undefined {
  return values.length ? values.join(' ') : undefined;
}
