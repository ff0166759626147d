// Shared by the participation-form tests: mounting, filling inputs the way a browser does
// (value + bubbling input/change), the local receiver's control routes, and device cleanup.
import { fixtureSync, html, waitUntil } from '@open-wc/testing';
import { clear, createStore } from 'idb-keyval';
import '../../../src/widgets/participation-form/index.js';
import type { KpmParticipationForm } from '../../../src/widgets/participation-form/index.js';

import { norm } from '../../helpers/text.js';

export { norm };
export const root = (el: Element) => el.shadowRoot!;
export const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => root(el).querySelector<T>(sel);

export async function mount(attrs: Record<string, string> = {}, data?: unknown): Promise<KpmParticipationForm> {
  const el = document.createElement('kpm-participation-form') as KpmParticipationForm;
  el.setAttribute('lang', 'id');
  el.setAttribute('min-fill-seconds', '0');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  if (data) el.data = data;
  // fixtureSync: waiting for a frame stalls when the test page is a background tab.
  const wrap = fixtureSync<HTMLDivElement>(html`<div></div>`);
  wrap.append(el);
  await waitUntil(() => $(el, 'form, .receipt, .list, [part=empty], .notice'), 'form did not render');
  await el.updateComplete;
  return el;
}

export async function type(el: KpmParticipationForm, id: string, value: string) {
  const input = $<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(el, `#${id}`)!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await el.updateComplete;
}

export async function tick(el: KpmParticipationForm, id: string) {
  $<HTMLInputElement>(el, `#${id}`)!.click();
  await el.updateComplete;
}

/** The smallest complete submission. */
export async function fillValid(el: KpmParticipationForm, judul = 'Lampu jalan di tikungan RT 03') {
  await tick(el, 'jenis-usulan_kegiatan');
  await type(el, 'judul', judul);
  await type(el, 'deskripsi', 'Tikungan gelap dan rawan kecelakaan pada malam hari.');
  await tick(el, 'simpanData');
}

/** Chooses `files` in the photo input as a reader would, and waits for `expected` previews. */
export async function choosePhotos(el: KpmParticipationForm, files: File[], expected: number) {
  const dt = new DataTransfer();
  for (const f of files) dt.items.add(f);
  const input = $<HTMLInputElement>(el, '#foto')!;
  input.files = dt.files;
  input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await waitUntil(() => root(el).querySelectorAll('[part=photos] img').length === expected, 'photos not added', { timeout: 8000 });
}

/** Switches `lang` as a page would; the element follows it through a MutationObserver. */
export async function setLang(el: KpmParticipationForm, lang: string) {
  el.setAttribute('lang', lang);
  await waitUntil(() => $(el, '[part=base]')?.getAttribute('lang') === lang, `lang ${lang} not followed`);
  await el.updateComplete;
}

/** The button whose text is `text`, as a reader finds it. */
export function button(el: Element, text: string): HTMLButtonElement {
  const found = [...root(el).querySelectorAll('button')].find((b) => norm(b.textContent) === text);
  if (!found) throw new Error(`no button "${text}"`);
  return found;
}

export async function submit(el: KpmParticipationForm) {
  $<HTMLButtonElement>(el, 'button[type=submit]')!.click();
  await el.updateComplete;
}

export function newBucket(): string {
  return `t${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}

export const receiveUrl = (bucket: string) => `/__test__/form/receive?bucket=${bucket}`;

export async function control(bucket: string, mode: 'up' | 'down' | '500' | '422' | 'slow', extra = ''): Promise<void> {
  await fetch(`/__test__/form/control?bucket=${bucket}&mode=${mode}${extra}`);
}

export interface Stored {
  ticket: string;
  key: string;
  headerKey: string | null;
  repeats: number;
  encoding: 'json' | 'multipart';
  payload: any;
  clientIdField?: string;
  files: { name: string; filename: string; type: string; size: number; base64: string }[];
}

export async function received(bucket: string): Promise<{ stored: Stored[]; attempts: { mode: string; key: string | null }[] }> {
  return (await fetch(`/__test__/form/list?bucket=${bucket}`)).json();
}

export async function cleanDevice(): Promise<void> {
  for (const k of Object.keys(localStorage)) if (k.startsWith('kpm-usulan')) localStorage.removeItem(k);
  await clear(createStore('kpm-widgets-outbox', 'usulan'));
  await clear(createStore('kpm-widgets-draft-photos', 'photos'));
}
