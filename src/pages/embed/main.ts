// embed.html's bootstrap: one widget from the query string, for CMSs that strip <script>
// (docs/embed-iframe.md). No inline script or style anywhere, so the page runs under a
// strict Content-Security-Policy; the accent colour goes through the CSSOM.
import { readEmbedParams, readFrame } from './params.js';
import { reportHeight } from './height-reporter.js';
import { EMBED_STRINGS } from './strings.js';
import { WIDGET_MODULES } from './widgets.js';
import type { EmbedParamsError } from './params.js';

function showError(host: HTMLElement, error: EmbedParamsError): void {
  const box = document.createElement('div');
  box.className = 'embed-message';
  box.setAttribute('role', 'alert');
  for (const lang of ['id', 'en'] as const) {
    const s = EMBED_STRINGS[lang];
    const part = document.createElement('section');
    part.lang = lang;
    const title = document.createElement('h1');
    title.textContent = s.title;
    const text = document.createElement('p');
    text.textContent = s.errors[error];
    const help = document.createElement('p');
    help.textContent = s.help;
    part.append(title, text, help);
    box.append(part);
  }
  host.replaceChildren(box);
}

async function start(): Promise<void> {
  const host = document.querySelector<HTMLElement>('#embed') ?? document.body;
  const params = readEmbedParams(location.search, location.href);
  if ('error' in params) {
    showError(host, params.error);
    reportHeight(window.parent, readFrame(location.search));
    return;
  }
  document.documentElement.lang = params.attributes.lang ?? 'id';
  await WIDGET_MODULES[params.widget]();
  const element = document.createElement(`kpm-${params.widget}`);
  for (const [name, value] of Object.entries(params.attributes)) element.setAttribute(name, value);
  if (params.accent) element.style.setProperty('--kpm-color-accent', params.accent);
  host.replaceChildren(element);
  reportHeight(window.parent, params.frame);
}

void start();
