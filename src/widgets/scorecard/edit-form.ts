import { html, nothing, type TemplateResult } from 'lit';
import { formatDate } from '../../core/format.js';
import type { Lang } from '../../core/locale.js';
import { teksIn } from '../../core/teks.js';
import { scaleSteps } from '../../model/scorecard-kerangka.js';
import {
  JENIS_BUKTI,
  LABEL_JENIS_BUKTI,
  LABEL_METODE_PENILAIAN,
  METODE_PENILAIAN,
  type Bukti,
  type KerangkaPenilaian,
  type PenilaianKelompok,
  type ValidationIssue,
} from '../../schema/index.js';
import type { ScorecardStrings } from './strings.js';

/** The id of the form field an issue path points at: `kriteria[2].skor` → `f-kriteria-2-skor`. */
export function fieldId(path: string): string {
  return `f-${path.replace(/\[(\d+)\]/g, '-$1').replace(/\./g, '-')}` || 'f-';
}

export interface EditFormOptions {
  draft: PenilaianKelompok;
  kerangka: KerangkaPenilaian;
  groupName: string;
  /** Existing assessments of the group on this framework, newest first. */
  revisable: readonly PenilaianKelompok[];
  errors: readonly ValidationIssue[];
  s: ScorecardStrings;
  lang: Lang;
  /** Applies one edit to a copy of the draft. */
  patch: (edit: (d: PenilaianKelompok) => void) => void;
  onLoad: (id: string) => void;
  onAddEvidence: (kriteria: number) => void;
  onRemoveEvidence: (kriteria: number, bukti: number) => void;
  onSave: (e: Event) => void;
  onDownload: () => void;
  onDiscard: () => void;
}

const value = (e: Event) => (e.target as HTMLInputElement).value;

/** Error text under a field, and the attributes that tie the field to it. */
function fieldError(errors: readonly ValidationIssue[], path: string, lang: Lang) {
  const mine = errors.filter((i) => i.path === path);
  const id = `${fieldId(path)}-error`;
  return {
    describedBy: mine.length ? id : nothing,
    invalid: mine.length ? 'true' : nothing,
    message: mine.length ? html`<p class="field-error" id=${id}>${mine.map((i) => i.message[lang]).join('; ')}</p>` : nothing,
  };
}

function text(
  o: EditFormOptions,
  path: string,
  label: string,
  current: string | undefined,
  set: (d: PenilaianKelompok, v: string) => void,
  type: 'text' | 'url' | 'date' | 'textarea' = 'text',
): TemplateResult {
  const err = fieldError(o.errors, path, o.lang);
  const id = fieldId(path);
  const onInput = (e: Event) => o.patch((d) => set(d, value(e)));
  const field =
    type === 'textarea'
      ? html`<textarea id=${id} rows="2" .value=${current ?? ''} aria-describedby=${err.describedBy} aria-invalid=${err.invalid} @input=${onInput}></textarea>`
      : html`<input id=${id} type=${type} .value=${current ?? ''} aria-describedby=${err.describedBy} aria-invalid=${err.invalid} @input=${onInput} />`;
  return html`<div class="field"><label for=${id}>${label}</label>${field}${err.message}</div>`;
}

function scoreField(o: EditFormOptions, i: number, nama: string): TemplateResult {
  const { s, lang, kerangka } = o;
  const path = `kriteria[${i}].skor`;
  const err = fieldError(o.errors, path, lang);
  const skor = o.draft.kriteria[i]!.skor;
  const steps = scaleSteps(kerangka);
  const set = (v: number | null) => o.patch((d) => (d.kriteria[i]!.skor = v));
  if (!steps.length) {
    const { min, maks } = kerangka.skala;
    return html`<div class="field"><label for=${fieldId(path)}>${s.edit.skorLegend(nama)} — ${s.edit.skorNumber(min, maks)}</label>
      <input id=${fieldId(path)} type="number" inputmode="numeric" min=${min} max=${maks} step="1" .value=${skor === null ? '' : String(skor)}
        aria-describedby=${err.describedBy} aria-invalid=${err.invalid}
        @input=${(e: Event) => set(value(e).trim() === '' ? null : Number(value(e)))} />${err.message}</div>`;
  }
  const name = `skor-${i}`;
  return html`<fieldset class="scale" id=${fieldId(path)} tabindex="-1" aria-describedby=${err.describedBy}>
    <legend>${s.edit.skorLegend(nama)}</legend>
    ${steps.map(
      (st) => html`<label class="choice"><input type="radio" name=${name} value=${st.skor} .checked=${skor === st.skor}
        @change=${() => set(st.skor)} /> <span>${st.skor}${st.label ? ` – ${teksIn(st.label, lang)}` : ''}</span></label>`,
    )}
    <label class="choice"><input type="radio" name=${name} value="" .checked=${skor === null} @change=${() => set(null)} />
      <span>${s.edit.notAssessed}</span></label>
    ${err.message}
  </fieldset>`;
}

