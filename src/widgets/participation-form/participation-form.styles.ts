import { css } from 'lit';

/**
 * One column that reads on a 320 px phone and at 200 % zoom; RT/RW sit side by side only
 * when the widget itself is wide enough. Every target is at least 44 px tall, and an error
 * is marked by text and a border, never by colour alone.
 */
export const participationFormStyles = css`
  form, .list, .stack { display: grid; gap: calc(var(--_space) * 2); }
  h2 { font-size: 1.25em; margin: 0; overflow-wrap: anywhere; }
  h3 { font-size: 1em; margin: 0 0 var(--_space); }
  p { margin: 0; }
  .intro, .hint, .counter, .req, .meta, .notice .detail { color: var(--_muted); }
  .hint, .counter, .req, .meta, .notice .detail { font-size: 0.875em; }
  /* A server's own words may be one long token (a path, a code) on a 320 px phone, and so may
     the title a reader typed, which names a refused submission. */
  .notice { overflow-wrap: anywhere; }
  .counter.over { color: var(--_error); font-weight: 700; }
  fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 1.5);
    margin: 0;
    display: grid;
    gap: calc(var(--_space) * 1.5);
    min-width: 0;
  }
  fieldset fieldset { border: 0; padding: 0; }
  legend { font-weight: 700; padding: 0 calc(var(--_space) / 2); overflow-wrap: anywhere; }
  .field { display: grid; gap: calc(var(--_space) / 2); min-width: 0; }
  .field label { font-weight: 600; }
  .row { display: grid; gap: var(--_space); grid-template-columns: 1fr; }
  @container (min-width: 30em) {
    .row { grid-template-columns: 1fr 1fr; }
    .field.short { max-width: 16em; }
  }
  input[type='text'], input[type='tel'], input[type='email'], input[type='file'], textarea, select {
    font: inherit;
    width: 100%;
    min-height: 44px;
    padding: calc(var(--_space) / 2) var(--_space);
    color: var(--_text);
    background: var(--_bg);
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
  }
  textarea { resize: vertical; }
  [aria-invalid='true'] { border: 2px solid var(--_error); }
  .choice { display: grid; grid-template-columns: 44px 1fr; align-items: center; column-gap: calc(var(--_space) / 2); min-height: 44px; }
  .choice input { width: 24px; height: 24px; margin: 10px; accent-color: var(--_accent); }
  .choice label { cursor: pointer; padding: calc(var(--_space) / 2) 0; }
  .choice .hint, .choice .field-error { grid-column: 2; }
  .choices.inline { grid-template-columns: repeat(auto-fit, minmax(9em, 1fr)); }
  .checks { grid-template-columns: repeat(auto-fit, minmax(12em, 1fr)); }
  .field-error { color: var(--_error); font-weight: 700; }
  button {
    font: inherit;
    min-height: 44px;
    padding: 0 calc(var(--_space) * 2);
    color: var(--_text);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  button.primary { border-color: var(--_accent); font-weight: 700; }
  button:disabled, button[aria-disabled='true'] { opacity: 0.6; cursor: not-allowed; }
  .actions { display: flex; flex-wrap: wrap; gap: var(--_space); align-items: center; }
  .error-summary, .notice, .receipt, .queue {
    border: 1px solid var(--_border);
    border-left-width: 6px;
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 1.5);
    background: var(--_surface);
    display: grid;
    gap: var(--_space);
  }
  .error-summary, .notice.error { border-color: var(--_error); }
  .notice.warning, .queue { border-left-color: var(--_warning); }
  .receipt { border-left-color: var(--_accent); }
  .error-summary ul { margin: 0; padding-left: 1.25em; }
  .error-summary a { color: var(--_error); font-weight: 700; }
  .ticket output { font-family: ui-monospace, monospace; font-size: 1.25em; font-weight: 700; letter-spacing: 0.05em; user-select: all; }
  .privacy { display: flex; flex-wrap: wrap; align-items: center; gap: 0 var(--_space); font-size: 0.875em; }
  .privacy a { display: inline-flex; align-items: center; min-height: 44px; }
  .photos { list-style: none; padding: 0; margin: 0; display: flex; flex-wrap: wrap; gap: var(--_space); }
  .photos li { display: grid; gap: calc(var(--_space) / 2); justify-items: start; }
  .photos img { width: 96px; height: 96px; object-fit: cover; border-radius: var(--_radius); border: 1px solid var(--_border); }
  .hp { position: absolute; left: -10000px; width: 1px; height: 1px; overflow: hidden; }

  .filters { grid-template-columns: repeat(auto-fit, minmax(9em, 1fr)); align-items: end; }
  label.select { display: grid; gap: 2px; font-size: 0.875em; color: var(--_muted); }
  .more { justify-self: start; }
  .card h3[tabindex] { outline-offset: 4px; }
  .cards { list-style: none; margin: 0; padding: 0; display: grid; gap: var(--_space); }
  .card { border: 1px solid var(--_border); border-radius: var(--_radius); padding: calc(var(--_space) * 1.5); overflow-wrap: anywhere; }
  .card article { display: grid; gap: calc(var(--_space) / 2); }
  .card h3 { margin: 0; }
  .status { font-weight: 700; color: var(--_text); }
  .history { margin: var(--_space) 0 0; padding-left: 1.25em; }
  /* Padding, not flex, for the 44 px target: flex would hide the disclosure triangle. */
  details summary { cursor: pointer; padding: 10px 0; }
  #table { overflow-x: auto; }
  @container (min-width: 40em) {
    .cards { grid-template-columns: repeat(auto-fill, minmax(18em, 1fr)); }
  }
  @media (forced-colors: active) {
    [aria-invalid='true'], .error-summary, .notice { border-style: double; }
  }
  @media (prefers-reduced-motion: reduce) {
    * { scroll-behavior: auto; }
  }
  @media print {
    .actions, .filters, .hp, input[type='file'] { display: none; }
    .card { break-inside: avoid; }
  }
`;
