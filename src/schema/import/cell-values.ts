/**
 * Reading spreadsheet cells the way Indonesian budget sheets write them. Each reader returns
 * the value or a reason, never a guess: a money cell that is ambiguous or has sen is an
 * error the admin can fix, not a silently wrong total.
 */

export type CellResult<T> = { ok: true; value: T } | { ok: false; reason: CellProblem };

/** Why a cell could not be read; the converter turns these into bilingual messages. */
export type CellProblem = 'not_a_number' | 'negative' | 'fraction' | 'not_whole' | 'not_a_date' | 'ambiguous_decimal' | 'scientific' | 'text_marker';

/**
 * Two ways Excel spoils a number on its way to CSV, each refused with its own fix: `9,8542E+08`
 * (a General cell too narrow for the digits, already rounded) and `'45000000` (the apostrophe
 * that makes Excel keep a cell as text).
 */
function spoiled(cell: string): CellProblem | undefined {
  const s = cell.trim();
  if (/^['‘’`]/.test(s)) return 'text_marker';
  return /^[-+]?\d+(?:[.,]\d+)?e[-+]?\d+$/i.test(s) ? 'scientific' : undefined;
}

/** Dot grouping; a leading `0` group (`0.355`) is a decimal, not grouping. */
const GROUPED_DOT = /^[1-9]\d{0,2}(?:\.\d{3})+$/;
const GROUPED_COMMA = /^\d{1,3}(?:,\d{3})+$/;
/**
 * English grouping with a lone `,`: `750,000`, `12,000`, `2,500`. Nobody writes rupiah with
 * three decimals, so a comma before exactly three digits is grouping even once; a leading `0`
 * group (`0,750`) is a decimal, not grouping.
 */
const COMMA_THOUSANDS = /^[1-9]\d{0,2}(?:,\d{3})+$/;
const PLAIN = /^\d+$/;
/** The currency in front of an amount: `Rp`, `Rp.` or `IDR`. */
const CURRENCY = /^(?:rp\.?|idr)/i;

/**
 * Whole rupiah from a cell: `1.250.000.000`, `1.250.000.000,00`, `Rp 1.250.000.000,-`,
 * `IDR 1.250.000`, `1250000000`, `1 250 000`, and the English `1,250,000,000.00` Google Sheets
 * writes in an English locale. The decimal mark is the last of `.`/`,` when both occur (three
 * digits after it is ambiguous and refused); a lone `,` before groups of exactly three digits is
 * English grouping (`750,000`), otherwise Indonesian decimal; a lone `.` is grouping when every
 * group has three digits. A lone
 * dash (`-`, `Rp -`) is zero: Excel's accounting format writes zero that way.
 */
export function parseRupiah(cell: string): CellResult<number> {
  const spoilt = spoiled(cell);
  if (spoilt) return bad(spoilt);
  let s = cell.replace(/[\s\u00a0\u202f]/g, '').replace(CURRENCY, '').replace(/,-$/, '');
  if (/^[-–—]$/.test(s)) return { ok: true, value: 0 };
  let negative = false;
  if (/^\(.*\)$/.test(s)) {
    negative = true;
    s = s.slice(1, -1);
  }
  if (s.startsWith('-')) {
    negative = true;
    s = s.slice(1);
  }
  s = s.replace(CURRENCY, '');
  let whole: string;
  let fraction = '';
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) {
    const decimalMark = lastDot > lastComma ? '.' : ',';
    const group = decimalMark === '.' ? ',' : '.';
    const at = s.lastIndexOf(decimalMark);
    whole = s.slice(0, at);
    fraction = s.slice(at + 1);
    // `1.000,000`: grouped like Indonesian, but three digits after the comma read as English
    // grouping too (1 000 000). Either reading is a guess a thousandfold apart.
    if (/^\d{3}$/.test(fraction)) return bad('ambiguous_decimal');
    if (!(decimalMark === '.' ? GROUPED_COMMA : GROUPED_DOT).test(whole) && !PLAIN.test(whole)) return bad('not_a_number');
    whole = whole.split(group).join('');
  } else if (lastComma >= 0) {
    if (COMMA_THOUSANDS.test(s)) whole = s.split(',').join('');
    else {
      [whole, fraction] = [s.slice(0, lastComma), s.slice(lastComma + 1)];
    }
  } else if (lastDot >= 0) {
    if (GROUPED_DOT.test(s)) whole = s.split('.').join('');
    else [whole, fraction] = [s.slice(0, lastDot), s.slice(lastDot + 1)];
  } else whole = s;
  if (!PLAIN.test(whole) || (fraction !== '' && !PLAIN.test(fraction))) return bad('not_a_number');
  if (/[1-9]/.test(fraction)) return bad('fraction');
  const value = Number(whole);
  if (!Number.isSafeInteger(value)) return bad('not_a_number');
  if (negative && value !== 0) return bad('negative');
  return { ok: true, value };
}

/** A volume: decimals allowed (`1,5` or `1.5`), grouping dots allowed (`1.200`). */
export function parseAmount(cell: string): CellResult<number> {
  const spoilt = spoiled(cell);
  if (spoilt) return bad(spoilt);
  const s = cell.replace(/[\s\u00a0\u202f]/g, '');
  let normal: string;
  if (GROUPED_DOT.test(s)) normal = s.split('.').join('');
  else if (/^\d{1,3}(?:\.\d{3})+,\d+$/.test(s)) normal = s.split('.').join('').replace(',', '.');
  else if (/^\d+(?:[.,]\d+)?$/.test(s)) normal = s.replace(',', '.');
  else return bad('not_a_number');
  return { ok: true, value: Number(normal) };
}

/** A count of people or households: a whole number, grouping dots allowed (`1.086`). */
export function parseCount(cell: string): CellResult<number> {
  const r = parseAmount(cell);
  if (r.ok && !Number.isInteger(r.value)) return bad('not_whole');
  return r;
}

/** A percentage: `45`, `45,5`, `45%`. */
export function parsePersen(cell: string): CellResult<number> {
  return parseAmount(cell.replace(/%\s*$/, ''));
}

/**
 * A latitude or longitude in decimal degrees, sign allowed: `-7,355` (Indonesian) or
 * `-7.355`. A point is always the decimal mark here, since coordinates are never grouped.
 */
export function parseDerajat(cell: string): CellResult<number> {
  const m = /^([-+−]?)(\d{1,3})(?:[.,](\d+))?$/.exec(cell.replace(/[\s\u00a0\u202f°]/g, ''));
  if (!m) return bad('not_a_number');
  const value = Number(`${m[2]}.${m[3] ?? '0'}`);
  return { ok: true, value: m[1] === '-' || m[1] === '−' ? -value : value };
}

/** Month names and the short forms people type, Indonesian and English, by month number. */
const BULAN: Readonly<Record<string, number>> = (() => {
  const names = [
    'januari january jan', 'februari pebruari february feb peb', 'maret march mar', 'april apr',
    'mei may', 'juni june jun', 'juli july jul', 'agustus august agu agt ags aug',
    'september sept sep', 'oktober october okt oct', 'november nopember nov nop', 'desember december des dec',
  ];
  return Object.fromEntries(names.flatMap((n, i) => n.split(' ').map((w) => [w, i + 1])));
})();

/** The time a date-time cell adds (`2025-06-30 00:00:00`, `30/06/2025 0:00`); ignored. */
const TIME_OF_DAY = /(?:\s+|T)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*[ap]\.?m\.?)?$/i;

