/**
 * One import: text in, a validated dataset and the issues out, each issue placed where the
 * admin can find it — the spreadsheet row for a CSV, the line and column for JSON.
 */
import { parseJson } from '../../core/json-parse.js';
import { budgetCsvToDataset } from '../../schema/import/budget-csv.js';
import { makeIssue, type ValidationIssue } from '../../schema/issues.js';
import { validateDataset, type KpmDesaDataset } from '../../schema/index.js';
import { jsonLocator } from './json-locate.js';
import { mergeDatasets } from './merge.js';

export type IssuePlace = { row: number; column?: string } | { line: number; column: number } | null;

export interface PlacedIssue extends ValidationIssue {
  place: IssuePlace;
}

export type ImportSource = 'json' | 'apbdes';

export interface ImportOutcome {
  source: ImportSource;
  ok: boolean;
  data: KpmDesaDataset | null;
  /** Errors first, then warnings, then info; within a severity in the importer's order. */
  issues: PlacedIssue[];
}

export interface CsvImportOptions {
  namaDesa: string;
  kodeWilayah: string;
  /** The dataset already loaded: its village is used, and with `merge` its data is kept. */
  current: KpmDesaDataset | null;
  merge: boolean;
  /** RFC 3339 timestamp for `generatedAt`. */
  generatedAt: string;
}

const ORDER = { error: 0, warning: 1, info: 2 } as const;

function finish(source: ImportSource, data: KpmDesaDataset | null, issues: PlacedIssue[]): ImportOutcome {
  const sorted = issues.map((issue, n) => ({ issue, n }))
    .sort((a, b) => ORDER[a.issue.severity] - ORDER[b.issue.severity] || a.n - b.n)
    .map((x) => x.issue);
  return { source, ok: data !== null && !sorted.some((i) => i.severity === 'error'), data, issues: sorted };
}

export function importJson(text: string): ImportOutcome {
  const parsed = parseJson(text, { inline: true });
  if (!parsed.ok) {
    const e = parsed.error;
    const line = e.kind === 'json' ? (e.line ?? 1) : 1;
    const column = e.kind === 'json' ? (e.column ?? 1) : 1;
    const issue = makeIssue('', 'error', 'json_syntax',
      `Teks ini bukan JSON yang sah: berhenti terbaca di baris ${line}, kolom ${column}.`,
      `This text is not valid JSON: it stops being readable at line ${line}, column ${column}.`);
    return finish('json', null, [{ ...issue, place: { line, column } }]);
  }
  const result = validateDataset(parsed.value);
  const locate = jsonLocator(text);
  return finish('json', result.data, result.issues.map((i) => ({ ...i, place: locate(i.path) })));
}

const CSV_PATH = /^csv\[(\d+)\](?:\.(.+))?$/;
const LINE_PATH = /^apbdes\[(\d+)\]\.baris\[(\d+)\]/;

export function importBudget(text: string, o: CsvImportOptions): ImportOutcome {
  const converted = budgetCsvToDataset(text, {
    desa: o.current?.desa,
    namaDesa: o.current ? undefined : o.namaDesa,
    kodeWilayah: o.kodeWilayah,
    generatedAt: o.generatedAt,
  });
  if (!converted.data) return finish('apbdes', null, converted.issues.map((i) => ({ ...i, place: csvPlace(i.path) })));
  // Rows by APBDes id, so lines keep their rows after a merge moves the APBDes in the list.
  const rowsById = new Map<string, number[]>();
  (converted.data.apbdes as { id: string }[]).forEach((a, k) => rowsById.set(a.id, converted.rows[k] ?? []));
  const input = o.merge && o.current ? mergeDatasets(o.current as unknown as Record<string, unknown>, converted.data) : converted.data;
  const result = validateDataset(input);
  const list = (input.apbdes ?? []) as { id?: string }[];
  const place = (path: string): IssuePlace => {
    const m = LINE_PATH.exec(path);
    const row = m ? rowsById.get(String(list[Number(m[1])]?.id))?.[Number(m[2])] : undefined;
    return row === undefined ? csvPlace(path) : { row };
  };
  return finish('apbdes', result.data, [
    ...converted.issues.map((i) => ({ ...i, place: csvPlace(i.path) })),
    ...result.issues.map((i) => ({ ...i, place: place(i.path) })),
  ]);
}

/** `csv[12].anggaran` → row 12, column anggaran. */
export function csvPlace(path: string): IssuePlace {
  const m = CSV_PATH.exec(path);
  return m ? { row: Number(m[1]), ...(m[2] ? { column: m[2] } : {}) } : null;
}
