import { html, nothing } from 'lit';
import type { KpmDesaDataset } from '../schema/index.js';
import { formatDate } from './format.js';
import type { Lang } from './locale.js';
import { sanitizeUrl } from './sanitize-url.js';
import { coreStrings } from './strings/index.js';

/**
 * Where the numbers come from and as of when: the source system, the dataset's date, its
 * licence and a link to the source document (a Perdes PDF) when the widget has one.
 */
export function renderProvenance(data: KpmDesaDataset, lang: Lang, documentUrl?: string | null) {
  const s = coreStrings(lang).footer;
  const sistem = s.sistem[data.sumber.sistem as keyof typeof s.sistem] ?? data.sumber.sistem;
  const sourceUrl = sanitizeUrl(data.sumber.url);
  const docUrl = sanitizeUrl(documentUrl);
  const day = data.generatedAt.slice(0, 10);
  return html`<footer part="footer">
    <span>${s.source}:
      ${sourceUrl
        ? html`<a href=${sourceUrl} rel="noopener noreferrer" target="_blank">${sistem}</a>`
        : sistem}${data.sumber.versi ? html` ${data.sumber.versi}` : nothing}</span>
    <span>${s.asOf} <time datetime=${day}>${formatDate(day, lang)}</time></span>
    ${data.lisensi ? html`<span>${s.licence}: ${data.lisensi}</span>` : nothing}
    ${docUrl
      ? html`<span><a href=${docUrl} rel="noopener noreferrer" target="_blank">${s.document}</a></span>`
      : nothing}
  </footer>`;
}
