import { css } from 'lit';

/**
 * Layout reads the widget's own width (the host is an inline-size container): below 36em
 * every mark is a stacked block — label, bar, figures — which reads better on a 320 px phone;
 * wider, label and bar sit side by side. Colours come only from the core theme tokens.
 */
export const budgetChartStyles = css`
  /* minmax(0, …): one unbreakable label must not widen the figure past the host. */
  figure { margin: 0; display: grid; grid-template-columns: minmax(0, 1fr); gap: var(--_space); }
  figcaption { display: grid; gap: calc(var(--_space) / 2); }
  h2 { font-size: 1.125em; margin: 0; overflow-wrap: anywhere; }
  .summary { margin: 0; color: var(--_muted); }
  .controls, .actions { display: flex; flex-wrap: wrap; gap: var(--_space); align-items: end; }
  .views { display: flex; flex-wrap: wrap; gap: calc(var(--_space) / 2); }
  label.select { display: grid; font-size: 0.875em; color: var(--_muted); }
  select { font: inherit; min-height: 44px; color: var(--_text); background: var(--_bg); border: 1px solid var(--_border); border-radius: var(--_radius); }
  nav ol { list-style: none; display: flex; flex-wrap: wrap; gap: 0 var(--_space); margin: 0; padding: 0; }
  nav li + li::before { content: '›'; margin-right: var(--_space); color: var(--_muted); }
  nav button { min-height: 44px; padding: 0 var(--_space); border-color: transparent; text-decoration: underline; }
  nav [aria-current] { display: inline-flex; align-items: center; min-height: 44px; font-weight: 700; }

  .marks { list-style: none; margin: 0; padding: 0; display: grid; gap: calc(var(--_space) / 2); }
  .row { position: relative; }
  .tone-b1 { --_tone: var(--_bidang-1); }
  .tone-b2 { --_tone: var(--_bidang-2); }
  .tone-b3 { --_tone: var(--_bidang-3); }
  .tone-b4 { --_tone: var(--_bidang-4); }
  .tone-b5 { --_tone: var(--_bidang-5); }
  .tone-in { --_tone: var(--_accent); }
  .tone-out { --_tone: var(--_bidang-2); }
  .row {
    display: grid;
    grid-template-columns: 1fr;
    gap: 2px;
    padding: calc(var(--_space) / 2) var(--_space);
    border-left: 4px solid var(--_tone);
    cursor: pointer;
  }
  .row:hover, .row:focus-within { background: var(--_surface); }
  .mark {
    min-height: 24px;
    padding: 0;
    border: 0;
    text-align: left;
    color: var(--_text);
    background: transparent;
    font-weight: 600;
  }
  .label { overflow-wrap: anywhere; }
  .values { font-size: 0.875em; color: var(--_muted); font-variant-numeric: tabular-nums; }
  .flag { font-size: 0.875em; color: var(--_warning); font-weight: 700; }
  .bar { width: 100%; height: 1.25em; display: block; }
  .bar .ang { fill: var(--_surface); stroke: var(--_tone); stroke-width: 1.5; vector-effect: non-scaling-stroke; }
  .bar .real { fill: var(--_tone); }
  @container (min-width: 36em) {
    .marks:not(.cards) .row { grid-template-columns: minmax(10em, 2fr) 3fr; column-gap: calc(var(--_space) * 2); align-items: center; }
    .marks:not(.cards) .row > .values, .marks:not(.cards) .row > .flag { grid-column: 2; }
    .cards { grid-template-columns: repeat(auto-fill, minmax(13em, 1fr)); }
  }
  .cards .row { height: 100%; border: 1px solid var(--_border); border-top: 4px solid var(--_tone); align-content: start; }
  .cards .big { font-size: 1.5em; font-weight: 700; }
  .tip {
    position: absolute;
    z-index: 1;
    top: 100%;
    left: var(--_space);
    /* 24em of the host; the tip's own text is 0.875em. */
    max-width: min(24em / 0.875, 90%);
    display: grid;
    padding: var(--_space);
    background: var(--_bg);
    color: var(--_text);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.2);
    font-size: 0.875em;
    overflow-wrap: anywhere;
  }
  .siltap, .warnings, .extra { border: 1px solid var(--_border); border-radius: var(--_radius); padding: var(--_space); }
  .siltap p, .warnings p, .extra h3 { margin: 0 0 calc(var(--_space) / 2); }
  .extra h3 { font-size: 1em; }
  .meter { width: 100%; height: 1.5em; display: block; }
  .meter .track { fill: var(--_surface); stroke: var(--_border); vector-effect: non-scaling-stroke; }
  .meter .fill { fill: var(--_accent); }
  .meter .fill.over { fill: var(--_warning); }
  .meter .cap { stroke: var(--_text); stroke-width: 3; vector-effect: non-scaling-stroke; }
  .warnings { border-left: 4px solid var(--_warning); }
  .warnings ul { margin: 0; padding-left: 1.25em; }
  .changes { list-style: none; margin: 0; padding: 0; display: grid; gap: 2px; overflow-wrap: anywhere; }
  .siltap p, .warnings li { overflow-wrap: anywhere; }
  .dd-list { list-style: none; margin: 0; padding: 0; display: grid; }
  .dd-list li { display: grid; grid-template-columns: minmax(0, 1fr) auto; column-gap: var(--_space); padding: 4px 0; border-top: 1px solid var(--_border); }
  .dd-name { font-weight: 600; overflow-wrap: anywhere; grid-column: 1 / -1; }
  .dd-meta { color: var(--_muted); font-size: 0.875em; display: flex; flex-wrap: wrap; gap: 0 var(--_space); overflow-wrap: anywhere; }
  .dd-amount { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; align-self: end; }
  @container (min-width: 36em) {
    .dd-list li { grid-template-columns: minmax(0, 3fr) minmax(0, 2fr) auto; }
    .dd-name { grid-column: auto; }
    .dd-meta { font-size: inherit; }
  }
  .kontak { margin: 0; font-size: 0.875em; overflow-wrap: anywhere; }
  @media (forced-colors: active) {
    .row { border-color: CanvasText; }
    .bar .ang, .meter .track { fill: Canvas; stroke: CanvasText; }
    .bar .real, .meter .fill { fill: CanvasText; }
  }
  @media print {
    :host { font-size: 10pt; color: #000; background: #fff; }
    .controls, .actions, .tip, nav { display: none; }
    /* The core hides buttons in print; a mark's button holds its label, which paper needs. */
    .mark { display: block; min-height: 0; }
    .table-wrap { overflow: visible; }
    .dd-list li { padding: 1px 0; }
    .marks, .cards { gap: 0; }
    .row { padding: 2px 4px; break-inside: avoid; }
    .bar { height: 0.75em; }
    .cards { grid-template-columns: repeat(5, 1fr); }
    .cards .big { font-size: 1.1em; }
    figure { gap: 4px; }
    .bar .ang, .bar .real, .meter .fill { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  }
`;
