/**
 * One import: text in, a validated dataset and the issues out, each issue placed where the
 * admin can find it — the spreadsheet row for a CSV, the line and column for JSON.
 */
import { parseJson } from '../../core/json-parse.js';
import { budgetCsvToDataset } from '../../schema/import/budget-csv.js';
import { detectCsvKind, type CsvKind } from '../../schema/import/detect-csv-kind.js';
import { kegiatanCsvToDataset } from '../../schema/import/kegiatan-csv.js';
import { makeIssue, type ValidationIssue } from '../../schema/issues.js';
import { validateDataset, type KpmDesaDataset } from '../../schema/index.js';
import { jsonLocator } from './json-locate.js';
import { mergeDatasets } from './merge.js';

export type IssuePlace = { row: number; column?: string } | { line: number; column: number } | null;

export interface PlacedIssue extends ValidationIssue {
  place: IssuePlace;
}

export type ImportSource = 'json' | CsvKind;

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
const KEGIATAN_PATH = /^kegiatan\[(\d+)\]/;

type Converted = { data: Record<string, unknown> | null; issues: ValidationIssue[]; rows: number[][] | number[] };
type Listed = { id?: unknown; baris?: unknown[] }[];

/**
 * Spreadsheet rows keyed by entity id (`apbdes:<id>:<line>`, `kegiatan:<id>`), not by index,
 * so a row stays with its entity after a merge moves it in the list.
 */
function rowKeys(kind: CsvKind, converted: Converted): Map<string, number> {
  const keys = new Map<string, number>();
  const list = (converted.data?.[kind] ?? []) as Listed;
  list.forEach((e, k) => {
    const rows = converted.rows[k];
    if (Array.isArray(rows)) rows.forEach((row, j) => keys.set(`${kind}:${String(e.id)}:${j}`, row));
    else if (rows !== undefined) keys.set(`${kind}:${String(e.id)}`, rows);
  });
  return keys;
}

/** A budget or kegiatan CSV (the template is told by its header; budget when unclear). */
export function importCsv(text: string, o: CsvImportOptions): ImportOutcome {
  const kind: CsvKind = detectCsvKind(text) ?? 'apbdes';
  const current = o.current;
  // The loaded village's full profile when the CSV adds to it, or when the fields still name it.
  const sameVillage = current && (o.merge || (o.namaDesa.trim() === current.desa.nama && o.kodeWilayah.trim() === current.desa.kodeWilayah));
  const options = {
    desa: sameVillage ? current.desa : undefined,
    namaDesa: o.namaDesa,
    kodeWilayah: o.kodeWilayah,
    generatedAt: o.generatedAt,
  };
  const converted: Converted =
    kind === 'apbdes'
      ? budgetCsvToDataset(text, options)
      : (kegiatanCsvToDataset(text, options) as unknown as Converted);
  const csvIssues = converted.issues.map((i) => ({ ...i, place: csvPlace(i.path) }));
  if (!converted.data) return finish(kind, null, csvIssues);
  const keys = rowKeys(kind, converted);
  const input = o.merge && current ? mergeDatasets(current as unknown as Record<string, unknown>, converted.data) : converted.data;
  const result = validateDataset(input);
  const id = (key: 'apbdes' | 'kegiatan', n: string) => String(((input[key] ?? []) as Listed)[Number(n)]?.id);
  const place = (path: string): IssuePlace => {
    const line = LINE_PATH.exec(path);
    const keg = KEGIATAN_PATH.exec(path);
    const row = line
      ? keys.get(`apbdes:${id('apbdes', line[1]!)}:${line[2]}`)
      : keg
        ? keys.get(`kegiatan:${id('kegiatan', keg[1]!)}`)
        : undefined;
    return row === undefined ? csvPlace(path) : { row };
  };
  return finish(kind, result.data, [...csvIssues, ...result.issues.map((i) => ({ ...i, place: place(i.path) }))]);
}

/** `csv[12].anggaran` → row 12, column anggaran. */
export function csvPlace(path: string): IssuePlace {
  const m = CSV_PATH.exec(path);
  return m ? { row: Number(m[1]), ...(m[2] ? { column: m[2] } : {}) } : null;
}
