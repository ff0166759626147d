/**
 * Unknown fields are warnings, not errors (DATA-MODEL section 0): a typo such as `anggran`
 * must surface, and data from a newer minor version must still render. zod strips unknown
 * keys silently, so this walks the input beside the schema and reports each one.
 */
import type * as z from 'zod/mini';
import type { PathIssue } from './collect.js';

type Def = { type: string; [key: string]: unknown };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Edit distance, capped: only near misses are worth suggesting. */
function distance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = prev[j]!;
      prev[j] = Math.min(above + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = above;
    }
  }
  return prev[b.length]!;
}

export function closestField(key: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(1, Math.min(3, Math.floor(key.length / 3)));
  for (const candidate of known) {
    const d = distance(key.toLowerCase(), candidate.toLowerCase());
    if (d <= bestDistance) {
      best = candidate;
      bestDistance = d - 1;
    }
  }
  return best;
}

function unknownField(segments: PropertyKey[], key: string, known: readonly string[]): PathIssue {
  const guess = closestField(key, known);
  const shown = key.length > 40 ? `${key.slice(0, 39)}…` : key;
  return {
    segments,
    severity: 'warning',
    code: 'unknown_field',
    message: {
      id:
        `kolom "${shown}" tidak dikenal dan diabaikan` +
        (guess ? `; mungkin maksudnya "${guess}"?` : '; data tambahan taruh di "ext"'),
      en:
        `unknown field "${shown}" was ignored` +
        (guess ? `; did you mean "${guess}"?` : '; put extra data under "ext"'),
    },
  };
}

export function findUnknownFields(
  schema: z.ZodMiniType,
  value: unknown,
  segments: PropertyKey[],
  out: PathIssue[],
): void {
  // One path array pushed and popped along the walk, copied only into an issue: a copy per
  // field was most of this walk's time on a 5,000-line budget.
  walk(schema, value, [...segments], out);
}

function walk(schema: z.ZodMiniType, value: unknown, path: PropertyKey[], out: PathIssue[]): void {
  const def = schema._zod.def as Def;
  switch (def.type) {
    case 'object': {
      if (!isPlainObject(value)) return;
      const shape = def.shape as Record<string, z.ZodMiniType>;
      for (const key of Object.keys(value)) {
        const child = Object.hasOwn(shape, key) ? shape[key] : undefined;
        if (child) {
          path.push(key);
          walk(child, value[key], path, out);
          path.pop();
        } else {
          out.push(unknownField([...path, key], key, Object.keys(shape)));
        }
      }
      return;
    }
    case 'array':
      if (Array.isArray(value)) {
        const element = def.element as z.ZodMiniType;
        for (let i = 0; i < value.length; i++) {
          if (!(i in value)) continue; // a hole, skipped as forEach would
          path.push(i);
          walk(element, value[i], path, out);
          path.pop();
        }
      }
      return;
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'nonoptional':
      walk(def.innerType as z.ZodMiniType, value, path, out);
      return;
    case 'union': {
      // Only the branch the value fits says which fields it may have.
      const branch = (def.options as z.ZodMiniType[]).find((o) => o.safeParse(value).success);
      if (branch) walk(branch, value, path, out);
      return;
    }
    case 'record':
      if (isPlainObject(value)) {
        const inner = def.valueType as z.ZodMiniType;
        for (const key of Object.keys(value)) {
          path.push(key);
          walk(inner, value[key], path, out);
          path.pop();
        }
      }
      return;
    case 'pipe':
      walk(def.in as z.ZodMiniType, value, path, out);
      return;
    default:
      return;
  }
}
