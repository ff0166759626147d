/**
 * What every spreadsheet template shares: a header row read into known columns (any order,
 * any case, the names admins actually write), and a row reader whose failures become issues
 * naming the spreadsheet row and column (`csv[12].anggaran`). Each template only says which
 * columns it has and what a row means.
 */
import { formatPath, makeIssue, type LocalizedText, type Severity, type ValidationIssue } from '../issues.js';
import { parseCsv, type CsvRecord, type CsvSeparator } from './csv.js';
import { dateOrder, parseTanggal, type CellProblem, type CellResult } from './cell-values.js';
import { ambiguousSynonym, readLabelled } from './labelled-cells.js';
import type { Synonyms } from './cell-synonyms.js';
import { LABEL_SUMBER_DANA } from '../entities/enums.js';
import { SUMBER_DANA_SISKEUDES } from '../codes/sumber-dana.js';
import { dataRecords } from './sheet-records.js';
import { choiceText, findHeader, mapColumns, missingColumns, type SheetSpec } from './sheet-header.js';
import { listRows, RowFindings, type Consequence } from './row-findings.js';

export { columnOf, normalizeHeader, type SheetSpec } from './sheet-header.js';

export interface Sheet<C extends string> {
  /** The non-blank records after the header. */
  records: CsvRecord[];
  columnAt: ReadonlyMap<C, number>;
  /** The first month-first date (`9/30/2025`) in a date column, if any. */
  monthFirst?: { row: number; column: C; cell: string };
  /** What rows report, written as issues by `findings.flush` once the last row is read. */
  findings: RowFindings;
}

/** The separator in words: a tab quoted as `"	"` looks like nothing at all. */
const SEPARATOR_NAME: Readonly<Record<CsvSeparator, LocalizedText>> = {
  ';': { id: 'titik koma ";"', en: 'semicolon ";"' },
  ',': { id: 'koma ","', en: 'comma ","' },
  '\t': { id: 'tab', en: 'tab' },
};

const PROBLEM_TEXT: Readonly<Record<CellProblem, LocalizedText>> = {
  not_a_number: { id: 'bukan angka yang dapat dibaca', en: 'is not a readable number' },
  negative: { id: 'tidak boleh negatif', en: 'must not be negative' },
  fraction: {
    id: 'memuat sen; rupiah ditulis bulat (di format Indonesia koma adalah tanda desimal)',
    en: 'has sen; rupiah are written whole (in Indonesian format the comma is the decimal mark)',
  },
  not_whole: { id: 'bukan bilangan bulat', en: 'is not a whole number' },
  ambiguous_decimal: {
    id: 'tidak jelas: tiga angka sesudah tanda terakhir bisa desimal atau ribuan (angkanya berbeda seribu kali); tulis angka tanpa pemisah, mis. 1000 atau 1000000',
    en: 'is ambiguous: three digits after the last mark can be decimals or thousands (a thousandfold apart); write the number without separators, e.g. 1000 or 1000000',
  },
  scientific: {
    id: 'ditulis dalam notasi ilmiah (E+): Excel menulis angka panjang begitu bila kolomnya berformat General, dan angkanya sudah dibulatkan; format sel sebagai Angka tanpa desimal, lalu simpan lagi',
    en: 'is in scientific notation (E+): Excel writes long numbers so when the column is formatted General, already rounded; format the cells as Number without decimals and save again',
  },
  text_marker: {
    id: 'diawali tanda petik (\'), tanda Excel untuk sel teks; hapus tanda petik di depan angka',
    en: 'starts with an apostrophe (\'), Excel\'s mark for a text cell; remove the apostrophe before the number',
  },
  not_a_date: { id: 'bukan tanggal (tulis 2025-06-30 atau 30/06/2025)', en: 'is not a date (write 2025-06-30 or 30/06/2025)' },
};

/**
 * One `9/30/2025` shows the sheet was written month first (a US locale writes every date
 * column alike), so its `5/12/2025` is 12 May, not the 5 December a day-first reading makes.
 */
function firstMonthFirst<C extends string>(records: readonly CsvRecord[], columnAt: ReadonlyMap<C, number>, dates: readonly C[]) {
  for (const r of records) {
    for (const column of dates) {
      const cell = (r.cells[columnAt.get(column) ?? -1] ?? '').trim();
      if (dateOrder(cell) === 'month_first') return { row: r.row, column, cell };
    }
  }
  return undefined;
}

