import { css } from 'lit';

/**
 * Narrow first: at 320 px the radar sits above the list; from 40em of the widget's own width
 * they sit side by side, and several groups share the row from 64em. Print fits one group to
 * an A4 page: controls and detail panels drop out, each group starts a new page.
 */
export const scorecardStyles = css`
  /* Group, criterion and note texts from data can be one unbroken word longer than the widget. */
  [part~='base'] { overflow-wrap: anywhere; }
  select { max-width: 100%; }
  .groups { display: grid; gap: calc(var(--_space) * 3); }
  section.group { display: grid; gap: var(--_space); min-width: 0; }
  h2 { font-size: 1.125em; margin: 0; overflow-wrap: anywhere; }
  h3 { font-size: 1em; margin: var(--_space) 0 0; }
  p { margin: 0; }
  .muted { color: var(--_muted); }
  .summary { color: var(--_text); }
  .method {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) / 2) var(--_space);
    background: var(--_surface);
    overflow-wrap: anywhere;
  }
  /* A self-assessment must not look like an audit: dashed frame, and the words say so too. */
  .method.self { border-style: dashed; }
  .method .kind { font-weight: 700; }
  .headline { display: flex; flex-wrap: wrap; gap: var(--_space) calc(var(--_space) * 2); align-items: baseline; }
  .headline .big { font-size: 1.5em; font-weight: 700; font-variant-numeric: tabular-nums; }
  figure { margin: 0; display: grid; gap: var(--_space); }
  .picture { display: grid; gap: var(--_space); }
  /* One or two criteria get no radar (see radar.ts): the list takes the whole width. */
  .picture.list-only { grid-template-columns: 1fr; }
  .radar { width: 100%; max-width: 18em; justify-self: center; overflow: visible; }
  .radar .ring { fill: none; stroke: var(--_border); }
  .radar .axis { stroke: var(--_border); }
  .radar .axis-label { fill: var(--_text); font-size: 13px; font-weight: 700; }
  .radar .axis-label.unassessed { fill: var(--_muted); font-style: italic; }
  .radar .gap { fill: var(--_bg); stroke: var(--_muted); stroke-dasharray: 2 2; }
  .radar .now { fill: none; stroke: var(--_accent); stroke-width: 2.5; }
  /* fill-opacity, not color-mix(): that needs Chrome 111, and the supported floor is 100. */
  .radar .now.closed { fill: var(--_accent); fill-opacity: 0.18; }
  .radar .dot { fill: var(--_accent); }
  .radar .before { fill: none; stroke: var(--_muted); stroke-width: 1.5; stroke-dasharray: 5 3; }
  .legend { display: flex; flex-wrap: wrap; gap: var(--_space); font-size: 0.8125em; color: var(--_muted); }
  .legend .now::before { content: ''; display: inline-block; width: 1.5em; border-top: 3px solid var(--_accent); vertical-align: middle; margin-right: 4px; }
  .legend .before::before { content: ''; display: inline-block; width: 1.5em; border-top: 2px dashed var(--_muted); vertical-align: middle; margin-right: 4px; }

  .criteria { list-style: none; margin: 0; padding: 0; display: grid; gap: 2px; }
  .criterion details { border-left: 4px solid var(--_accent); border-radius: 2px; }
  .criterion.unassessed details { border-left-style: dashed; border-left-color: var(--_muted); }
  summary {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: 2px var(--_space);
    padding: calc(var(--_space) / 2) var(--_space);
    cursor: pointer;
    list-style: none;
    min-height: 44px;
  }
  summary::-webkit-details-marker { display: none; }
  summary:hover, summary:focus-visible { background: var(--_surface); }
  summary .name { font-weight: 600; overflow-wrap: anywhere; }
  summary .name::before { content: '▸ '; color: var(--_muted); }
  details[open] summary .name::before { content: '▾ '; }
  summary .score { font-variant-numeric: tabular-nums; text-align: right; }
  .unassessed summary .score { font-style: italic; color: var(--_muted); }
  summary .bar { grid-column: 1 / -1; width: 100%; height: 0.75em; display: block; }
  .bar .track { fill: var(--_surface); stroke: var(--_border); stroke-width: 0.5; vector-effect: non-scaling-stroke; }
  .bar .fill { fill: var(--_accent); }
  .bar .prev { stroke: var(--_text); stroke-width: 2; vector-effect: non-scaling-stroke; }
  summary .meta { grid-column: 1 / -1; display: flex; flex-wrap: wrap; gap: 0 calc(var(--_space) * 1.5); font-size: 0.8125em; color: var(--_muted); }
  .flag { color: var(--_warning); font-weight: 700; }
  .detail { padding: 0 var(--_space) var(--_space) calc(var(--_space) * 2); display: grid; gap: calc(var(--_space) / 2); font-size: 0.9375em; overflow-wrap: anywhere; }
  /* In the 0.9375em detail, the list's 20 px indent is 1.25 / 0.9375 of its own em. */
  .detail ul { margin: 0; padding-left: calc(1.25em / 0.9375); }
  .checklist { list-style: none; padding-left: 0 !important; }
  .checklist .unmet { color: var(--_muted); }
  .sub { font-weight: 600; }
  .jenis { font-weight: 600; }
  .weakest { border-left: 4px solid var(--_warning); padding-left: var(--_space); }
  .weakest ul { margin: 0; padding-left: 1.25em; }
  .actions { display: flex; flex-wrap: wrap; gap: var(--_space); }

  /* edit mode */
  form.edit { display: grid; gap: calc(var(--_space) * 1.5); }
  fieldset { border: 1px solid var(--_border); border-radius: var(--_radius); margin: 0; padding: var(--_space); min-width: 0; display: grid; gap: var(--_space); }
  legend { font-weight: 700; padding: 0 4px; overflow-wrap: anywhere; }
  .scale, .indicators { border-style: dashed; }
  .choice { display: flex; gap: var(--_space); align-items: center; min-height: 44px; }
  /* A radio or checkbox keeps the browser's small-control font size unless told: inherit, so
     its 1.25em box is 1.25em of the label. */
  .choice input { font-size: inherit; width: 1.25em; height: 1.25em; margin: 0; flex: none; }
  .field { display: grid; gap: 2px; min-width: 0; }
  .field label { font-size: 0.875em; font-weight: 600; }
  /* Tab also walks a date input's own calendar button, where the input is only :focus-within. */
  input[type='date']:focus-within { outline: 3px solid var(--_accent); outline-offset: 2px; }
  input:not([type='radio']):not([type='checkbox']), select, textarea {
    font: inherit;
    min-height: 44px;
    color: var(--_text);
    background: var(--_bg);
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
    padding: 4px 8px;
    width: 100%;
  }
  [aria-invalid='true'] { border-color: var(--_error) !important; border-width: 2px !important; }
  .field-error { color: var(--_error); font-size: 0.875em; font-weight: 600; }
  .error-summary { border: 2px solid var(--_error); border-radius: var(--_radius); padding: var(--_space); }
  .error-summary ul { margin: 0; padding-left: 1.25em; }
  .error-summary a { color: var(--_error); }
  .meta-fields, .load { display: grid; gap: var(--_space); align-items: end; }
  .evidence-edit ul { list-style: none; margin: 0; padding: 0; display: grid; gap: var(--_space); }
  .evidence-row { display: grid; gap: var(--_space); padding-bottom: var(--_space); border-bottom: 1px dashed var(--_border); }
  .evidence-row .remove { justify-self: start; }
  fieldset > button, .load > button { justify-self: start; }
  .scale > .field-error { grid-column: 1 / -1; }
  .status { font-weight: 600; }

  @container (min-width: 40em) {
    .picture { grid-template-columns: minmax(12em, 2fr) 3fr; align-items: start; }
    .meta-fields { grid-template-columns: repeat(2, minmax(0, 1fr)); }
    .load { grid-template-columns: 1fr auto; }
    .scale { grid-template-columns: repeat(auto-fill, minmax(10em, 1fr)); column-gap: calc(var(--_space) * 2); }
    .evidence-row { grid-template-columns: 10em minmax(0, 2fr) minmax(0, 2fr) 10em auto; align-items: end; }
  }
  @container (min-width: 64em) {
    .groups.several { grid-template-columns: repeat(auto-fit, minmax(30em, 1fr)); }
    .groups.several .picture { grid-template-columns: 1fr; }
  }
  @media (forced-colors: active) {
    .radar .now.closed { fill: none; }
    .bar .fill { fill: CanvasText; }
    .method.self { border-style: dashed; }
  }
  @media print {
    :host { font-size: 10pt; }
    .actions, .table-wrap, .detail, summary .name::before { display: none !important; }
    section.group + section.group { break-before: page; }
    section.group { break-inside: avoid; }
    .picture { grid-template-columns: 6.5cm 1fr; }
    .radar { max-width: 6.5cm; }
    summary { min-height: 0; padding: 1px 4px; }
  }
`;
