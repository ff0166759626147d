/**
 * CSV that opens right in Excel set to Indonesian: Excel there splits on `;` (the list
 * separator of a locale whose decimal mark is `,`), reads UTF-8 only with a BOM, and turns
 * `1.250.000` into 1,25 — so amounts are written as bare digits and fractions with a comma.
 */
export type CsvCell = string | number | null | undefined;

const BOM = '\ufeff';
const SEPARATOR = ';';

function cell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '';
    return Number.isInteger(value) ? String(value) : String(value).replace('.', ',');
  }
  // A leading = + - @ would make Excel run the cell as a formula (CSV injection).
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows to CSV text, with BOM and CRLF line ends. */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return BOM + rows.map((row) => row.map(cell).join(SEPARATOR)).join('\r\n') + '\r\n';
}

export function csvBlob(rows: readonly (readonly CsvCell[])[]): Blob {
  return new Blob([toCsv(rows)], { type: 'text/csv;charset=utf-8' });
}