/**
 * Reads the header row into a column map. Returns null (with one error issue) when the file
 * is empty or lacks a required column; warns about unknown columns, and about a file that
 * holds only its header.
 */
export function readSheet<C extends string>(text: string, spec: SheetSpec<C>, issues: ValidationIssue[]): Sheet<C> | null {
  const table = parseCsv(text);
  const records = table.records.filter((r) => r.cells.some((c) => c.trim() !== ''));
  // Title rows above the header ("PEMERINTAH DESA SUKAMAJU;;;") are skipped: the header is the
  // first of the leading rows with every required column, else the first row (then reported).
  const skipped = records.splice(0, Math.max(0, findHeader(records, spec)));
  const header = records.shift();
  if (!header) {
    issues.push(makeIssue('csv', 'error', 'csv_empty', 'Berkas CSV kosong: tidak ada baris judul kolom.', 'The CSV file is empty: no header row.'));
    return null;
  }
  if (table.unterminatedQuote) {
    issues.push(makeIssue('csv', 'error', 'csv_unterminated_quote',
      'Tanda kutip (") dibuka tetapi tidak ditutup; sisa berkas terbaca sebagai satu sel.',
      'A quote (") is opened but never closed; the rest of the file reads as one cell.'));
  }

  if (skipped.length) {
    issues.push(makeIssue('csv', 'info', 'csv_title_rows',
      `Baris ${listRows(skipped.map((r) => r.row), 'id')} di atas baris judul kolom (baris ${header.row}) dilewati sebagai judul laporan.`,
      `Rows ${listRows(skipped.map((r) => r.row), 'en')} above the header row (row ${header.row}) are skipped as a report title.`));
  }
  const columnAt = mapColumns(header, spec, issues);
  const missing = missingColumns(columnAt, spec);
  if (missing.length) {
    issues.push(makeIssue(formatPath(['csv', header.row]), 'error', 'csv_missing_column',
      `Baris judul tidak memuat kolom wajib: ${missing.map((m) => choiceText(m, 'atau')).join(', ')} (pemisah terbaca: ${SEPARATOR_NAME[table.separator].id}).`,
      `The header row lacks required columns: ${missing.map((m) => choiceText(m, 'or')).join(', ')} (separator read: ${SEPARATOR_NAME[table.separator].en}).`));
    return null;
  }
  if (!records.length) {
    issues.push(makeIssue('csv', 'error', 'csv_no_rows', `Berkas CSV hanya berisi baris judul, tanpa ${spec.rowNoun.id}.`,
      `The CSV file holds only the header row, no ${spec.rowNoun.en}.`));
  }
  const findings = new RowFindings();
  const data = dataRecords(header, records, issues, findings);
  const monthFirst = firstMonthFirst(data, columnAt, spec.dates);
  return { records: data, columnAt, ...(monthFirst ? { monthFirst } : {}), findings };
}

/**
 * One data row: reads cells by column and reports what it cannot read (to `sheet.findings`).
 * An error marks the row unsound, and the template leaves an unsound row out; nothing is
 * dropped silently.
 */
export class SheetRow<C extends string> {
  sound = true;

  constructor(
    private readonly record: CsvRecord,
    private readonly sheet: Sheet<C>,
  ) {}

  get row(): number {
    return this.record.row;
  }

  /** The trimmed cell, or '' when the column is absent. */
  get(c: C): string {
    const i = this.sheet.columnAt.get(c);
    return i === undefined ? '' : (this.record.cells[i] ?? '').trim();
  }

  report(column: string, severity: Severity, code: string, id: string, en: string): void {
    if (severity === 'error') this.sound = false;
    this.sheet.findings.add({ row: this.row, column, severity, code, text: { id, en } });
  }

  fail(column: string, code: string, id: string, en: string): void {
    this.report(column, 'error', code, id, en);
  }

  /**
   * An error in an optional part whose loss leaves the rest of the row right (a realisation
   * date, an original budget): reported, saying what is left out, and the row is kept, so a
   * bad side cell does not take the line's anggaran out of every total. That the row is kept
   * is said only if no other error leaves it out by the end (`keptIf`).
   */
  failPart(column: string, code: string, id: string, en: string, lost: Consequence): void {
    this.sheet.findings.add({ row: this.row, column, severity: 'error', code, text: { id, en }, then: lost, keptIf: this });
  }

  /** The cell, with an error when it is empty. */
  need(c: C): string {
    const v = this.get(c);
    if (v === '') this.fail(c, 'csv_required', 'wajib diisi', 'is required');
    return v;
  }

