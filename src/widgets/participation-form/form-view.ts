/**
 * The form's markup: native inputs with visible labels, fieldsets with legends, hints and
 * inline errors tied by aria-describedby, and an error summary whose links focus the field.
 * Everything from data (dusun names) and from the reader is bound as text.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Lang } from '../../core/locale.js';
import type { UsulanDraft } from '../../model/usulan-payload.js';
import {
  LABEL_JENIS_PENGUSUL, LABEL_JENIS_USULAN, LABEL_KATEGORI_USULAN, LABEL_KELOMPOK_SASARAN, type Dusun,
} from '../../schema/index.js';
import { DESKRIPSI_MAX, focusTargetId, JUDUL_MAX } from './form-fields.js';
import { MAX_PHOTOS } from './photo.js';
import type { FormStrings } from './strings.js';

export interface PhotoItem {
  blob: Blob;
  url: string;
}

/** A notice's words, in the reader's language. */
export interface NoticeWords {
  title?: string;
  text: string;
  detail?: string;
}

/** A queued submission the receiver refused after the reader had moved on to another. */
export interface RefusedView extends NoticeWords {
  /** The reader pressed "Pulihkan ke formulir" over a draft with text: the question is shown. */
  asking: boolean;
  ask: string;
}

/** What the refused submissions need; the receipt and queued screens show them too. */
export interface RefusedModel {
  s: FormStrings;
  /** A send is under way: nothing may replace the draft now. */
  busy: boolean;
  refused: readonly RefusedView[];
  /** "Pulihkan ke formulir" (`confirmed` false) or the question's "Ya, ganti isian" (true). */
  onRestore: (index: number, confirmed: boolean) => void;
  onCancelRestore: (index: number) => void;
}

export interface FormViewModel extends RefusedModel {
  lang: Lang;
  draft: UsulanDraft;
  dusun: readonly Dusun[];
  requireDusun: boolean;
  /** field id → message; shown only after a send was tried. */
  errors: ReadonlyMap<string, string>;
  /** Messages with no input of their own (shown in the summary only). */
  otherErrors: readonly string[];
  showSummary: boolean;
  photos: readonly PhotoItem[];
  photoNote: string;
  locating: boolean;
  locationNote: string;
  privacyHref: string | null;
  privacyVersion: string;
  notice: (NoticeWords & { kind: 'info' | 'warning' | 'error' }) | null;
  queueLine: TemplateResult | typeof nothing;
  onSummaryLink: (e: Event, field: string) => void;
  onPhotos: (e: Event) => void;
  onRemovePhoto: (index: number) => void;
  onLocate: () => void;
  onClearLocation: () => void;
  onDiscard: () => void;
}

const label = (t: { id: string; en: string }, lang: Lang) => t[lang];

