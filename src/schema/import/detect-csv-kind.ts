/**
 * Which template a CSV follows, from its header row alone, so a page can accept either file
 * without asking. The header is the first leading row holding a template's required columns
 * (title rows above it are passed over, as `readSheet` does), else the first row. Each
 * template's own column names and aliases decide: the one whose required columns are all
 * present wins; when both or neither are complete, the one that recognises more header cells
 * (at least two); a tie is no answer.
 */
import { parseCsv } from './csv.js';
import { columnOf, findHeader, type SheetSpec } from './sheet-header.js';
import { BUDGET_CSV_SPEC } from './budget-csv.js';
import { KEGIATAN_CSV_SPEC } from './kegiatan-csv.js';

export type CsvKind = 'apbdes' | 'kegiatan';

const SPECS: readonly [CsvKind, SheetSpec<string>][] = [
  ['apbdes', BUDGET_CSV_SPEC],
  ['kegiatan', KEGIATAN_CSV_SPEC],
];

/** The header's cells, read from the first lines only. */
function headerCells(text: string): string[] {
  // A header (and the title rows above it) never spans more than a few lines; parsing all of
  // a large file is not needed.
  const head = text.split(/\r\n?|\n/, 24).join('\n');
  const records = parseCsv(head).records.filter((r) => r.cells.some((c) => c.trim() !== ''));
  const at = Math.min(...SPECS.map(([, spec]) => findHeader(records, spec)).filter((i) => i >= 0));
  return records[Number.isFinite(at) ? at : 0]?.cells ?? [];
}

export function detectCsvKind(text: string): CsvKind | null {
  const header = headerCells(text);
  const scored = SPECS.map(([kind, spec]) => {
    const found = new Set(header.map((h) => columnOf(h, spec)).filter((c) => c !== undefined));
    const complete = spec.required.every((r) => (typeof r === 'string' ? found.has(r) : r.some((c) => found.has(c))));
    return { kind, complete, count: found.size };
  });
  const complete = scored.filter((s) => s.complete);
  const pool = complete.length === 1 ? complete : scored;
  const [best, next] = [...pool].sort((a, b) => b.count - a.count);
  if (!best || best.count < 2 || (next && next.count === best.count)) return null;
  return best.kind;
}
