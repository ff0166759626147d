/**
 * Progress written as a fraction: an Excel percent cell saved without its format becomes
 * `0,75` for 75 %. A column whose every value is at most 1, with at least one decimal, can only
 * be fractions (no village tracks all its works below 1 %), so it is read ×100 with a warning.
 * In a column of ordinary percentages, a lone decimal below 1 may be either, so it is kept as
 * written and the warning names it.
 */
import { makeIssue, type ValidationIssue } from '../issues.js';
import { listRows } from './row-findings.js';

export interface ProgresCell {
  row: number;
  /** The cell as written; a `%` sign says it is a percentage whatever its size. */
  text: string;
  entry: { persenFisik: number };
}

export function readFractions(cells: readonly ProgresCell[], issues: ValidationIssue[]): void {
  const fractionLike = (c: ProgresCell) => !c.text.includes('%') && c.entry.persenFisik < 1 && !Number.isInteger(c.entry.persenFisik);
  const suspects = cells.filter(fractionLike);
  if (!suspects.length) return;
  if (cells.every((c) => !c.text.includes('%') && c.entry.persenFisik <= 1)) {
    for (const c of cells) c.entry.persenFisik = Math.round(c.entry.persenFisik * 10_000) / 100;
    const rows = cells.map((c) => c.row);
    issues.push(makeIssue('csv', 'warning', 'csv_progres_fraction',
      `Kolom progres hanya berisi angka 0–1 (baris ${listRows(rows, 'id')}): dibaca sebagai pecahan, mis. 0,75 = 75 %. Bila memang di bawah 1 %, tulis dengan tanda % (0,75%).`,
      `The progres column holds only numbers 0–1 (rows ${listRows(rows, 'en')}): read as fractions, e.g. 0.75 = 75 %. If they really are below 1 %, write them with a % sign (0.75%).`));
    return;
  }
  const rows = suspects.map((c) => c.row);
  issues.push(makeIssue('csv', 'warning', 'csv_progres_fraction',
    `Progres di baris ${listRows(rows, 'id')} di bawah 1 % dan berdesimal, seperti pecahan (75 % ditulis 0,75); dibaca apa adanya. Tulis 75 atau 75% bila maksudnya 75 %.`,
    `Progress in rows ${listRows(rows, 'en')} is below 1 % with decimals, like a fraction (75 % written 0.75); read as written. Write 75 or 75% if 75 % is meant.`));
}
