/**
 * What the reader finds wrong in single rows, reported once the whole sheet is read. One
 * systematic mistake (an amount written "1,5 jt", a date format the reader does not know, a
 * sumber dana word it has never seen) repeats on every row, and 400 near-identical messages
 * bury the one fix; so a run of the same problem in the same column becomes one issue naming
 * the column, how many rows, the first of them and an example. Both templates report through
 * here after their last row, when every row's fate (kept or left out) is known.
 */
import { formatPath, makeIssue, type LocalizedText, type Severity, type ValidationIssue } from '../issues.js';

/** What a problem does to its row, worded for one row and for a group of rows. */
export interface Consequence {
  one: LocalizedText;
  many: LocalizedText;
}

export interface RowFinding {
  row: number;
  /** The column; absent when the finding is about the whole row (too many cells, a duplicate). */
  column?: string;
  severity: Severity;
  code: string;
  /** What is wrong, as it reads after "Baris 12, kolom anggaran: " (or after "Baris 12 "). */
  text: LocalizedText;
  then?: Consequence;
  /**
   * The row `then` speaks of, when `then` says the row is kept (an optional part left out): if
   * another error in the row leaves it out after all, `then` is not said, as it would be untrue.
   */
  keptIf?: { readonly sound: boolean };
}

/**
 * A group starts at four rows. Up to three, separate messages are no longer to read than one
 * grouped message, and each keeps its own row and column (the builder shows "Baris 12, kolom
 * anggaran"); from four on, the repetition is a pattern with one fix, and row-by-row messages
 * only hide the other problems.
 */
const GROUP_FROM = 4;
/** Row numbers a group names before counting the rest: the first ones, to find in Excel. */
const SHOWN_ROWS = 3;

type Lang = keyof LocalizedText;

/** The words around a finding, so both languages are built by one template each. */
const WORDS = {
  id: { Row: 'Baris', row: 'baris', rows: 'baris', Column: 'Kolom', column: 'kolom', in: 'di', eg: 'mis.', more: (n: string) => `dan ${n} baris lain`, locale: 'id-ID' },
  en: { Row: 'Row', row: 'row', rows: 'rows', Column: 'Column', column: 'column', in: 'in', eg: 'e.g.', more: (n: string) => `and ${n} more`, locale: 'en-GB' },
} as const;

interface Said {
  finding: RowFinding;
  then?: Consequence;
}

/**
 * One message: a single row's, or a group's. In a group the first row's text stands for all,
 * marked as an example ("mis. baris 3: …") unless every row says exactly the same; a whole-row
 * text needs a row as its subject ("baris 3 punya 8 sel"), so there it is always an example.
 * Counts are written as the reader writes numbers (5.000 / 5,000); row numbers stay plain, as
 * Excel shows them. A group names its first three rows and counts the rest ("… dan 397 baris
 * lain"), or names all four when counting would leave just one.
 */
function say(group: readonly Said[], lang: Lang): string {
  const w = WORDS[lang];
  const { finding: f, then } = group[0]!;
  const text = `${f.text[lang]}${then ? `; ${(group.length > 1 ? then.many : then.one)[lang]}` : ''}`;
  if (group.length === 1) return f.column === undefined ? `${w.Row} ${f.row} ${text}.` : `${w.Row} ${f.row}, ${w.column} ${f.column}: ${text}`;
  const where = rowsWhere(group.map((s) => s.finding.row), lang);
  if (f.column === undefined) return `${where}, ${w.eg} ${w.row} ${f.row} ${text}.`;
  const same = group.every((s) => s.finding.text.id === f.text.id);
  return `${w.Column} ${f.column} ${w.in} ${where}${same ? '' : `, ${w.eg} ${w.row} ${f.row}`}: ${text}`;
}

/**
 * "400 baris (baris 3, 4, 5 … dan 397 baris lain)" / "400 rows (rows 3, 4, 5 … and 397 more)":
 * the rows of a group, as every grouped message names them.
 */
export function rowsWhere(rows: readonly number[], lang: Lang, noun?: LocalizedText): string {
  const w = WORDS[lang];
  const list = rows.length <= SHOWN_ROWS + 1 ? rows.join(', ')
    : `${rows.slice(0, SHOWN_ROWS).join(', ')} … ${w.more((rows.length - SHOWN_ROWS).toLocaleString(w.locale))}`;
  return `${rows.length.toLocaleString(w.locale)} ${noun?.[lang] ?? w.rows} (${w.rows} ${list})`;
}

/**
 * The rows a one-note message names (total rows skipped, a year filled down): up to ten, then
 * the count of the rest, "3, 4, … 12 … dan 32 baris lain", so the reader knows how many.
 */
export function listRows(rows: readonly number[], lang: Lang): string {
  if (rows.length <= NOTE_ROWS) return rows.join(', ');
  return `${rows.slice(0, NOTE_ROWS).join(', ')} … ${WORDS[lang].more((rows.length - NOTE_ROWS).toLocaleString(WORDS[lang].locale))}`;
}
const NOTE_ROWS = 10;

/** Whether `n` findings of one kind are worth one grouped message rather than `n`. */
export const groupsFrom = (n: number) => n >= GROUP_FROM;

function issue(group: readonly Said[]): ValidationIssue {
  const f = group[0]!.finding;
  const at = group.length === 1 ? ['csv', f.row] : ['csv'];
  return makeIssue(formatPath(f.column === undefined ? at : [...at, f.column]), f.severity, f.code, say(group, 'id'), say(group, 'en'));
}

export class RowFindings {
  private readonly found: RowFinding[] = [];

  add(finding: RowFinding): void {
    this.found.push(finding);
  }

  /**
   * Appends the issues in the order found, a group where its first row's message would stand.
   * Rows group by severity, code, column and consequence, so a group never says of one row
   * what holds only for another (kept in one, left out in the next). One pass to group and
   * one to write: linear in the number of findings.
   */
  flush(issues: ValidationIssue[]): void {
    const groups = new Map<string, Said[]>();
    const said = this.found.map((finding) => {
      const s: Said = { finding, ...(finding.then && finding.keptIf?.sound !== false ? { then: finding.then } : {}) };
      const key = [finding.severity, finding.code, finding.column ?? '', s.then?.one.id ?? ''].join('\u0000');
      const group = groups.get(key) ?? [];
      if (!group.length) groups.set(key, group);
      group.push(s);
      return { s, group };
    });
    for (const { s, group } of said) {
      if (!groupsFrom(group.length)) issues.push(issue([s]));
      else if (group[0] === s) issues.push(issue(group));
    }
    this.found.length = 0;
  }
}
