import type { CsvCell } from '../../core/csv.js';
import type { DataTableModel } from '../../core/data-table.js';
import { formatPercent, formatRupiah } from '../../core/format.js';
import type { Lang } from '../../core/locale.js';
import type { TimelineRow } from './row-model.js';
import type { TimelineStrings } from './strings.js';

/** The "Lihat tabel" table: one row per shown kegiatan, in the order shown. */
export function rowsTable(caption: string, rows: readonly TimelineRow[], lang: Lang, s: TimelineStrings): DataTableModel {
  const t = s.table;
  return {
    caption,
    columns: [
      { header: t.kegiatan },
      { header: t.bidang },
      { header: t.dusun },
      { header: t.status },
      { header: `${t.mulai} – ${t.selesai}` },
      { header: t.progres, numeric: true },
      { header: t.anggaran, numeric: true },
    ],
    rows: rows.map((r) => [
      r.k.nama,
      r.bidang,
      r.dusun,
      r.status,
      r.dates,
      r.persen === null ? '–' : formatPercent(r.persen / 100, lang),
      r.k.anggaran ? formatRupiah(r.k.anggaran.total, lang) : '–',
    ]),
  };
}

/** CSV rows: raw values (ISO dates, whole rupiah, percent 0–100) that a spreadsheet can compute with. */
export function rowsCsv(rows: readonly TimelineRow[], s: TimelineStrings): CsvCell[][] {
  const t = s.table;
  return [
    ['id', t.kegiatan, t.tahun, t.bidang, t.dusun, t.status, t.mulai, t.selesai, t.perkiraan, t.progres, t.anggaran],
    ...rows.map((r) => [
      r.k.id,
      r.k.nama,
      r.k.tahun,
      r.bidang,
      r.dusun,
      r.status,
      r.span.mulai,
      r.span.selesai,
      r.span.approximate ? 1 : 0,
      r.persen,
      r.k.anggaran?.total,
    ]),
  ];
}
