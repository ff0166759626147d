import type { Apbdes } from '../../schema/entities/index.js';
import {
  belanjaHierarchy,
  belanjaPerJenis,
  groupByKode,
  murniOf,
  perubahanChanges,
  persenOf,
  summarizeApbdes,
  trendByYear,
  type BelanjaNode,
  type Figure,
  type PerubahanRow,
} from '../../model/index.js';
import type { CsvCell } from '../../core/csv.js';
import type { DataTableModel } from '../../core/data-table.js';
import { formatDate, formatPercent, formatRupiah, formatRupiahCompact } from '../../core/format.js';
import type { Lang } from '../../core/locale.js';
import type { BudgetStrings, BudgetView } from './strings.js';

/** One mark of the chart: a bar (or a big figure in the summary), its table row and CSV row. */
export interface ChartRow extends Figure {
  key: string;
  label: string;
  /** Colour class: `b1`…`b5` for the bidang, `in`/`out` for money in and out. */
  tone: string;
  /** Enter or a click opens the next level (belanja only). */
  drill: boolean;
  /** Lokasi and volume of a single line, shown in its tooltip and table. */
  detail?: string;
}

export interface ChartModel {
  rows: ChartRow[];
  summary: string;
  /** The breadcrumb trail in the belanja drill-down: the root first. */
  trail: { kode: string; label: string }[];
  /** Semula → menjadi rows of a perubahan (tren view). */
  changes: PerubahanRow[];
  /** False when the budget has no realisation report yet: the marks show the budget alone. */
  realised?: boolean;
}

export interface ViewOptions {
  view: BudgetView;
  apbdes: Apbdes;
  all: readonly Apbdes[];
  asOf?: string;
  /** Belanja drill-down: the kode of each opened level (e.g. ['2', '2.3']). */
  path: readonly string[];
  pendapatanLevel: 'jenis' | 'kelompok';
  lang: Lang;
  s: BudgetStrings;
}

/** The realisation sentence ("… s.d. 30 Juni 2025 …"), or — with no report yet — a sentence that says so (not "0 %"). */
function realisedSentence(asOf: string | null, o: ViewOptions, sentence: (when: string) => string): string {
  return asOf ? sentence(o.s.realisasiTo(formatDate(asOf, o.lang))) : o.s.summary.noRealisasi;
}

function largest(rows: readonly ChartRow[]): ChartRow | undefined {
  let best: ChartRow | undefined;
  for (const r of rows) if (!best || r.anggaran > best.anggaran) best = r;
  return best;
}

/** "X terbesar: …, Rp … (48%). Realisasi s.d. …: Rp … (37%)." — the part-of-total summary. */
function partSummary(what: string, rows: readonly ChartRow[], total: Figure, asOf: string | null, o: ViewOptions): string {
  const top = largest(rows);
  const parts: string[] = [];
  if (top && total.anggaran > 0) {
    parts.push(o.s.summary.largest(what, top.label, formatRupiahCompact(top.anggaran, o.lang), formatPercent(persenOf(top.anggaran, total.anggaran), o.lang)));
  }
  parts.push(realisedSentence(asOf, o, (w) => o.s.summary.realised(formatRupiahCompact(total.realisasi, o.lang), formatPercent(total.persen, o.lang), w)));
  return parts.join(' ');
}

/** Descends the belanja tree along `path`; a kode that no longer exists stops the descent. */
export function belanjaLevel(root: BelanjaNode, path: readonly string[]): BelanjaNode[] {
  const trail = [root];
  for (const kode of path) {
    const next = trail[trail.length - 1].children.find((c) => c.kode === kode);
    if (!next) break;
    trail.push(next);
  }
  return trail;
}

/**
 * The belanja tree of each validated APBDes and date, built once: a hover, focus or drill step
 * re-renders, and rebuilding the tree of a 5,000-line budget each time cost tens of ms.
 * Validated data is a fresh object per `.data` that nothing mutates, so it is a safe key.
 */
const belanjaTrees = new WeakMap<Apbdes, Map<string | null, BelanjaNode>>();

function belanjaTree(apbdes: Apbdes, asOf: string | null): BelanjaNode {
  let byDate = belanjaTrees.get(apbdes);
  if (!byDate) belanjaTrees.set(apbdes, (byDate = new Map()));
  let root = byDate.get(asOf);
  if (!root) byDate.set(asOf, (root = belanjaHierarchy(apbdes, { asOf: asOf ?? undefined })));
  return root;
}

