/**
 * The public list: filters, a summary sentence, one card per submission with its status
 * history and the kegiatan it became, a table of the same rows and a CSV. Only what
 * `toPublicUsulan` kept reaches here, so a private contact or a withheld name cannot leak.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { CsvCell } from '../../core/csv.js';
import type { DataTableModel } from '../../core/data-table.js';
import { formatDate, formatList } from '../../core/format.js';
import type { Lang } from '../../core/locale.js';
import { countByStatus, type PublicUsulan, type UsulanFilter } from '../../model/usulan-public.js';
import { LABEL_JENIS_USULAN, LABEL_STATUS_USULAN } from '../../schema/index.js';
import type { FormStrings } from './strings.js';

export interface ListViewModel {
  s: FormStrings;
  lang: Lang;
  title: string;
  all: readonly PublicUsulan[];
  shown: readonly PublicUsulan[];
  filter: UsulanFilter;
  years: readonly number[];
  dusunNames: ReadonlyMap<string, string>;
  kegiatanNames: ReadonlyMap<string, string>;
  controls: boolean;
  showTable: boolean;
  /** How many cards are shown; the rest wait behind "show more" (a cheap phone and a long list). */
  limit: number;
  announcement: TemplateResult;
  onFilter: (e: Event) => void;
  onToggleTable: () => void;
  onCsv: () => void;
  onMore: () => void;
  /** The widget's table renderer (core: drawn a page at a time). */
  renderTable: (model: DataTableModel) => TemplateResult;
}

/** Cards added per "show more". */
export const PAGE = 50;

const statusLabel = (st: PublicUsulan['status'], lang: Lang) => LABEL_STATUS_USULAN[st][lang];

export function summaryText(list: readonly PublicUsulan[], year: number | null, s: FormStrings, lang: Lang): string {
  if (!list.length) return s.summaryNone;
  const parts = countByStatus(list).map((c) => s.statusCount(statusLabel(c.status, lang), c.count));
  return s.summary(list.length, year, formatList(parts, lang));
}

function select(id: string, labelText: string, value: string, options: [string, string][], v: ListViewModel) {
  return html`<label class="select" for=${id}>${labelText}
    <select id=${id} name=${id} @change=${v.onFilter}>
      <option value="" ?selected=${value === ''}>${v.s.all}</option>
      ${options.map(([k, text]) => html`<option value=${k} ?selected=${value === k}>${text}</option>`)}
    </select>
  </label>`;
}

function renderFilters(v: ListViewModel) {
  const f = v.filter;
  const statuses = [...new Set(v.all.map((u) => u.status))];
  const jenis = [...new Set(v.all.map((u) => u.jenis))];
  const dusun = [...new Set(v.all.flatMap((u) => (u.dusunId ? [u.dusunId] : [])))];
  return html`<fieldset class="filters" part="controls">
    <legend>${v.s.filters}</legend>
    ${select('status', v.s.status, f.status ?? '', statuses.map((k) => [k, statusLabel(k, v.lang)]), v)}
    ${select('jenis', v.s.jenis, f.jenis ?? '', jenis.map((k) => [k, LABEL_JENIS_USULAN[k][v.lang]]), v)}
    ${dusun.length ? select('dusunId', v.s.colDusun, f.dusunId ?? '', dusun.map((k) => [k, v.dusunNames.get(k) ?? k]), v) : nothing}
    ${select('tahun', v.s.tahun, f.tahun ? String(f.tahun) : '', v.years.map((y) => [String(y), String(y)]), v)}
  </fieldset>`;
}

function renderCard(u: PublicUsulan, v: ListViewModel) {
  const s = v.s;
  const kegiatan = u.kegiatanId ? v.kegiatanNames.get(u.kegiatanId) : undefined;
  const meta = [LABEL_JENIS_USULAN[u.jenis][v.lang], String(u.tahunUsulan), u.dusunId ? v.dusunNames.get(u.dusunId) ?? '' : '']
    .filter(Boolean)
    .join(' · ');
  return html`<li class="card" part="item">
    <article aria-labelledby=${`u-${u.id}`}>
      <h3 id=${`u-${u.id}`} tabindex="-1">${u.judul ?? s.isiHidden}</h3>
      <p class="meta"><span class="status" part="status">${statusLabel(u.status, v.lang)}</span> · ${meta}</p>
      ${u.deskripsi ? html`<p class="desc">${u.deskripsi}</p>` : nothing}
      <p class="meta">${u.nama ? s.submittedBy(u.nama) : s.anonymous}</p>
      ${u.riwayatStatus.length
        ? html`<details>
            <summary>${s.history}</summary>
            <ol class="history">
              ${u.riwayatStatus.map(
                (r) => html`<li><time datetime=${r.tanggal}>${formatDate(r.tanggal, v.lang)}</time>: ${statusLabel(r.status, v.lang)}${r.catatan ? html` — ${r.catatan}` : nothing}</li>`,
              )}
            </ol>
          </details>`
        : nothing}
      ${u.tanggapan ? html`<p><strong>${s.tanggapan}:</strong> ${u.tanggapan}</p>` : nothing}
      ${kegiatan ? html`<p><strong>${s.becameKegiatan}:</strong> ${kegiatan}</p>` : nothing}
    </article>
  </li>`;
}

function tableRows(v: ListViewModel): string[][] {
  return v.shown.map((u) => [
    u.judul ?? v.s.isiHidden,
    LABEL_JENIS_USULAN[u.jenis][v.lang],
    statusLabel(u.status, v.lang),
    String(u.tahunUsulan),
    u.dusunId ? v.dusunNames.get(u.dusunId) ?? u.dusunId : '',
    u.nama ?? '',
    u.kegiatanId ? v.kegiatanNames.get(u.kegiatanId) ?? u.kegiatanId : '',
  ]);
}

function header(s: FormStrings): string[] {
  return [s.colJudul, s.jenis, s.status, s.tahun, s.colDusun, s.colPengusul, s.colKegiatan];
}

export function listCsvRows(v: ListViewModel): CsvCell[][] {
  return [header(v.s), ...tableRows(v)];
}

export function renderListView(v: ListViewModel): TemplateResult {
  const table: DataTableModel = {
    caption: v.s.tableCaption,
    columns: header(v.s).map((h) => ({ header: h })),
    rows: tableRows(v),
  };
  return html`<section class="list" part="list" aria-labelledby="list-title">
    <h2 id="list-title" part="title">${v.title}</h2>
    <p class="summary" part="summary">${summaryText(v.shown, v.filter.tahun ?? null, v.s, v.lang)}</p>
    ${v.controls ? renderFilters(v) : nothing}
    ${v.announcement}
    ${v.controls
      ? html`<div class="actions">
          <button type="button" aria-expanded=${v.showTable ? 'true' : 'false'} aria-controls="table" @click=${v.onToggleTable}>
            ${v.showTable ? v.s.hideTable : v.s.showTable}
          </button>
          <button type="button" @click=${v.onCsv}>${v.s.downloadCsv}</button>
        </div>`
      : nothing}
    <div id="table" ?hidden=${!v.showTable}>${v.showTable ? v.renderTable(table) : nothing}</div>
    <ul class="cards">${v.shown.slice(0, v.limit).map((u) => renderCard(u, v))}</ul>
    ${v.shown.length > v.limit
      ? html`<button type="button" class="more" @click=${v.onMore}>${v.s.showMore(Math.min(PAGE, v.shown.length - v.limit), v.shown.length - v.limit)}</button>`
      : nothing}
  </section>`;
}
