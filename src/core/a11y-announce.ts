import { html, type TemplateResult } from 'lit';

/**
 * A polite live region (GOV.UK-style status message): screen readers read its text when it
 * changes, without moving focus — for "now showing Bidang 2" after a drill-down. The region
 * must exist before its text changes, so render it always, empty when there is nothing to say.
 */
export function renderLiveRegion(text: string): TemplateResult {
  return html`<p class="sr-only" part="live" role="status" aria-live="polite" aria-atomic="true">${text}</p>`;
}