function evidenceRow(o: EditFormOptions, i: number, j: number, b: Bukti): TemplateResult {
  const { s, lang } = o;
  const at = `kriteria[${i}].bukti[${j}]`;
  const bukti = (d: PenilaianKelompok) => d.kriteria[i]!.bukti[j]!;
  const jenisId = fieldId(`${at}.jenis`);
  return html`<li class="evidence-row" part="evidence-row">
    <div class="field"><label for=${jenisId}>${s.edit.evidenceJenis}</label>
      <select id=${jenisId} @change=${(e: Event) => o.patch((d) => (bukti(d).jenis = value(e) as Bukti['jenis']))}>
        ${JENIS_BUKTI.map((jn) => html`<option value=${jn} ?selected=${jn === b.jenis}>${LABEL_JENIS_BUKTI[jn][lang]}</option>`)}
      </select></div>
    ${text(o, `${at}.judul`, s.edit.evidenceJudul, b.judul, (d, v) => (bukti(d).judul = v))}
    ${text(o, `${at}.url`, s.edit.evidenceUrl, b.url, (d, v) => (bukti(d).url = v), 'url')}
    ${text(o, `${at}.tanggal`, s.edit.evidenceTanggal, b.tanggal, (d, v) => (bukti(d).tanggal = v), 'date')}
    <button type="button" class="remove" @click=${() => o.onRemoveEvidence(i, j)}
      aria-label=${s.edit.removeEvidence(b.judul || String(j + 1))}>✕</button>
  </li>`;
}

function criterionFieldset(o: EditFormOptions, i: number): TemplateResult {
  const { s, lang, kerangka, draft } = o;
  const def = kerangka.kriteria[i]!;
  const entry = draft.kriteria[i]!;
  const nama = teksIn(def.nama, lang);
  return html`<fieldset class="criterion-edit" part="criterion-edit" id=${fieldId(`kriteria[${i}]`)} tabindex="-1">
    <legend><span class="num">${i + 1}.</span> ${nama}</legend>
    ${def.deskripsi ? html`<p class="muted">${teksIn(def.deskripsi, lang)}</p>` : nothing}
    ${scoreField(o, i, nama)}
    ${def.indikator?.length
      ? html`<fieldset class="indicators"><legend>${s.edit.indicatorsLegend}</legend>
          ${def.indikator.map((ind) => {
            const checked = entry.indikator?.find((x) => x.id === ind.id)?.terpenuhi ?? false;
            return html`<label class="choice"><input type="checkbox" .checked=${checked} data-indikator=${ind.id}
              @change=${(e: Event) => o.patch((d) => {
                const k = d.kriteria[i]!;
                const list = (k.indikator ??= []);
                const found = list.find((x) => x.id === ind.id);
                const on = (e.target as HTMLInputElement).checked;
                if (found) found.terpenuhi = on;
                else list.push({ id: ind.id, terpenuhi: on });
              })} /> <span>${teksIn(ind.teks, lang)}</span></label>`;
          })}
        </fieldset>`
      : nothing}
    <fieldset class="evidence-edit"><legend>${s.edit.evidenceLegend}</legend>
      ${entry.bukti.length ? html`<ul>${entry.bukti.map((b, j) => evidenceRow(o, i, j, b))}</ul>` : nothing}
      <button type="button" class="add" data-add-evidence=${i} @click=${() => o.onAddEvidence(i)}>${s.edit.addEvidence}</button>
    </fieldset>
    ${text(o, `kriteria[${i}].catatan`, s.edit.catatan, entry.catatan, (d, v) => (d.kriteria[i]!.catatan = v), 'textarea')}
    ${text(o, `kriteria[${i}].rekomendasi`, s.edit.rekomendasi, entry.rekomendasi, (d, v) => (d.kriteria[i]!.rekomendasi = v), 'textarea')}
  </fieldset>`;
}

/** Fragment links do not reach into a shadow root: move focus to the field ourselves. */
function jump(e: Event): void {
  e.preventDefault();
  const a = e.currentTarget as HTMLAnchorElement;
  const target = (a.getRootNode() as ShadowRoot).getElementById(a.hash.slice(1));
  target?.focus();
  target?.scrollIntoView({ block: 'center' });
}

/**
 * The field an issue path points at, by the label the assessor sees ("2. Kemandirian — Judul
 * bukti 1"), not as a JSON path ("kriteria[1].bukti[0].judul"); an unknown path stays as it is.
 */
