// Driving <kpm-builder> as an admin would: through its real file input, paste box and controls.
import { fixtureSync, html, waitUntil } from '@open-wc/testing';
import '../../../src/index.js';
import '../../../src/pages/builder/index.js';
import type { KpmBuilder } from '../../../src/pages/builder/index.js';
import { norm } from '../../helpers/text.js';

export const TEMPLATE_URL = '/examples/templates/apbdes-template.csv';
export const BAD_ROWS_URL = '/test/fixtures/budget/bad-rows.csv';

export async function mount(lang = 'id'): Promise<KpmBuilder> {
  const el = fixtureSync<KpmBuilder>(html`<kpm-builder lang=${lang} script-url="https://desa.example/kpm-widgets.js"></kpm-builder>`);
  await el.updateComplete;
  return el;
}

export const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel)!;
export const $$ = <T extends Element = HTMLElement>(el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<T>(sel)];

/** A file as the file chooser hands it over, fetched from the test server. */
export async function fileFrom(url: string, name = url.split('/').pop()!): Promise<File> {
  const bytes = await (await fetch(url)).arrayBuffer();
  return new File([bytes], name);
}

const summaryText = (el: Element) => norm($(el, '#results').textContent);

/** Puts `file` into the real file input (as the file chooser does) and waits for the result. */
export async function choose(el: KpmBuilder, file: File): Promise<void> {
  const before = summaryText(el);
  const input = $<HTMLInputElement>(el, '#file');
  const dt = new DataTransfer();
  dt.items.add(file);
  input.files = dt.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await waitUntil(() => summaryText(el) !== before, 'the import did not finish', { timeout: 5000 });
  await el.updateComplete;
}

export async function paste(el: KpmBuilder, text: string): Promise<void> {
  $<HTMLTextAreaElement>(el, '#paste').value = text;
  $<HTMLButtonElement>(el, '#paste + button').click();
  await el.updateComplete;
}

/** Per issue shown: severity, code, place text and hint text. */
export function shownIssues(el: Element): { severity: string; code: string; place: string; hint: string }[] {
  return $$(el, '.issue').map((li) => ({
    severity: li.dataset.severity!,
    code: li.dataset.code!,
    place: norm(li.querySelector('.place')?.textContent),
    hint: norm(li.querySelector('.hint')?.textContent),
  }));
}

export const previewWidget = <T extends Element = HTMLElement & { data?: any }>(el: Element, tag = 'kpm-budget-chart') =>
  $<T>(el, `#preview ${tag}`);

export async function rendered(widget: Element): Promise<void> {
  await waitUntil(() => widget.shadowRoot?.querySelector('[part="base"]:not([aria-busy="true"])'), `${widget.localName} did not render`);
  await (widget as unknown as { updateComplete: Promise<unknown> }).updateComplete;
}
