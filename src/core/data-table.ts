import { css, html, nothing, type TemplateResult } from 'lit';

export interface DataTableColumn {
  header: string;
  /** Numbers align right so digits line up. */
  numeric?: boolean;
}

export interface DataTableModel {
  caption: string;
  columns: readonly DataTableColumn[];
  /** Cells as display text; the first cell of each row is its row header. */
  rows: readonly (readonly string[])[];
  /** A closing totals row, in a `<tfoot>`. */
  footer?: readonly string[];
}

/**
 * Rows a table draws before "show more": 10,000 kegiatan drawn at once took five seconds on a
 * desktop (bench/cases/tables.html), far longer on a village phone. The CSV has every row.
 */
export const TABLE_PAGE = 200;

/** A long table drawn in part: the first `limit` rows, a line saying so, and a button for more. */
export interface DataTablePaging {
  limit: number;
  /** "Showing 200 of 10,000 rows …" */
  note: string;
  /** The button's label. */
  more: string;
  onMore: (e: Event) => void;
}

/**
 * The "Lihat tabel / Show table" view every chart has: a real `<table>` with a caption,
 * column headers and row headers, so a screen reader can move cell by cell and read both
 * headers. Text only: every cell is bound as text, never as markup.
 */
export function renderDataTable(model: DataTableModel, paging?: DataTablePaging): TemplateResult {
  const cls = (i: number) => (model.columns[i]?.numeric ? 'num' : nothing);
  const row = (cells: readonly string[]) =>
    html`<tr>${cells.map((c, i) => (i === 0 ? html`<th scope="row">${c}</th>` : html`<td class=${cls(i)}>${c}</td>`))}</tr>`;
  const cut = paging !== undefined && model.rows.length > paging.limit;
  return html`<table class="data-table" part="table">
    <caption>${model.caption}</caption>
    <thead><tr>${model.columns.map((c) => html`<th scope="col" class=${c.numeric ? 'num' : nothing}>${c.header}</th>`)}</tr></thead>
    <tbody>${(cut ? model.rows.slice(0, paging.limit) : model.rows).map(row)}</tbody>
    ${model.footer ? html`<tfoot>${row(model.footer)}</tfoot>` : nothing}
  </table>${cut
    ? html`<p class="table-more" part="table-more"><span>${paging.note}</span>
        <button type="button" @click=${paging.onMore}>${paging.more}</button></p>`
    : nothing}`;
}

/** How every widget's data table looks (KpmElement carries it, as it carries renderTable). */
export const tableStyles = css`
  .table-wrap { overflow-x: auto; }
  .data-table { border-collapse: collapse; width: 100%; font-size: 0.875em; }
  .data-table caption { text-align: left; font-weight: 700; padding-bottom: calc(var(--_space) / 2); }
  .data-table th, .data-table td {
    padding: 4px var(--_space); border-bottom: 1px solid var(--_border); text-align: left; vertical-align: top;
  }
  /* Long slash-joined kegiatan names have no break point; without this they widen the table past the page. */
  .data-table th[scope='row'] { overflow-wrap: anywhere; }
  .data-table .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
  .data-table tfoot th, .data-table tfoot td { font-weight: 700; }
  .table-more { display: flex; flex-wrap: wrap; gap: var(--_space); align-items: center; }
  @media print { .table-more button { display: none; } }
`;
