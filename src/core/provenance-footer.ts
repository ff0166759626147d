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
  // Either may be missing when the file's was broken (the error panel says so): leave it out.
  const { sumber, generatedAt } = data;
  const sistem = sumber && (s.sistem[sumber.sistem as keyof typeof s.sistem] ?? sumber.sistem);
  const sourceUrl = sanitizeUrl(sumber?.url);
  const docUrl = sanitizeUrl(documentUrl);
  const day = generatedAt?.slice(0, 10);
  return html`<footer part="footer">
    ${sumber
      ? html`<span>${s.source}:
          ${sourceUrl
            ? html`<a href=${sourceUrl} rel="noopener noreferrer" target="_blank">${sistem}</a>`
            : sistem}${sumber.versi ? html` ${sumber.versi}` : nothing}</span>`
      : nothing}
    ${day ? html`<span>${s.asOf} <time datetime=${day}>${formatDate(day, lang)}</time></span>` : nothing}
    ${data.lisensi ? html`<span>${s.licence}: ${data.lisensi}</span>` : nothing}
    ${docUrl
      ? html`<span><a href=${docUrl} rel="noopener noreferrer" target="_blank">${s.document}</a></span>`
      : nothing}
  </footer>`;
}