function belanjaModel(o: ViewOptions, asOf: string | null): ChartModel {
  const root = belanjaTree(o.apbdes, asOf);
  const trail = belanjaLevel(root, o.path);
  const node = trail[trail.length - 1];
  const rows = node.children.map((c): ChartRow => {
    const line = c.children.length === 1 ? c.children[0].baris : undefined;
    const detail = line ? [line.lokasi, line.volume !== undefined ? `${line.volume} ${line.satuan ?? ''}`.trim() : undefined].filter(Boolean).join(' · ') : '';
    return {
      key: c.kode,
      label: c.label[o.lang],
      anggaran: c.anggaran,
      realisasi: c.realisasi,
      persen: c.persen,
      tone: `b${c.kode.split('.')[0]}`,
      drill: c.level !== 'kegiatan',
      ...(detail ? { detail } : {}),
    };
  });
  return {
    rows,
    summary: partSummary(node.label[o.lang], rows, node, asOf, o),
    trail: trail.map((n) => ({ kode: n.kode, label: n.label[o.lang] })),
    changes: [],
  };
}

function kodeRows(rows: ReturnType<typeof groupByKode>, o: ViewOptions, tone: (kode: string) => string): ChartRow[] {
  return rows.map((r) => ({
    key: r.kode,
    label: r.label[o.lang],
    anggaran: r.anggaran,
    realisasi: r.realisasi,
    persen: r.persen,
    tone: tone(r.kode),
    drill: false,
  }));
}

/**
 * The figures and words of one view, every number taken from the model. A budget with no
 * realisation report yet has nothing realised to show: its rows carry no percentage (not a
 * 0 % that reads as measured) and `realised` is false, so the marks show the budget alone.
 */
export function chartModel(o: ViewOptions): ChartModel {
  const sum = summarizeApbdes(o.apbdes, o.asOf);
  const model = viewFigures(o, sum);
  if (sum.asOf || o.view === 'tren') return model;
  return { ...model, realised: false, rows: model.rows.map((r) => ({ ...r, persen: null })) };
}

function viewFigures(o: ViewOptions, sum: ReturnType<typeof summarizeApbdes>): ChartModel {
  const asOf = sum.asOf;
  const at = asOf ?? undefined;
  const base = { trail: [], changes: [] };
  switch (o.view) {
    case 'belanja':
      return belanjaModel(o, asOf);
    case 'pendapatan': {
      const rows = kodeRows(groupByKode(o.apbdes, o.pendapatanLevel, '4', at), o, () => 'in');
      return { ...base, rows, summary: partSummary(o.s.ringkasan.pendapatan, rows, sum.pendapatan, asOf, o) };
    }
    case 'jenis': {
      const rows = kodeRows(belanjaPerJenis(o.apbdes, at), o, () => 'out');
      return { ...base, rows, summary: partSummary(o.s.ringkasan.belanja, rows, sum.belanja, asOf, o) };
    }
    case 'pembiayaan': {
      const rows = kodeRows(groupByKode(o.apbdes, 'kelompok', '6', at), o, (k) => (k === '6.1' ? 'in' : 'out'));
      const f = (n: number) => formatRupiahCompact(n, o.lang);
      return {
        ...base,
        rows,
        summary: o.s.summary.pembiayaan(f(sum.penerimaanPembiayaan.anggaran), f(sum.pengeluaranPembiayaan.anggaran), f(sum.pembiayaanNetto.anggaran)),
      };
    }
    case 'tren': {
      const years = trendByYear(o.all);
      const rows = years.flatMap((y): ChartRow[] => [
        { key: `${y.tahunAnggaran}-4`, label: `${y.tahunAnggaran} · ${o.s.ringkasan.pendapatan}`, ...y.pendapatan, tone: 'in', drill: false },
        { key: `${y.tahunAnggaran}-5`, label: `${y.tahunAnggaran} · ${o.s.ringkasan.belanja}`, ...y.belanja, tone: 'out', drill: false },
      ]);
      const first = years[0];
      const last = years[years.length - 1];
      const f = (n: number) => formatRupiahCompact(n, o.lang);
      const summary =
        years.length > 1
          ? o.s.summary.tren(first.tahunAnggaran, last.tahunAnggaran, f(first.belanja.anggaran), f(last.belanja.anggaran))
          : o.s.summary.trenOne(first.tahunAnggaran, f(first.belanja.anggaran));
      const changes = o.apbdes.versi === 'perubahan' ? perubahanChanges(murniOf(o.all, o.apbdes), o.apbdes) : [];
      return { ...base, rows, summary, changes };
    }
    default: {
      const r = o.s.ringkasan;
      const rows: ChartRow[] = [
        { key: 'pendapatan', label: r.pendapatan, ...sum.pendapatan, tone: 'in', drill: false },
        { key: 'belanja', label: r.belanja, ...sum.belanja, tone: 'out', drill: false },
        { key: 'pembiayaanNetto', label: r.pembiayaanNetto, ...sum.pembiayaanNetto, tone: 'in', drill: false },
        { key: 'surplusDefisit', label: r.surplusDefisit, ...sum.surplusDefisit, tone: 'out', drill: false },
        { key: 'silpaBerjalan', label: r.silpaBerjalan, ...sum.silpaBerjalan, tone: 'in', drill: false },
      ];
      const summary = `${o.s.summary.ringkasan(
        formatRupiahCompact(sum.pendapatan.anggaran, o.lang),
        formatRupiahCompact(sum.belanja.anggaran, o.lang),
      )} ${realisedSentence(asOf, o, (w) =>
        o.s.summary.ringkasanRealised(formatPercent(sum.pendapatan.persen, o.lang), formatPercent(sum.belanja.persen, o.lang), w),
      )}`;
      return { ...base, rows, summary };
    }
  }
}

