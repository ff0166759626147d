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
  const def = schema._zod.def as Def;
  switch (def.type) {
    case 'object': {
      if (!isPlainObject(value)) return;
      const shape = def.shape as Record<string, z.ZodMiniType>;
      const known = Object.keys(shape);
      for (const key of Object.keys(value)) {
        const child = Object.hasOwn(shape, key) ? shape[key] : undefined;
        if (child) findUnknownFields(child, value[key], [...segments, key], out);
        else out.push(unknownField([...segments, key], key, known));
      }
      return;
    }
    case 'array':
      if (Array.isArray(value)) {
        const element = def.element as z.ZodMiniType;
        value.forEach((item, i) => findUnknownFields(element, item, [...segments, i], out));
      }
      return;
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'nonoptional':
      findUnknownFields(def.innerType as z.ZodMiniType, value, segments, out);
      return;
    case 'union': {
      // Only the branch the value fits says which fields it may have.
      const branch = (def.options as z.ZodMiniType[]).find((o) => o.safeParse(value).success);
      if (branch) findUnknownFields(branch, value, segments, out);
      return;
    }
    case 'record':
      if (isPlainObject(value)) {
        const inner = def.valueType as z.ZodMiniType;
        for (const key of Object.keys(value)) findUnknownFields(inner, value[key], [...segments, key], out);
      }
      return;
    case 'pipe':
      findUnknownFields(def.in as z.ZodMiniType, value, segments, out);
      return;
    default:
      return;
  }
}
