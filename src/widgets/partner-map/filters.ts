import { html, nothing, type TemplateResult } from 'lit';
import { formatList } from '../../core/format.js';
import type { Lang } from '../../core/locale.js';
import type { FilterOptions, PartnerFilter } from '../../model/partner-filter.js';
import { LABEL_BIDANG, LABEL_JENIS_ORGANISASI, LABEL_PERAN_MITRA, LABEL_STATUS_KEMITRAAN } from '../../schema/index.js';
import type { PartnerStrings } from './strings.js';

export type FilterKey = keyof PartnerFilter;

const label = (table: Readonly<Record<string, { id: string; en: string }>>, lang: Lang) => (v: string | number) =>
  table[String(v)]?.[lang] ?? String(v);

/**
 * Native selects, one per filter, offering only values present in the data; choosing one sets
 * that single value. Several values (or one the data lacks) set by attribute show as one
 * extra entry naming them, so the control tells the truth about the deep link.
 */
export function renderFilters(
  options: FilterOptions,
  current: PartnerFilter,
  s: PartnerStrings,
  lang: Lang,
  onChange: (key: FilterKey, value: string) => void,
  onClear: () => void,
): TemplateResult {
  const fields: [FilterKey, (string | number)[], (v: string | number) => string][] = [
    ['peran', options.peran, label(LABEL_PERAN_MITRA, lang)],
    ['jenis', options.jenis, label(LABEL_JENIS_ORGANISASI, lang)],
    ['status', options.status, label(LABEL_STATUS_KEMITRAAN, lang)],
    ['bidang', options.bidang, label(LABEL_BIDANG as never, lang)],
    ['tema', options.tema, String],
    ['tahun', options.tahun, String],
  ];
  const active = Object.values(current).some((v) => v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0));
  return html`<fieldset class="filters" part="filters">
    <legend>${s.filtersLabel}</legend>
    ${fields.map(([key, values, text]) => {
      const raw = current[key];
      const now: (string | number)[] = raw === undefined ? [] : Array.isArray(raw) ? [...raw] : [raw as string | number];
      const known = new Set(values.map(String));
      // A deep link may ask for several values, or for one the data lacks: the control shows exactly that.
      const shown = now.length === 1 && known.has(String(now[0])) ? String(now[0]) : now.length ? '*' : '';
      return html`<label class="select">${s.filter[key]}
        <select name=${key} @change=${(e: Event) => onChange(key, (e.target as HTMLSelectElement).value)}>
          <option value="" ?selected=${shown === ''}>${s.all}</option>
          ${shown === '*' ? html`<option value="*" selected disabled>${formatList(now.map(text), lang)}</option>` : nothing}
          ${values.map((v) => html`<option value=${String(v)} ?selected=${String(v) === shown}>${text(v)}</option>`)}
        </select></label>`;
    })}
    <button type="button" class="clear" ?disabled=${!active} @click=${onClear}>${s.clearFilters}</button>
  </fieldset>`;
}