export function fieldLabel(path: string, o: Pick<EditFormOptions, 'kerangka' | 's' | 'lang'>): string {
  const e = o.s.edit;
  const top: Record<string, string> = { tanggal: e.tanggal, metode: e.metode, 'penilai.nama': e.penilaiNama, 'penilai.peran': e.penilaiPeran, ringkasan: e.ringkasan };
  if (Object.hasOwn(top, path)) return top[path]!;
  const m = /^kriteria\[(\d+)\](?:\.(.+))?$/.exec(path);
  const def = m ? o.kerangka.kriteria[Number(m[1])] : undefined;
  if (!m || !def) return path || '—';
  const nama = teksIn(def.nama, o.lang);
  const criterion = `${Number(m[1]) + 1}. ${nama}`;
  const rest = m[2] ?? '';
  if (rest === 'skor') return `${Number(m[1]) + 1}. ${e.skorLegend(nama)}`;
  const inCriterion: Record<string, string> = { catatan: e.catatan, rekomendasi: e.rekomendasi };
  if (Object.hasOwn(inCriterion, rest)) return `${criterion} — ${inCriterion[rest]}`;
  const b = /^bukti\[(\d+)\]\.(jenis|judul|url|tanggal)$/.exec(rest);
  if (!b) return rest ? `${criterion} — ${rest}` : criterion;
  const field = { jenis: e.evidenceJenis, judul: e.evidenceJudul, url: e.evidenceUrl, tanggal: e.evidenceTanggal }[b[2] as 'jenis'];
  return `${criterion} — ${field} ${Number(b[1]) + 1}`;
}

function errorSummary(o: EditFormOptions): TemplateResult | typeof nothing {
  if (!o.errors.length) return nothing;
  return html`<div class="error-summary" part="error-summary" role="alert" tabindex="-1">
    <p><strong>${o.s.edit.errorSummary(o.errors.length)}</strong></p>
    <ul>${o.errors.map((i) => html`<li><a href=${`#${fieldId(i.path)}`} @click=${jump}>${fieldLabel(i.path, o)}: ${i.message[o.lang]}</a></li>`)}</ul>
  </div>`;
}

/** The self-assessment form: native inputs with visible labels, errors tied to their fields. */
export function renderEditForm(o: EditFormOptions): TemplateResult {
  const { s, lang, draft } = o;
  const e = s.edit;
  return html`<form class="edit" part="form" novalidate @submit=${o.onSave}>
    <h2 part="title">${e.title(o.groupName)}</h2>
    <p class="muted">${e.intro(teksIn(o.kerangka.nama, lang))}</p>
    ${errorSummary(o)}
    ${o.revisable.length
      ? html`<div class="load">
          <div class="field"><label for="load">${e.load}</label>
            <select id="load">
              <option value="">${e.loadNone}</option>
              ${o.revisable.map((p) => html`<option value=${p.id}>${formatDate(p.tanggal, lang)} · ${LABEL_METODE_PENILAIAN[p.metode][lang]}</option>`)}
            </select></div>
          <button type="button" data-action="load"
            @click=${(ev: Event) => o.onLoad((ev.currentTarget as HTMLElement).parentElement?.querySelector('select')?.value ?? '')}>${e.loadButton}</button>
        </div>`
      : nothing}
    <div class="meta-fields">
      ${text(o, 'tanggal', e.tanggal, draft.tanggal, (d, v) => (d.tanggal = v), 'date')}
      <div class="field"><label for=${fieldId('metode')}>${e.metode}</label>
        <select id=${fieldId('metode')} @change=${(ev: Event) => o.patch((d) => (d.metode = value(ev) as PenilaianKelompok['metode']))}>
          ${METODE_PENILAIAN.map((m) => html`<option value=${m} ?selected=${m === draft.metode}>${LABEL_METODE_PENILAIAN[m][lang]}</option>`)}
        </select></div>
      ${text(o, 'penilai.nama', e.penilaiNama, draft.penilai?.nama, (d, v) => ((d.penilai ??= {}).nama = v))}
      ${text(o, 'penilai.peran', e.penilaiPeran, draft.penilai?.peran, (d, v) => ((d.penilai ??= {}).peran = v))}
    </div>
    ${o.kerangka.kriteria.map((_, i) => criterionFieldset(o, i))}
    ${text(o, 'ringkasan', e.ringkasan, draft.ringkasan, (d, v) => (d.ringkasan = v), 'textarea')}
    <div class="actions" part="actions">
      <button type="submit" class="primary">${e.save}</button>
      <button type="button" data-action="download-json" @click=${o.onDownload}>${e.downloadJson}</button>
      <button type="button" data-action="discard" @click=${o.onDiscard}>${e.discard}</button>
    </div>
  </form>`;
}
