/**
 * The header row of a template sheet: which cell is which column (any order, any case, the
 * names admins actually write), and which of the leading rows is the header at all.
 */
import { formatPath, makeIssue, type LocalizedText, type ValidationIssue } from '../issues.js';
import type { CsvRecord } from './csv.js';

export interface SheetSpec<C extends string> {
  /** The template's columns, in the order the template file writes them. */
  columns: readonly C[];
  /** Other headers admins write for the same column (after `normalizeHeader`). */
  aliases: Readonly<Record<string, C>>;
  /** Required columns; an inner list is a choice, any one of which will do. */
  required: readonly (C | readonly C[])[];
  /** What the rows hold, for the header-only message: `baris anggaran` / `budget lines`. */
  rowNoun: LocalizedText;
  /** The date columns, read with `SheetRow.date`. */
  dates: readonly C[];
}

/** `Anggaran (Rp)` → `anggaran`, `Kode Rekening` → `kode_rekening`, `Laki-laki` → `laki_laki`. */
export function normalizeHeader(h: string): string {
  return h.trim().toLowerCase().replace(/\(.*?\)/g, '').replace(/[.\s/-]+/g, '_').replace(/^_+|_+$/g, '');
}

/** The template column a header cell names, if any. */
export function columnOf<C extends string>(header: string, spec: SheetSpec<C>): C | undefined {
  const h = normalizeHeader(header);
  return (spec.columns as readonly string[]).includes(h) ? (h as C) : spec.aliases[h];
}

/**
 * Header cells to columns. A cell naming a column exactly wins over an alias, wherever it
 * stands: beside an "Uraian" column, "Keterangan" is a note, not the uraian. Of two cells for
 * one column the other is ignored with a warning naming both as written (the first is used,
 * so nothing is lost that the admin meant to be read as that column).
 */
export function mapColumns<C extends string>(header: CsvRecord, spec: SheetSpec<C>, issues: ValidationIssue[]): Map<C, number> {
  const columnAt = new Map<C, number>();
  const cols = header.cells.map((raw) => (normalizeHeader(raw) === '' ? undefined : columnOf(raw, spec)));
  cols.forEach((col, i) => {
    if (col && col === normalizeHeader(header.cells[i]!) && !columnAt.has(col)) columnAt.set(col, i);
  });
  cols.forEach((col, i) => {
    const raw = header.cells[i]!.trim();
    if (raw === '' || normalizeHeader(raw) === '' || columnAt.get(col!) === i) return;
    if (!col) {
      issues.push(makeIssue(formatPath(['csv', header.row, raw]), 'warning', 'csv_unknown_column',
        `Kolom "${raw}" tidak dikenal dan diabaikan.`, `Column "${raw}" is not known and is ignored.`));
    } else if (columnAt.has(col)) {
      const kept = header.cells[columnAt.get(col)!]!.trim();
      issues.push(makeIssue(formatPath(['csv', header.row, raw]), 'warning', 'csv_duplicate_column',
        `Kolom "${raw}" dibaca sebagai ${col}, tetapi "${kept}" sudah ada; "${raw}" diabaikan.`,
        `Column "${raw}" reads as ${col}, but "${kept}" is already there; "${raw}" is ignored.`));
    } else columnAt.set(col, i);
  });
  return columnAt;
}

/** The required columns (or choices of columns) a column map lacks. */
export function missingColumns<C extends string>(columnAt: ReadonlyMap<C, number>, spec: SheetSpec<C>): (C | readonly C[])[] {
  return spec.required.filter((r) => (typeof r === 'string' ? !columnAt.has(r) : !r.some((c) => columnAt.has(c))));
}

/** How many leading rows may stand above the header (a report's title, date, blank lines). */
const HEADER_SEARCH = 10;

/** The index of the first of the leading records holding every required column; -1 if none. */
export function findHeader<C extends string>(records: readonly CsvRecord[], spec: SheetSpec<C>): number {
  return records.slice(0, HEADER_SEARCH).findIndex((r) => missingColumns(mapColumns(r, spec, []), spec).length === 0);
}

export const choiceText = (choice: string | readonly string[], word: string) =>
  typeof choice === 'string' ? choice : choice.join(` ${word} `);

