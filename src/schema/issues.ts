/**
 * The shape of every validation finding. Widgets, the error panel and the builder all read
 * this, so it is the one contract between `schema/` and everything above it.
 */
export type Severity = 'error' | 'warning' | 'info';

/** A message in both languages the library speaks; `id` is Indonesian, `en` English. */
export interface LocalizedText {
  id: string;
  en: string;
}

export interface ValidationIssue {
  /** JSON path as DATA-MODEL.md writes it: `apbdes[0].baris[3].anggaran`; '' for the root. */
  path: string;
  severity: Severity;
  /** Stable machine code, e.g. `invalid_type`, `dangling_reference`, `siltap_over_30`. */
  code: string;
  message: LocalizedText;
}

/** Builds an issue; the one place issues are made, so their shape cannot drift. */
export function makeIssue(
  path: string,
  severity: Severity,
  code: string,
  id: string,
  en: string,
): ValidationIssue {
  return { path, severity, code, message: { id, en } };
}

/**
 * Writes a path in the form DATA-MODEL.md section 0 uses: keys joined by dots, array
 * indexes in brackets (`apbdes[0].baris[3].anggaran`).
 */
export function formatPath(segments: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const seg of segments) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out === '' ? String(seg) : `.${String(seg)}`;
  }
  return out;
}
