/**
 * The last step of every spreadsheet import: validate the converted dataset like any JSON,
 * and prefix each issue about something that came from one row with that row, so an admin
 * reading "kegiatan[3].bidang" or "apbdes[0].baris[3].kodeRekening" knows which row to fix.
 */
import type { LocalizedText, ValidationIssue } from '../issues.js';
import type { ValidationResult } from '../validate.js';
import { groupsFrom, rowsWhere } from './row-findings.js';

export function withCsvRow(issue: ValidationIssue, row: number | undefined): ValidationIssue {
  if (row === undefined) return issue;
  return {
    ...issue,
    message: { id: `Baris CSV ${row}: ${issue.message.id}`, en: `CSV row ${row}: ${issue.message.en}` },
  };
}

interface Placed {
  issue: ValidationIssue;
  row: number | undefined;
}

const CSV_ROWS: LocalizedText = { id: 'baris CSV', en: 'CSV rows' };
const GROUP_WORDS = { id: { in: 'Di', eg: 'mis. baris' }, en: { in: 'In', eg: 'e.g. row' } } as const;

/**
 * One rule broken the same way on many rows (a sumber_dana column left empty fails "belanja
 * needs a sumber dana" on every belanja row) as one issue, as the reader does for its own
 * findings: "Di 23 baris CSV (baris 13, 14, 15 … dan 20 baris lain), mis. baris 13: …". It keeps
 * the first issue's code, hint and path, so a widget still finds it among its collections.
 */
function grouped(group: readonly Placed[]): ValidationIssue {
  const first = group[0]!;
  const rows = [...new Set(group.map((p) => p.row!))].sort((a, b) => a - b);
  const same = group.every((p) => p.issue.message.id === first.issue.message.id);
  const say = (lang: 'id' | 'en') =>
    `${GROUP_WORDS[lang].in} ${rowsWhere(rows, lang, CSV_ROWS)}${same ? '' : `, ${GROUP_WORDS[lang].eg} ${first.row}`}: ${first.issue.message[lang]}`;
  return { ...first.issue, message: { id: say('id'), en: say('en') } };
}

/**
 * Each issue named by its row; issues of one code and severity at the same field of
 * different rows (`apbdes[0].baris[11].sumberDana`, `…baris[12]…`) group from the reader's
 * threshold on, in the place their first one would stand.
 */
function byRow(placed: readonly Placed[]): ValidationIssue[] {
  const keyOf = (p: Placed) =>
    p.row === undefined ? null : [p.issue.severity, p.issue.code, p.issue.path.replace(/\[\d+\]/g, '[]')].join('\u0000');
  const groups = new Map<string, Placed[]>();
  for (const p of placed) {
    const key = keyOf(p);
    if (key === null) continue;
    const group = groups.get(key) ?? [];
    if (!group.length) groups.set(key, group);
    group.push(p);
  }
  const out: ValidationIssue[] = [];
  for (const p of placed) {
    const key = keyOf(p);
    const group = key === null ? undefined : groups.get(key)!;
    if (!group || !groupsFrom(group.length)) out.push(withCsvRow(p.issue, p.row));
    else if (group[0] === p) out.push(grouped(group));
  }
  return out;
}

/**
 * `validate` is the caller's (the full `validateDataset`, or a widget's smaller one, so this
 * file brings no validator of its own); `rowOf` maps an issue path to its spreadsheet row.
 */
export function validateImport(
  validate: (input: unknown) => ValidationResult,
  converted: { data: unknown; issues: ValidationIssue[] },
  rowOf: (path: string) => number | undefined,
): ValidationResult {
  if (!converted.data) return { ok: false, data: null, issues: converted.issues };
  const validated = validate(converted.data);
  const issues = [...converted.issues, ...byRow(validated.issues.map((issue) => ({ issue, row: rowOf(issue.path) })))];
  return { ...validated, ok: !issues.some((i) => i.severity === 'error'), issues };
}
