/**
 * The records below the header that are data: rows that cannot be data (too many cells, the
 * header written again) are left out here, each reported the way its cause wants.
 */
import { makeIssue, type ValidationIssue } from '../issues.js';
import type { CsvRecord } from './csv.js';
import { listRows, type Consequence, type RowFindings } from './row-findings.js';

/** Row numbers for a message: `4, 7, 9`, the first ten and `…` beyond. */
/** `JUMLAH PENDAPATAN`, `TOTAL`, `Sub Total Belanja`: a sheet's own sums, when the row has no code. */
export const TOTAL_ROW = /^(?:jumlah|total|sub[\s-]*total)\b/i;

/** One note for a sheet's total rows, which the templates skip: totals are computed, not read. */
export function reportTotalRows(rows: readonly number[], issues: ValidationIssue[]): void {
  if (!rows.length) return;
  issues.push(makeIssue('csv', 'info', 'csv_total_rows',
    `Baris ${listRows(rows, 'id')} adalah baris jumlah (JUMLAH/TOTAL tanpa kode) dan dilewati; jumlah dihitung dari baris rinci.`,
    `Rows ${listRows(rows, 'en')} are total rows (JUMLAH/TOTAL without a code) and are skipped; totals are computed from the detail rows.`));
}

/** Cells up to the last non-blank one: trailing empty cells (`a;b;;`) are not content. */
function filledWidth(record: CsvRecord): number {
  let n = record.cells.length;
  while (n > 0 && record.cells[n - 1]!.trim() === '') n--;
  return n;
}

const sameCells = (a: CsvRecord, b: CsvRecord, width: number) =>
  a.cells.slice(0, width).every((c, i) => c.trim().toLowerCase() === (b.cells[i] ?? '').trim().toLowerCase());

const NOT_COUNTED: Consequence = {
  one: { id: 'baris ini tidak dihitung', en: 'this row is not counted' },
  many: { id: 'baris-baris itu tidak dihitung', en: 'these rows are not counted' },
};

export function dataRecords(header: CsvRecord, records: readonly CsvRecord[], issues: ValidationIssue[], findings: RowFindings): CsvRecord[] {
  const width = filledWidth(header);
  const repeated: number[] = [];
  const data = records.filter((r) => {
    const n = filledWidth(r);
    // A sheet printed page by page, or pasted together, repeats its header: not data, not a mistake.
    if (n === width && sameCells(header, r, width)) {
      repeated.push(r.row);
      return false;
    }
    if (n <= width) return true;
    // Almost always an unquoted thousands comma in a `,` file (12,000,000 → 12 | 000 | 000):
    // every cell after it has shifted, so no cell of the row can be trusted.
    findings.add({
      row: r.row, severity: 'error', code: 'csv_extra_cells', then: NOT_COUNTED,
      text: {
        id: `punya ${n} sel, judul kolom hanya ${width}: angka dengan koma harus diapit tanda kutip atau ditulis tanpa pemisah ribuan`,
        en: `has ${n} cells, the header only ${width} columns: a number with commas must be quoted or written without thousands separators`,
      },
    });
    return false;
  });
  if (repeated.length) {
    issues.push(makeIssue('csv', 'info', 'csv_repeated_header',
      `Baris ${listRows(repeated, 'id')} mengulang baris judul kolom dan dilewati.`,
      `Rows ${listRows(repeated, 'en')} repeat the header row and are skipped.`));
  }
  return data;
}

/**
 * A year typed only on the first row of each block, as a merged "tahun" cell in Excel exports
 * (and as many sheets group their lines): a blank year takes the one above it, with one note
 * naming the rows. Rows before the first year stay blank, for the required-cell error.
 */
export function fillDownYear(
  records: readonly CsvRecord[],
  column: number | undefined,
  issues: ValidationIssue[],
  isTotal: (record: CsvRecord) => boolean,
): void {
  if (column === undefined) return;
  let above = '';
  const filled: number[] = [];
  for (const record of records) {
    // A total row is skipped anyway; naming it here would only add noise.
    if (isTotal(record)) continue;
    const cell = (record.cells[column] ?? '').trim();
    if (cell) above = cell;
    else if (above) {
      record.cells[column] = above;
      filled.push(record.row);
    }
  }
  if (!filled.length) return;
  issues.push(makeIssue('csv', 'info', 'csv_year_filled_down',
    `Kolom tahun kosong di baris ${listRows(filled, 'id')}; diisi dengan tahun baris di atasnya (seperti sel gabungan).`,
    `The tahun column is empty in rows ${listRows(filled, 'en')}; each takes the year of the row above (as a merged cell).`));
}
