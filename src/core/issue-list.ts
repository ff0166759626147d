import { html } from 'lit';
import type { ValidationIssue } from '../schema/issues.js';
import type { Lang } from './locale.js';
import { coreStrings } from './strings/index.js';

/**
 * Validation issues as an operator can act on them: severity in words (never colour
 * alone), the JSON path to find the spot, and the message in the reader's language.
 * Every value goes through Lit's text bindings, so hostile data stays text.
 */
export function renderIssueList(issues: ValidationIssue[], lang: Lang) {
  const s = coreStrings(lang);
  return html`<ul class="issues" part="issues">
    ${issues.map(
      (i) => html`<li data-severity=${i.severity} data-path=${i.path}>
        <span><span class="sev ${i.severity}">${s.severity[i.severity]}</span>
          · <span class="sr-only">${s.pathLabel}: </span><code>${i.path || s.rootPath}</code></span>
        <span>${i.message[lang]}</span>
      </li>`,
    )}
  </ul>`;
}
