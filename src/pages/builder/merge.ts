/**
 * "Gabungkan dengan data saat ini": a CSV adds its collections to the dataset already loaded.
 * An entity of the import replaces the loaded one with the same `id` (the CSV's APBDes 2025
 * perubahan replaces the old one); the rest of the loaded data stays as it was.
 */
const ENVELOPE = new Set(['schemaVersion', 'sumber', 'desa']);

type Entity = { id?: unknown };

export function mergeDatasets(base: Record<string, unknown>, add: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(add)) {
    if (ENVELOPE.has(key)) continue;
    if (Array.isArray(value) && Array.isArray(base[key])) {
      const ids = new Set((value as Entity[]).map((e) => e?.id));
      out[key] = [...(base[key] as Entity[]).filter((e) => !ids.has(e?.id)), ...value];
    } else out[key] = value;
  }
  return out;
}
