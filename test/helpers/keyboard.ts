// Walking a widget with real keys only: every key press is followed by a check that focus is
// on an element (never lost to <body>) that draws a visible focus indicator.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { deepActiveElement, focusIndicator } from './a11y.js';

type Host = Element & { updateComplete?: Promise<unknown> };

const frame = () => new Promise((r) => requestAnimationFrame(r));

export const describeElement = (el: Element | null) =>
  el ? `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''}>` : 'nothing';

/** The focused element, after checking it is not <body> and shows that it has focus. */
export function expectVisibleFocus(when: string): Element {
  const el = deepActiveElement();
  expect(Boolean(el) && el !== document.body && el !== document.documentElement, `focus lost to <body> ${when}`).to.equal(true);
  expect(focusIndicator(el!), `no visible focus indicator on ${describeElement(el)} ${when}`).to.not.equal(null);
  return el!;
}

/** Presses `key` (e.g. 'Tab', 'Shift+Tab', 'Enter', ' ', 'ArrowDown'), lets `host` update, and checks the focus. */
export async function press(key: string, host: Host): Promise<Element> {
  const [modifier, name] = key.length > 1 && key.includes('+') ? key.split('+') as [string, string] : [null, key];
  if (modifier) await sendKeys({ down: modifier });
  await sendKeys({ press: name });
  if (modifier) await sendKeys({ up: modifier });
  await host.updateComplete;
  await frame();
  await host.updateComplete;
  return expectVisibleFocus(`after ${key}`);
}

/** Presses Tab (or Shift+Tab) until the focused element matches `selector`; at most `max` presses. */
export async function tabTo(selector: string, host: Host, options: { back?: boolean; max?: number } = {}): Promise<Element> {
  let el: Element | null = null;
  for (let i = 0; i < (options.max ?? 80); i++) {
    el = await press(options.back ? 'Shift+Tab' : 'Tab', host);
    if (el.matches(selector)) return el;
  }
  throw new Error(`${options.back ? 'Shift+Tab' : 'Tab'} never reached ${selector} (last: ${describeElement(el)})`);
}

/** Types text into the focused field, key by key. */
export async function typeText(text: string, host: Host): Promise<void> {
  await sendKeys({ type: text });
  await host.updateComplete;
}