/** What a focused mark is announced with: full amounts in words and figures. */
export function announceRow(row: ChartRow, s: BudgetStrings, lang: Lang, realised = true): string {
  if (!realised) return s.announceBudget(row.label, formatRupiah(row.anggaran, lang));
  return s.announce(row.label, formatRupiah(row.anggaran, lang), formatRupiah(row.realisasi, lang), formatPercent(row.persen, lang));
}

/** A row as the table and the CSV name it: the label, with its detail in brackets. */
const rowName = (r: ChartRow) => (r.detail ? `${r.label} (${r.detail})` : r.label);

/**
 * The "Lihat tabel" table: exactly the rows drawn, with full amounts. Without a realisation
 * report the table has no realisation columns (a column of "Rp 0" would read as measured).
 */
export function rowsTable(caption: string, rows: readonly ChartRow[], s: BudgetStrings, lang: Lang, realised = true): DataTableModel {
  if (!realised) {
    return {
      caption,
      columns: [{ header: s.uraian }, { header: s.anggaran, numeric: true }],
      rows: rows.map((r) => [rowName(r), formatRupiah(r.anggaran, lang)]),
    };
  }
  return {
    caption,
    columns: [{ header: s.uraian }, { header: s.anggaran, numeric: true }, { header: s.realisasi, numeric: true }, { header: s.persen, numeric: true }],
    rows: rows.map((r) => [rowName(r), formatRupiah(r.anggaran, lang), formatRupiah(r.realisasi, lang), formatPercent(r.persen, lang)]),
  };
}

export function changesTable(caption: string, changes: readonly PerubahanRow[], s: BudgetStrings, lang: Lang): DataTableModel {
  return {
    caption,
    columns: [{ header: s.uraian }, { header: s.semula, numeric: true }, { header: s.menjadi, numeric: true }, { header: s.selisih, numeric: true }],
    rows: changes.map((c) => [c.uraian, formatRupiah(c.semula, lang), formatRupiah(c.menjadi, lang), formatRupiah(c.selisih, lang)]),
  };
}

/** The same numbers as the table, unformatted, for Excel: percent as a number with one decimal. */
export function modelCsv(model: ChartModel, s: BudgetStrings): CsvCell[][] {
  const pct = (p: number | null) => (p === null ? null : Math.round(p * 1000) / 10);
  // As the table: no realisation columns before the first realisation report.
  const out: CsvCell[][] =
    model.realised === false
      ? [[s.uraian, `${s.anggaran} (Rp)`], ...model.rows.map((r) => [rowName(r), r.anggaran])]
      : [
          [s.uraian, `${s.anggaran} (Rp)`, `${s.realisasi} (Rp)`, `${s.persen} (%)`],
          ...model.rows.map((r) => [rowName(r), r.anggaran, r.realisasi, pct(r.persen)]),
        ];
  if (model.changes.length) {
    out.push([], [s.uraian, `${s.semula} (Rp)`, `${s.menjadi} (Rp)`, `${s.selisih} (Rp)`]);
    for (const c of model.changes) out.push([c.uraian, c.semula, c.menjadi, c.selisih]);
  }
  return out;
}
