import { html, nothing } from 'lit';
import type { Lang } from '../../core/locale.js';
import type { ImportOutcome, IssuePlace } from './import-run.js';
import { issueHint } from '../../schema/issue-hints.js';
import { builderStrings } from './strings.js';

export function placeText(place: IssuePlace, lang: Lang): string | null {
  const s = builderStrings(lang);
  if (!place) return null;
  return 'row' in place ? s.row(place.row, place.column) : s.line(place.line, place.column);
}

export function severityCounts(outcome: ImportOutcome): { error: number; warning: number; info: number } {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const i of outcome.issues) counts[i.severity]++;
  return counts;
}

/**
 * The import's issues as a list an operator works through: severity in words, where to look
 * (row or line), the message and what to do. Every value is a text binding.
 */
/** More than this many issues are summarised: the first ones are what an admin fixes first. */
export const MAX_SHOWN_ISSUES = 200;

export function renderIssues(outcome: ImportOutcome, lang: Lang) {
  const s = builderStrings(lang);
  if (!outcome.issues.length) return nothing;
  const shown = outcome.issues.slice(0, MAX_SHOWN_ISSUES);
  return html`${shown.length < outcome.issues.length ? html`<p class="more">${s.moreIssues(shown.length, outcome.issues.length)}</p>` : nothing}
  <ol class="issues">
    ${shown.map((i) => {
      const place = placeText(i.place, lang);
      return html`<li class="issue" data-severity=${i.severity} data-code=${i.code}>
        <p class="issue-head"><span class="sev ${i.severity}">${s.severity[i.severity]}</span>${place
            ? html` · <span class="place">${place}</span>`
            : nothing}${i.path && !i.path.startsWith('csv')
            ? html` · <span class="sr-only">${s.path}: </span><code>${i.path}</code>`
            : nothing}</p>
        <p class="message">${i.message[lang]}</p>
        <p class="hint"><strong>${s.hint}:</strong> ${issueHint(i.code, lang)}</p>
      </li>`;
    })}
  </ol>`;
}
