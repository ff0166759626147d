import { html, type TemplateResult } from 'lit';
import type { Lang } from '../../core/locale.js';
import type { FilterOptions, PartnerFilter } from '../../model/partner-filter.js';
import { LABEL_BIDANG, LABEL_JENIS_ORGANISASI, LABEL_PERAN_MITRA, LABEL_STATUS_KEMITRAAN } from '../../schema/index.js';
import type { PartnerStrings } from './strings.js';

export type FilterKey = keyof PartnerFilter;

const label = (table: Readonly<Record<string, { id: string; en: string }>>, lang: Lang) => (v: string | number) =>
  table[String(v)]?.[lang] ?? String(v);

/**
 * Native selects, one per filter, offering only values present in the data. A value set by
 * attribute but absent from the data stays listed, so the control tells the truth about it.
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
  const active = Object.values(current).some((v) => v !== undefined && v !== '');
  return html`<fieldset class="filters" part="filters">
    <legend>${s.filtersLabel}</legend>
    ${fields.map(([key, values, text]) => {
      const now = current[key];
      const all = now !== undefined && !values.some((v) => String(v) === String(now)) ? [...values, now] : values;
      return html`<label class="select">${s.filter[key]}
        <select name=${key} @change=${(e: Event) => onChange(key, (e.target as HTMLSelectElement).value)}>
          <option value="" ?selected=${now === undefined}>${s.all}</option>
          ${all.map((v) => html`<option value=${String(v)} ?selected=${String(v) === String(now)}>${text(v)}</option>`)}
        </select></label>`;
    })}
    <button type="button" class="clear" ?disabled=${!active} @click=${onClear}>${s.clearFilters}</button>
  </fieldset>`;
}
