/**
 * What one kegiatan row says, in words, for both views, the table and the CSV: the same
 * text reaches sighted readers, screen readers and spreadsheets.
 */
import { formatDate, formatPercent } from '../../core/format.js';
import type { Lang } from '../../core/locale.js';
import { kegiatanSpan, type TimeSpan } from '../../model/timeline-layout.js';
import { kegiatanWarnings, latestProgres, type KegiatanWarning } from '../../model/timeline-summary.js';
import { LABEL_BIDANG, LABEL_STATUS_KEGIATAN, type KpmDesaDataset, type Kegiatan, type StatusKegiatan } from '../../schema/index.js';
import type { TimelineStrings } from './strings.js';

/** A glyph per status, so status never rests on colour alone (the text label is always beside it). */
export const STATUS_ICON: Readonly<Record<StatusKegiatan, string>> = {
  usulan: '○',
  direncanakan: '◇',
  dianggarkan: '▭',
  berjalan: '▶',
  selesai: '✓',
  tertunda: '‖',
  dibatalkan: '✕',
};

export interface TimelineRow {
  k: Kegiatan;
  span: TimeSpan;
  /** Latest physical progress 0–100, or null before any report. */
  persen: number | null;
  status: string;
  bidang: string;
  dusun: string;
  dates: string;
  warnings: KegiatanWarning[];
}

export function dusunNames(data: KpmDesaDataset): Map<string, string> {
  return new Map((data.desa.dusun ?? []).map((d) => [d.id, d.nama]));
}

export function buildRow(k: Kegiatan, dusun: ReadonlyMap<string, string>, lang: Lang, s: TimelineStrings): TimelineRow {
  const span = kegiatanSpan(k);
  const dates = `${formatDate(span.mulai, lang, 'medium')} – ${formatDate(span.selesai, lang, 'medium')}`;
  return {
    k,
    span,
    persen: latestProgres(k)?.persenFisik ?? null,
    status: LABEL_STATUS_KEGIATAN[k.status][lang],
    bidang: LABEL_BIDANG[k.bidang as 1][lang],
    dusun: k.lokasi?.dusunId ? (dusun.get(k.lokasi.dusunId) ?? k.lokasi.dusunId) : s.noDusun,
    dates: span.approximate ? `${dates} (${s.approximate})` : dates,
    warnings: kegiatanWarnings(k),
  };
}

export function progressText(row: TimelineRow, lang: Lang, s: TimelineStrings): string {
  return row.persen === null ? s.noProgress : s.progress(formatPercent(row.persen / 100, lang));
}

export function warningText(w: KegiatanWarning, k: Kegiatan, lang: Lang, s: TimelineStrings): string {
  const pct = (n: number) => formatPercent(n / 100, lang);
  if (w.code === 'progress_drop') return s.warning.progressDrop(formatDate(w.tanggal, lang), pct(w.dari), pct(w.ke));
  if (w.code === 'selesai_below_100') return s.warning.selesaiBelow100(pct(w.persen));
  return s.warning.outsideFiscalYear(formatDate(w.tanggal, lang), k.tahun);
}