/** The ids aria-describedby may name for a field, only those that are rendered. */
function describedBy(id: string, v: FormViewModel, parts: { hint?: boolean; count?: boolean }): string | typeof nothing {
  const ids = [parts.hint ? `${id}-hint` : '', parts.count ? `${id}-count` : '', v.errors.has(id) ? `${id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : nothing;
}

function errorLine(id: string, v: FormViewModel) {
  const msg = v.errors.get(id);
  return msg ? html`<p class="field-error" id=${`${id}-error`}><span aria-hidden="true">⚠ </span>${msg}</p>` : nothing;
}

function counter(id: string, value: string, max: number, v: FormViewModel) {
  const used = [...value].length;
  const over = used - max;
  return html`<p class="counter ${over > 0 ? 'over' : ''}" id=${`${id}-count`}>
    ${over > 0 ? v.s.counterOver(over) : v.s.counter(used, max)}
  </p>`;
}

function reqMark(v: FormViewModel, required: boolean) {
  return html`<span class="req">(${required ? v.s.required : v.s.optional})</span>`;
}

function renderSummary(v: FormViewModel) {
  if (!v.showSummary || (v.errors.size === 0 && v.otherErrors.length === 0)) return nothing;
  const n = v.errors.size + v.otherErrors.length;
  return html`<div class="error-summary" id="error-summary" part="error-summary" role="alert" tabindex="-1" aria-labelledby="error-summary-title">
    <h3 id="error-summary-title">${v.s.errorSummary(n)}</h3>
    <ul>
      ${[...v.errors].map(
        ([field, msg]) => html`<li><a href=${`#${focusTargetId(field)}`} @click=${(e: Event) => v.onSummaryLink(e, field)}>${msg}</a></li>`,
      )}
      ${v.otherErrors.map((m) => html`<li>${m}</li>`)}
    </ul>
  </div>`;
}

function renderJenis(v: FormViewModel) {
  const keys = Object.keys(LABEL_JENIS_USULAN) as (keyof typeof LABEL_JENIS_USULAN)[];
  return html`<fieldset class="choices" aria-describedby=${describedBy('jenis', v, {})} aria-invalid=${v.errors.has('jenis') ? 'true' : nothing}>
    <legend>${v.s.jenisLegend} ${reqMark(v, true)}</legend>
    ${errorLine('jenis', v)}
    ${keys.map(
      (k) => html`<div class="choice">
        <input type="radio" name="jenis" id=${`jenis-${k}`} value=${k} .checked=${v.draft.jenis === k} aria-describedby=${`jenis-${k}-hint`} />
        <label for=${`jenis-${k}`}>${label(LABEL_JENIS_USULAN[k], v.lang)}</label>
        <p class="hint" id=${`jenis-${k}-hint`}>${v.s.jenisHint[k]}</p>
      </div>`,
    )}
  </fieldset>`;
}

function renderIsi(v: FormViewModel) {
  const d = v.draft;
  return html`<fieldset>
    <legend>${v.s.isiLegend}</legend>
    <div class="field">
      <label for="judul">${v.s.judul} ${reqMark(v, true)}</label>
      <p class="hint" id="judul-hint">${v.s.judulHint}</p>
      ${errorLine('judul', v)}
      <input id="judul" name="judul" type="text" .value=${d.judul} autocomplete="off"
        aria-describedby=${describedBy('judul', v, { hint: true, count: true })} aria-invalid=${v.errors.has('judul') ? 'true' : nothing} />
      ${counter('judul', d.judul, JUDUL_MAX, v)}
    </div>
    <div class="field">
      <label for="deskripsi">${v.s.deskripsi} ${reqMark(v, true)}</label>
      <p class="hint" id="deskripsi-hint">${v.s.deskripsiHint}</p>
      ${errorLine('deskripsi', v)}
      <textarea id="deskripsi" name="deskripsi" rows="6" .value=${d.deskripsi}
        aria-describedby=${describedBy('deskripsi', v, { hint: true, count: true })} aria-invalid=${v.errors.has('deskripsi') ? 'true' : nothing}></textarea>
      ${counter('deskripsi', d.deskripsi, DESKRIPSI_MAX, v)}
    </div>
    <div class="field">
      <label for="kategori">${v.s.kategori} ${reqMark(v, false)}</label>
      <p class="hint" id="kategori-hint">${v.s.kategoriHint}</p>
      <select id="kategori" name="kategori" aria-describedby="kategori-hint">
        <option value="" ?selected=${d.kategori === ''}>${v.s.choose}</option>
        ${(Object.keys(LABEL_KATEGORI_USULAN) as (keyof typeof LABEL_KATEGORI_USULAN)[]).map(
          (k) => html`<option value=${k} ?selected=${d.kategori === k}>${label(LABEL_KATEGORI_USULAN[k], v.lang)}</option>`,
        )}
      </select>
    </div>
  </fieldset>`;
}

function renderLokasi(v: FormViewModel) {
  const d = v.draft;
  const fmt = (n: number) => n.toFixed(5);
  return html`<fieldset>
    <legend>${v.s.lokasiLegend}</legend>
    ${v.dusun.length
      ? html`<div class="field">
          <label for="dusunId">${v.s.dusun} ${reqMark(v, v.requireDusun)}</label>
          ${errorLine('dusunId', v)}
          <select id="dusunId" name="dusunId" aria-describedby=${describedBy('dusunId', v, {})} aria-invalid=${v.errors.has('dusunId') ? 'true' : nothing}>
            <option value="" ?selected=${d.dusunId === ''}>${v.s.choose}</option>
            ${v.dusun.map((x) => html`<option value=${x.id} ?selected=${d.dusunId === x.id}>${x.nama}</option>`)}
          </select>
        </div>`
      : nothing}
    <div class="row">
      <div class="field short">
        <label for="rt">${v.s.rt} ${reqMark(v, false)}</label>
        <input id="rt" name="rt" type="text" inputmode="numeric" .value=${d.rt} autocomplete="off" />
      </div>
      <div class="field short">
        <label for="rw">${v.s.rw} ${reqMark(v, false)}</label>
        <input id="rw" name="rw" type="text" inputmode="numeric" .value=${d.rw} autocomplete="off" />
      </div>
    </div>
    <div class="field">
      <label for="lokasiDeskripsi">${v.s.lokasiDeskripsi} ${reqMark(v, false)}</label>
      <input id="lokasiDeskripsi" name="lokasiDeskripsi" type="text" .value=${d.lokasiDeskripsi} autocomplete="off" />
    </div>
    <div class="actions">
      ${d.koordinat
        ? html`<button type="button" @click=${v.onClearLocation}>${v.s.removeLocation}</button>`
        : html`<button type="button" @click=${v.onLocate} ?disabled=${v.locating}>${v.s.useLocation}</button>`}
      <p class="hint" role="status">${v.locating ? v.s.locating : d.koordinat ? v.s.locationSet(fmt(d.koordinat.lat), fmt(d.koordinat.lng)) : v.locationNote}</p>
    </div>
  </fieldset>`;
}

function renderManfaat(v: FormViewModel) {
  const d = v.draft;
  const keys = Object.keys(LABEL_KELOMPOK_SASARAN) as (keyof typeof LABEL_KELOMPOK_SASARAN)[];
  return html`<fieldset>
    <legend>${v.s.manfaatLegend}</legend>
    <fieldset class="checks">
      <legend>${v.s.kelompok} ${reqMark(v, false)}</legend>
      ${keys.map(
        (k) => html`<div class="choice">
          <input type="checkbox" name="kelompok" id=${`kelompok-${k}`} value=${k} .checked=${d.kelompok.includes(k)} />
          <label for=${`kelompok-${k}`}>${label(LABEL_KELOMPOK_SASARAN[k], v.lang)}</label>
        </div>`,
      )}
    </fieldset>
    <div class="field short">
      <label for="perkiraanJiwa">${v.s.perkiraanJiwa} ${reqMark(v, false)}</label>
      ${errorLine('perkiraanJiwa', v)}
      <input id="perkiraanJiwa" name="perkiraanJiwa" type="text" inputmode="numeric" .value=${d.perkiraanJiwa} autocomplete="off"
        aria-describedby=${describedBy('perkiraanJiwa', v, {})} aria-invalid=${v.errors.has('perkiraanJiwa') ? 'true' : nothing} />
    </div>
  </fieldset>`;
}

function renderFoto(v: FormViewModel) {
  const full = v.photos.length >= MAX_PHOTOS;
  return html`<fieldset>
    <legend>${v.s.fotoLegend} ${reqMark(v, false)}</legend>
    <p class="hint" id="foto-hint">${v.s.fotoHint(MAX_PHOTOS)}</p>
    <div class="field">
      <label for="foto">${v.s.fotoAdd}</label>
      <input id="foto" type="file" accept="image/*" multiple ?disabled=${full} aria-describedby="foto-hint" @change=${v.onPhotos} />
    </div>
    <p class="hint" role="status">${v.photoNote}</p>
    ${v.photos.length
      ? html`<ul class="photos" part="photos">
          ${v.photos.map(
            (p, i) => html`<li>
              <img src=${p.url} alt=${v.s.fotoAlt(i + 1)} width="96" height="96" />
              <button type="button" @click=${() => v.onRemovePhoto(i)}>${v.s.fotoRemove(i + 1)}</button>
            </li>`,
          )}
        </ul>`
      : nothing}
  </fieldset>`;
}

function renderPengusul(v: FormViewModel) {
  const d = v.draft;
  const keys = Object.keys(LABEL_JENIS_PENGUSUL) as (keyof typeof LABEL_JENIS_PENGUSUL)[];
  return html`<fieldset>
    <legend>${v.s.pengusulLegend}</legend>
    <fieldset class="choices inline">
      <legend>${v.s.pengusulJenis}</legend>
      ${keys.map(
        (k) => html`<div class="choice">
          <input type="radio" name="pengusulJenis" id=${`pengusulJenis-${k}`} value=${k} .checked=${d.pengusulJenis === k} />
          <label for=${`pengusulJenis-${k}`}>${label(LABEL_JENIS_PENGUSUL[k], v.lang)}</label>
        </div>`,
      )}
    </fieldset>
    <div class="choice">
      <input type="checkbox" name="anonim" id="anonim" .checked=${d.anonim} aria-describedby="anonim-hint" />
      <label for="anonim">${v.s.anonim}</label>
      <p class="hint" id="anonim-hint">${v.s.anonimHint}</p>
    </div>
    ${d.anonim
      ? nothing
      : html`<div class="field">
          <label for="nama">${v.s.nama} ${reqMark(v, false)}</label>
          <p class="hint" id="nama-hint">${v.s.namaHint}</p>
          ${errorLine('nama', v)}
          <input id="nama" name="nama" type="text" .value=${d.nama} autocomplete=${d.pengusulJenis === 'perorangan' ? 'name' : 'organization'}
            aria-describedby=${describedBy('nama', v, { hint: true })} />
        </div>`}
  </fieldset>`;
}

function renderKontak(v: FormViewModel) {
  const d = v.draft;
  return html`<fieldset aria-describedby="kontak-hint">
    <legend>${v.s.kontakLegend} ${reqMark(v, false)}</legend>
    <p class="hint" id="kontak-hint">${v.s.kontakHint}</p>
    <div class="field">
      <label for="telepon">${v.s.telepon}</label>
      ${errorLine('telepon', v)}
      <input id="telepon" name="telepon" type="tel" inputmode="tel" .value=${d.telepon} autocomplete="tel"
        aria-describedby=${describedBy('telepon', v, {})} />
    </div>
    <div class="field">
      <label for="email">${v.s.email}</label>
      ${errorLine('email', v)}
      <input id="email" name="email" type="email" .value=${d.email} autocomplete="email" spellcheck="false"
        aria-describedby=${describedBy('email', v, {})} aria-invalid=${v.errors.has('email') ? 'true' : nothing} />
    </div>
  </fieldset>`;
}

function renderConsent(v: FormViewModel) {
  const d = v.draft;
  const box = (name: 'simpanData' | 'publikasiIsi' | 'publikasiNama' | 'bolehDihubungi', text: string, extra: { disabled?: boolean; required?: boolean } = {}) =>
    html`<div class="choice">
      <input type="checkbox" name=${name} id=${name} .checked=${d[name] && !extra.disabled} ?disabled=${extra.disabled}
        aria-describedby=${describedBy(name, v, {})} aria-invalid=${v.errors.has(name) ? 'true' : nothing} />
      <label for=${name}>${text} ${extra.required ? reqMark(v, true) : nothing}</label>
      ${errorLine(name, v)}
    </div>`;
  return html`<fieldset part="consent">
    <legend>${v.s.consentLegend}</legend>
    ${box('simpanData', v.s.simpanData, { required: true })}
    ${box('publikasiIsi', v.s.publikasiIsi)}
    ${box('publikasiNama', v.s.publikasiNama, { disabled: d.anonim })}
    ${box('bolehDihubungi', v.s.bolehDihubungi)}
    <p class="privacy">
      ${v.privacyHref ? html`<a href=${v.privacyHref} target="_blank" rel="noopener">${v.s.privacyLink}</a>` : nothing}
      <span>${v.s.privacyVersion(v.privacyVersion)}</span>
    </p>
  </fieldset>`;
}

/** A field people never see or reach by keyboard; a bot that fills every input fills it. */
function renderHoneypot(v: FormViewModel) {
  return html`<div class="hp" aria-hidden="true">
    <label for="website">${v.s.honeypot}</label>
    <input id="website" name="website" type="text" tabindex="-1" autocomplete="off" />
  </div>`;
}

/** The form's notice and each refused submission word themselves alike. */
function noticeBody(n: NoticeWords) {
  return html`${n.title ? html`<h3>${n.title}</h3>` : nothing}<p>${n.text}</p>
    ${n.detail ? html`<p class="detail">${n.detail}</p>` : nothing}`;
}

/**
 * Each refused submission with its way back into the form. Not a live region: the element
 * announces its arrival once, and the question, when asked, takes the focus itself (the
 * question, not a button, so a double tap on "Pulihkan" cannot answer it). "Batal" comes
 * first, as in an Android dialog.
 */
export function renderRefused(v: RefusedModel) {
  return v.refused.map(
    (r, i) => html`<div class="notice error" part="notice" id=${`refused-${i}`}>
      ${noticeBody(r)}
      ${r.asking
        ? html`<p id=${`refused-${i}-ask`} tabindex="-1"><strong>${r.ask}</strong></p>
            <div class="actions">
              <button type="button" @click=${() => v.onCancelRestore(i)}>${v.s.restoreCancel}</button>
              <button type="button" ?disabled=${v.busy} @click=${() => v.onRestore(i, true)}>${v.s.restoreConfirm}</button>
            </div>`
        : html`<p>${v.s.refusedKept}</p>
            <div class="actions">
              <button type="button" id=${`refused-${i}-restore`} ?disabled=${v.busy} @click=${() => v.onRestore(i, false)}>${v.s.restoreRefused}</button>
            </div>`}
    </div>`,
  );
}

// The send button is aria-disabled while busy, not disabled: a disabled button drops the focus
// to <body> while sending (the submit handler ignores a second press).
export function renderFormView(v: FormViewModel): TemplateResult {
  return html`<form part="form" novalidate aria-labelledby="form-title">
    <h2 id="form-title" part="title">${v.s.formTitle}</h2>
    <p class="intro">${v.s.intro} <strong>${v.s.noNik}</strong></p>
    ${v.queueLine}
    ${renderSummary(v)}
    ${renderJenis(v)} ${renderIsi(v)} ${renderLokasi(v)} ${renderManfaat(v)} ${renderFoto(v)}
    ${renderPengusul(v)} ${renderKontak(v)} ${renderConsent(v)} ${renderHoneypot(v)}
    ${renderRefused(v)}
    ${v.notice
      ? html`<div class="notice ${v.notice.kind}" id="submit-notice" tabindex="-1" part="notice" role=${v.notice.kind === 'info' ? 'status' : 'alert'}>
          ${noticeBody(v.notice)}
        </div>`
      : nothing}
    <div class="actions">
      <button type="submit" id="submit-button" class="primary" part="submit" aria-disabled=${v.busy ? 'true' : 'false'}>${v.busy ? v.s.sending : v.s.submit}</button>
      <button type="button" @click=${v.onDiscard} ?disabled=${v.busy}>${v.s.discardDraft}</button>
    </div>
  </form>`;
}

