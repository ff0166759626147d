import { html, nothing, type TemplateResult } from 'lit';
import type { Lang } from '../../core/locale.js';
import { GROUP_BYS, type GroupBy } from '../../model/timeline-filter.js';
import { ZOOMS, type Zoom } from '../../model/timeline-layout.js';
import { LABEL_BIDANG, LABEL_STATUS_KEGIATAN, NOMOR_BIDANG, STATUS_KEGIATAN } from '../../schema/index.js';
import { STATUS_ICON } from './row-model.js';
import { TIMELINE_VIEWS, type TimelineStrings, type TimelineView } from './strings.js';

export interface ControlsState {
  view: TimelineView;
  group: GroupBy;
  zoom: Zoom;
  years: readonly number[];
  year?: number;
  bidang: readonly string[];
  status: readonly string[];
  dusun: readonly string[];
  dusunOptions: readonly { id: string; nama: string }[];
  q: string;
  windowLabel: string;
  /** False when the data has no kegiatan (planning only): nothing to group, pick or filter. */
  kegiatan: boolean;
}

export interface ControlsHandlers {
  view: (v: TimelineView) => void;
  group: (g: GroupBy) => void;
  zoom: (z: Zoom) => void;
  pan: (step: number) => void;
  year: (y: number | undefined) => void;
  toggle: (filter: 'bidang' | 'status' | 'dusun', value: string, on: boolean) => void;
  q: (text: string) => void;
  clear: () => void;
}

function checkboxes(
  name: 'bidang' | 'status' | 'dusun',
  legend: string,
  options: readonly { value: string; label: string }[],
  chosen: readonly string[],
  on: ControlsHandlers,
): TemplateResult {
  return html`<fieldset>
    <legend>${legend}</legend>
    ${options.map(
      (o) => html`<label class="check"><input type="checkbox" name=${`filter-${name}`} value=${o.value} .checked=${chosen.includes(o.value)}
        @change=${(e: Event) => on.toggle(name, o.value, (e.target as HTMLInputElement).checked)} /> ${o.label}</label>`,
    )}
  </fieldset>`;
}

/** View, grouping, year, search and the filter checkboxes; zoom and pan in the timeline view. */
export function renderControls(st: ControlsState, on: ControlsHandlers, lang: Lang, s: TimelineStrings): TemplateResult {
  const active = st.bidang.length + st.status.length + st.dusun.length + (st.q ? 1 : 0) + (st.year !== undefined ? 1 : 0);
  return html`<div class="controls" part="controls">
    <div class="buttons" role="group" aria-label=${s.viewLabel}>
      ${TIMELINE_VIEWS.map(
        (v) => html`<button type="button" data-view=${v} aria-pressed=${v === st.view ? 'true' : 'false'} @click=${() => on.view(v)}>${s.views[v]}</button>`,
      )}
    </div>
    ${st.kegiatan ? kegiatanPickers(st, on, s) : nothing}
    ${st.view === 'timeline'
      ? html`<div class="buttons" role="group" aria-label=${s.zoomLabel}>
            ${ZOOMS.map(
              (z) => html`<button type="button" data-zoom=${z} aria-pressed=${z === st.zoom ? 'true' : 'false'} @click=${() => on.zoom(z)}>${s.zooms[z]}</button>`,
            )}
          </div>
          <div class="buttons pan" role="group" aria-label=${st.windowLabel}>
            <button type="button" data-pan="-1" aria-label=${s.panPrev} @click=${() => on.pan(-1)}>‹</button>
            <button type="button" data-pan="1" aria-label=${s.panNext} @click=${() => on.pan(1)}>›</button>
          </div>`
      : nothing}
    ${st.kegiatan ? filterBoxes(st, on, active, lang, s) : nothing}
  </div>`;
}

/** Grouping, year and search: what only a list of kegiatan needs. */
function kegiatanPickers(st: ControlsState, on: ControlsHandlers, s: TimelineStrings): TemplateResult {
  return html`<label class="select">${s.groupLabel}
    <select name="group" @change=${(e: Event) => on.group((e.target as HTMLSelectElement).value as GroupBy)}>
      ${GROUP_BYS.map((g) => html`<option value=${g} ?selected=${g === st.group}>${s.groups[g]}</option>`)}
    </select></label>
  <label class="select">${s.yearLabel}
    <select name="year" @change=${(e: Event) => {
      const v = (e.target as HTMLSelectElement).value;
      on.year(v ? Number(v) : undefined);
    }}>
      <option value="" ?selected=${st.year === undefined}>${s.allYears}</option>
      ${st.years.map((y) => html`<option value=${y} ?selected=${y === st.year}>${y}</option>`)}
    </select></label>
  <label class="select search">${s.searchLabel}
    <input type="search" name="q" .value=${st.q} @input=${(e: Event) => on.q((e.target as HTMLInputElement).value)} /></label>`;
}

/** The filter checkboxes, folded, with how many are on. */
function filterBoxes(st: ControlsState, on: ControlsHandlers, active: number, lang: Lang, s: TimelineStrings): TemplateResult {
  return html`<details class="filters" part="filters">
    <summary>${s.filtersTitle(active)}</summary>
    <div class="fieldsets">
      ${checkboxes('bidang', s.bidangLabel, NOMOR_BIDANG.map((b) => ({ value: String(b), label: `${b}. ${LABEL_BIDANG[b][lang]}` })), st.bidang, on)}
      ${checkboxes('status', s.statusLabel, STATUS_KEGIATAN.map((v) => ({ value: v, label: `${STATUS_ICON[v]} ${LABEL_STATUS_KEGIATAN[v][lang]}` })), st.status, on)}
      ${st.dusunOptions.length
        ? checkboxes('dusun', s.dusunLabel, st.dusunOptions.map((d) => ({ value: d.id, label: d.nama })), st.dusun, on)
        : nothing}
    </div>
    ${active ? html`<button type="button" class="clear" @click=${on.clear}>${s.clearFilters}</button>` : nothing}
  </details>`;
}
