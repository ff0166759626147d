import { html, nothing } from 'lit';
import type { ValidationIssue } from '../schema/issues.js';
import { formatNumber } from './format.js';
import type { Lang } from './locale.js';
import { coreStrings } from './strings/index.js';

/**
 * How many issues the panel lists. A file with one mistake per row can carry thousands
 * (9,184 for a broken 10,000-item array: some 30,000 nodes on a cheap phone), and no one
 * fixes them by scrolling: the first ones show the pattern, the rest are counted.
 */
export const ISSUE_LIST_LIMIT = 100;

/**
 * Validation issues as an operator can act on them: severity in words (never colour
 * alone), the JSON path to find the spot, and the message in the reader's language.
 * Every value goes through Lit's text bindings, so hostile data stays text.
 */
export function renderIssueList(issues: ValidationIssue[], lang: Lang) {
  const s = coreStrings(lang);
  const hidden = issues.length - ISSUE_LIST_LIMIT;
  return html`<ul class="issues" part="issues">
      ${issues.slice(0, ISSUE_LIST_LIMIT).map(
        (i) => html`<li data-severity=${i.severity} data-path=${i.path}>
          <span><span class="sev ${i.severity}">${s.severity[i.severity]}</span>
            · <span class="sr-only">${s.pathLabel}: </span><code>${i.path || s.rootPath}</code></span>
          <span>${i.message[lang]}</span>
        </li>`,
      )}
    </ul>
    ${hidden > 0 ? html`<p class="more-issues">${s.moreIssues(formatNumber(hidden, lang))}</p>` : nothing}`;
}