/** Day 0 of Excel's date serials (serial 1 is 1900-01-01, past its phantom 29 Feb 1900). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/**
 * An Excel date serial, which a date column formatted "General" writes (`45838` is
 * 2025-06-30). Only 20000–80000 (1954–2119) counts: a plausible date, and never a day, month
 * or year on its own.
 */
function excelSerial(s: string): string | undefined {
  const m = /^(\d{5})(?:[.,]\d+)?$/.exec(s);
  const n = m ? Number(m[1]) : 0;
  return n >= 20000 && n <= 80000 ? new Date(EXCEL_EPOCH + n * 86_400_000).toISOString().slice(0, 10) : undefined;
}

/**
 * A calendar date as YYYY-MM-DD from `2025-06-30` (or `2025/06/30`), the day-first forms
 * Indonesian spreadsheets write (`30/06/2025`, `30-6-2025`, `30.06.2025`), the date
 * written out (`30 Juni 2025`, `30 Jun 2025`, `30-Jun-2025`), or an Excel date serial
 * (`45838`). A time after the date (`2025-06-30 00:00:00`) is ignored.
 */
export function parseTanggal(cell: string): CellResult<string> {
  const s = cell.trim().replace(TIME_OF_DAY, '');
  const serial = excelSerial(s);
  if (serial) return { ok: true, value: serial };
  let m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(s);
  let [y, mo, d] = m ? [m[1], m[2], m[3]] : [undefined, undefined, undefined];
  if (!m) {
    m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
    if (m) [d, mo, y] = [m[1], m[2], m[3]];
  }
  if (!m) {
    m = /^(\d{1,2})[\s.-]+([a-z]+)\.?[\s.-]+(\d{4})$/i.exec(s);
    const month = m ? BULAN[m[2]!.toLowerCase()] : undefined;
    if (!m || month === undefined) return bad('not_a_date');
    [d, mo, y] = [m[1], String(month), m[3]];
  }
  const iso = `${y}-${mo!.padStart(2, '0')}-${d!.padStart(2, '0')}`;
  const t = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(t.getTime()) || t.toISOString().slice(0, 10) !== iso) return bad('not_a_date');
  return { ok: true, value: iso };
}

/**
 * Which order a numeric date could be read in: `day_first` (`30/6/2025`), `month_first`
 * (`9/30/2025`, which `parseTanggal` refuses), `either` (`5/12/2025`); undefined when the
 * order does not matter or the cell is not such a date.
 */
export function dateOrder(cell: string): 'day_first' | 'month_first' | 'either' | undefined {
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-]\d{4}$/.exec(cell.trim().replace(TIME_OF_DAY, ''));
  if (!m || m[1] === m[2] || Number(m[1]) === Number(m[2])) return undefined;
  const [a, b] = [Number(m[1]), Number(m[2])];
  if (a > 12 && b <= 12) return 'day_first';
  if (a <= 12 && b > 12 && b <= 31) return 'month_first';
  return a <= 12 && b <= 12 ? 'either' : undefined;
}

function bad(reason: CellProblem): { ok: false; reason: CellProblem } {
  return { ok: false, reason };
}