  /** A required fiscal year, 2000–2100; `2.025` (a year column formatted with grouping) too. */
  year(c: C): number | undefined {
    const text = this.need(c);
    if (text === '') return undefined;
    const tahun = Number(text.replace(/[.,]/, ''));
    if (/^\d[.,]?\d{3}$/.test(text) && tahun >= 2000 && tahun <= 2100) return tahun;
    this.fail(c, 'csv_invalid_year', `"${text}" bukan tahun 2000–2100`, `"${text}" is not a year 2000–2100`);
    return undefined;
  }

  /** A funding-source cell that names no known source: the message lists every one. */
  failSumberDana(c: C): void {
    const v = this.get(c);
    const slugs = Object.keys(LABEL_SUMBER_DANA).join(', ');
    const codes = [...new Set(Object.values(SUMBER_DANA_SISKEUDES).filter((x) => x !== undefined))].join(', ');
    this.fail(c, 'csv_invalid_sumber_dana', `"${v}" bukan sumber dana yang dikenal; tulis salah satu: ${slugs} (atau kode Siskeudes ${codes})`,
      `"${v}" is not a known funding source; write one of: ${slugs} (or the Siskeudes code ${codes})`);
  }

  /**
   * An enum cell: its slug or label (see `readLabelled`); undefined when empty or unknown,
   * the latter reported with every allowed value.
   */
  choice<K extends string>(c: C, table: Readonly<Record<K, LocalizedText>>, noun: LocalizedText, synonyms: Synonyms<K> = {}): K | undefined {
    const v = this.get(c);
    if (v === '') return undefined;
    const key = readLabelled(v, table, synonyms);
    if (key !== undefined) return key;
    const could = ambiguousSynonym(v, synonyms);
    if (could) {
      this.fail(c, 'csv_ambiguous_choice', `"${v}" bisa berarti ${could.join(' atau ')}; tulis salah satunya`,
        `"${v}" could mean ${could.join(' or ')}; write one of them`);
      return undefined;
    }
    const allowed = Object.keys(table).join(', ');
    this.fail(c, 'csv_invalid_choice', `"${v}" bukan ${noun.id} yang dikenal; tulis salah satu: ${allowed}`,
      `"${v}" is not a known ${noun.en}; write one of: ${allowed}`);
    return undefined;
  }

  /**
   * A date cell (`read` with `parseTanggal`), except a day-first-or-month-first one in a sheet
   * another date shows to be month first: an error, not a silent swap of day and month.
   */
  date(c: C, lost?: Consequence): string | undefined {
    const us = this.sheet.monthFirst;
    const v = this.get(c);
    if (!us || dateOrder(v) !== 'either') return this.read(c, parseTanggal, lost);
    const [a, b, y] = v.split(/[/.-]/).map((x) => x.trim().padStart(2, '0'));
    const id = `"${v}" bisa ${y!.slice(0, 4)}-${b}-${a} atau ${y!.slice(0, 4)}-${a}-${b}: berkas ini memuat tanggal bulan-dulu gaya Amerika (baris ${us.row}, kolom ${us.column}: "${us.cell}"); tulis tanggal sebagai tahun-bulan-hari`;
    const en = `"${v}" could be ${y!.slice(0, 4)}-${b}-${a} or ${y!.slice(0, 4)}-${a}-${b}: this file holds US month-first dates (row ${us.row}, column ${us.column}: "${us.cell}"); write dates as year-month-day`;
    if (lost) this.failPart(c, 'csv_ambiguous_date', id, en, lost);
    else this.fail(c, 'csv_ambiguous_date', id, en);
    return undefined;
  }

  /**
   * The cell read by `parse`; undefined when empty or unreadable (the latter reported). With
   * `lost`, an unreadable cell is an optional part (`failPart`): the row stays sound.
   */
  read<T>(c: C, parse: (cell: string) => CellResult<T>, lost?: Consequence): T | undefined {
    const v = this.get(c);
    if (v === '') return undefined;
    const r = parse(v);
    if (r.ok) return r.value;
    const [code, id, en] = [`csv_${r.reason}`, `"${v}" ${PROBLEM_TEXT[r.reason].id}`, `"${v}" ${PROBLEM_TEXT[r.reason].en}`];
    if (lost) this.failPart(c, code, id, en, lost);
    else this.fail(c, code, id, en);
    return undefined;
  }
}
