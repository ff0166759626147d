/**
 * A CSV tokenizer for what spreadsheets actually write: RFC 4180 quoting (separators, quotes
 * and line breaks inside quoted cells), CRLF or LF or CR line ends, a UTF-8 byte-order mark,
 * and Excel's `sep=;` first line. Excel set to Indonesian saves with `;` (the `,` is the
 * decimal mark there), Google Sheets with `,`, so the separator is detected, not assumed.
 */

export type CsvSeparator = ',' | ';' | '\t';

export interface CsvRecord {
  /** Row number as the spreadsheet shows it (the first record is row 1; a `sep=` line is not a row). */
  row: number;
  cells: string[];
}

export interface CsvTable {
  separator: CsvSeparator;
  records: CsvRecord[];
  /** True when a quoted cell was still open at the end of the text. */
  unterminatedQuote: boolean;
}

const SEPARATORS: readonly CsvSeparator[] = [';', ',', '\t'];
const SEP_LINE = /^sep=(.)\r?\n?/i;

/**
 * The separator of the first record that has one: the candidate that occurs most often outside
 * quotes (`;` wins a tie, because an Indonesian header like `anggaran;uraian` never holds a
 * `;`). A line with none (a title typed above the header) says nothing and is passed over.
 */
export function detectSeparator(text: string): CsvSeparator {
  const counts = new Map<CsvSeparator, number>(SEPARATORS.map((s) => [s, 0]));
  let quoted = false;
  let any = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) {
      if (any) break;
    } else if (!quoted && counts.has(ch as CsvSeparator)) {
      counts.set(ch as CsvSeparator, counts.get(ch as CsvSeparator)! + 1);
      any = true;
    }
  }
  let best: CsvSeparator = ';';
  for (const s of SEPARATORS) if (counts.get(s)! > counts.get(best)!) best = s;
  return best;
}

/** Splits CSV text into records of cells; cells are returned as written (not trimmed). */
export function parseCsv(input: string, separator?: CsvSeparator): CsvTable {
  let text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  let row = 1;
  let declared: CsvSeparator | undefined;
  const hint = SEP_LINE.exec(text);
  // Excel reads a `sep=` line as a setting and does not show it: the header is row 1 on the
  // admin's screen, so the line is not counted, or every message would name the row below.
  if (hint && SEPARATORS.includes(hint[1] as CsvSeparator)) {
    declared = hint[1] as CsvSeparator;
    text = text.slice(hint[0].length);
  }
  const sep = separator ?? declared ?? detectSeparator(text);
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let recordRow = row;
  const endCell = () => {
    cells.push(cell);
    cell = '';
  };
  const endRecord = () => {
    endCell();
    records.push({ row: recordRow, cells });
    cells = [];
    recordRow = ++row;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else cell += ch;
    } else if (ch === '"' && cell.trim() === '') {
      // A quote opens a quoted cell only at its start (spaces before it are dropped).
      cell = '';
      quoted = true;
    } else if (ch === sep) endCell();
    else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRecord();
    } else cell += ch;
  }
  const unterminatedQuote = quoted;
  if (cell !== '' || cells.length || quoted) endRecord();
  return { separator: sep, records, unterminatedQuote };
}
