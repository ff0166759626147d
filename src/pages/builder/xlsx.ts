import { toCsv, type CsvCell } from '../../core/csv.js';

/** A spreadsheet cell as CSV text the importers read: dates as YYYY-MM-DD, numbers bare. */
export function xlsxCell(value: unknown): CsvCell {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value === 'number') return value;
  return String(value);
}

/**
 * The first sheet of an .xlsx file as CSV text, so a workbook goes down the same import path
 * as a saved CSV. The reader is loaded only now: pages that never see a workbook skip it.
 */
export async function xlsxToCsv(file: Blob): Promise<string> {
  const { readSheet } = await import('read-excel-file/browser');
  const rows = await readSheet(file);
  return toCsv(rows.map((row) => row.map(xlsxCell)));
}
