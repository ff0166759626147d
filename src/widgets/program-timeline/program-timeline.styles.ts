import { css } from 'lit';

/**
 * Layout reads the widget's own width (the host is an inline-size container). In the timeline
 * each row is a label column and a bar column that share one axis; under 36em the label sits
 * above its bar. Status colours are theme tokens with a `--kpm-color-status-*` override, and
 * every status also has its own glyph and text, and its bar its own outline (dotted for plans,
 * thick for tertunda, struck through for dibatalkan; dashed for approximate dates), so colour
 * is never the only carrier of meaning.
 */
export const programTimelineStyles = css`
  :host {
    --_st-usulan: var(--kpm-color-status-usulan, var(--_muted));
    --_st-direncanakan: var(--kpm-color-status-direncanakan, var(--_bidang-1));
    --_st-dianggarkan: var(--kpm-color-status-dianggarkan, var(--_bidang-4));
    --_st-berjalan: var(--kpm-color-status-berjalan, var(--_accent));
    --_st-selesai: var(--kpm-color-status-selesai, var(--_bidang-3));
    --_st-tertunda: var(--kpm-color-status-tertunda, var(--_warning));
    --_st-dibatalkan: var(--kpm-color-status-dibatalkan, var(--_error));
    --_label-col: minmax(12em, 2fr);
    --_bar-col: 5fr;
  }
  figure { margin: 0; display: grid; gap: var(--_space); }
  figcaption { display: grid; gap: calc(var(--_space) / 2); }
  h2 { font-size: 1.125em; margin: 0; overflow-wrap: anywhere; }
  .milestones li { overflow-wrap: anywhere; }
  h3, h4, h5 { margin: 0; font-size: 1em; }
  .summary, .window { margin: 0; color: var(--_muted); }
  .controls, .actions { display: flex; flex-wrap: wrap; gap: var(--_space); align-items: end; }
  .buttons { display: flex; flex-wrap: wrap; gap: calc(var(--_space) / 2); }
  label.select { display: grid; font-size: 0.875em; color: var(--_muted); }
  select, input[type='search'] {
    font: inherit; min-height: 44px; color: var(--_text); background: var(--_bg);
    border: 1px solid var(--_border); border-radius: var(--_radius); padding: 0 var(--_space);
  }
  .filters { flex-basis: 100%; }
  .filters summary { cursor: pointer; min-height: 44px; display: flex; align-items: center; color: var(--_accent); }
  .fieldsets { display: flex; flex-wrap: wrap; gap: var(--_space); }
  fieldset { border: 1px solid var(--_border); border-radius: var(--_radius); margin: 0; display: grid; gap: 2px; }
  label.check { display: flex; gap: var(--_space); align-items: center; min-height: 32px; overflow-wrap: anywhere; }
  label.check input { width: 20px; height: 20px; }

  .st-usulan { --_st: var(--_st-usulan); }
  .st-direncanakan { --_st: var(--_st-direncanakan); }
  .st-dianggarkan { --_st: var(--_st-dianggarkan); }
  .st-berjalan { --_st: var(--_st-berjalan); }
  .st-selesai { --_st: var(--_st-selesai); }
  .st-tertunda { --_st: var(--_st-tertunda); }
  .st-dibatalkan { --_st: var(--_st-dibatalkan); }

  .group { display: grid; gap: calc(var(--_space) / 2); margin-bottom: var(--_space); }
  .group-title { font-size: 1em; border-bottom: 1px solid var(--_border); padding-bottom: 2px; }
  .count { color: var(--_muted); font-weight: 400; }
  .more { display: flex; flex-wrap: wrap; gap: var(--_space); align-items: center; margin: 0; }
  .shown-count { color: var(--_muted); }
  .marks { list-style: none; margin: 0; padding: 0; display: grid; gap: 2px; }
  .row {
    display: grid;
    gap: 2px;
    padding: calc(var(--_space) / 2);
    border-left: 4px solid var(--_st);
    border-radius: 2px;
  }
  .row:hover, .row:focus-within { background: var(--_surface); }
  .list .row { border: 1px solid var(--_border); border-left: 4px solid var(--_st); border-radius: var(--_radius); }
  .mark {
    display: grid; gap: 2px; min-height: 44px; padding: 0; border: 0; text-align: left;
    color: var(--_text); background: transparent; font-weight: 600;
  }
  .mark[aria-expanded='true'] .name { text-decoration: underline; }
  .name { overflow-wrap: anywhere; }
  /* A dusun name (or any other piece) may be one long word: it breaks rather than widen the row. */
  .meta { font-size: 0.8125em; font-weight: 400; color: var(--_muted); display: flex; flex-wrap: wrap; gap: 0 0.4em; overflow-wrap: anywhere; }
  .meta > * { min-width: 0; }
  .status { color: var(--_text); font-weight: 600; }
  .icon { display: inline-block; min-width: 1em; text-align: center; color: var(--_st); }
  .flag { margin: 0; font-size: 0.8125em; color: var(--_warning); font-weight: 700; overflow-wrap: anywhere; }

  svg.bar, svg.meter, svg.lane-svg { display: block; width: 100%; }
  svg.bar { height: 20px; }
  svg.meter { height: 8px; max-width: 20em; }
  .bar .span, .meter .span { fill: var(--_bg); stroke: var(--_st); stroke-width: 1.5; vector-effect: non-scaling-stroke; }
  .meter .span { fill: var(--_surface); stroke: var(--_border); }
  .bar .fill, .meter .fill { fill: var(--_st); }
  .bar.approx .span { stroke-dasharray: 4 3; }
  .bar.st-usulan .span, .bar.st-direncanakan .span, .bar.st-dianggarkan .span { stroke-dasharray: 1 3; stroke-width: 2; }
  .bar.st-tertunda .span { fill: var(--_surface); stroke-width: 3; }
  .bar .strike { stroke: var(--_st); stroke-width: 2; vector-effect: non-scaling-stroke; }
  .bar .more { fill: none; stroke: var(--_text); stroke-width: 1.5; vector-effect: non-scaling-stroke; }
  .today { stroke: var(--_error); stroke-width: 2; vector-effect: non-scaling-stroke; }

  /* The axis and the lane set their text at 0.75em, so a length inside them that is meant in
     the host's em is divided by 0.75 (the label column, the track's height, the lane's margin). */
  .axis, .lane { display: grid; grid-template-columns: 1fr; gap: 2px; font-size: 0.75em; color: var(--_muted); --_label-col: minmax(calc(12em / 0.75), 2fr); }
  .axis-spacer { display: none; }
  /* The ticks inherit the track's line height as a length: a .minor tick whose text is hidden
     (font-size: 0) keeps its full-height rule. */
  /* Ticks past the window's edge must not push a 320 px page sideways. overflow-x: clip keeps
     the today label below the track visible; Safari before 16 lacks it and clips both ways
     (the label is lost there, the page stays still). */
  .axis-track { position: relative; height: calc(1.25em / 0.75); line-height: calc(1.25em / 0.75); border-bottom: 1px solid var(--_border); overflow: hidden; }
  /* No space after the colon: Chromium keeps a condition as written, and minified it has none. */
  @supports (overflow-x:clip) { .axis-track { overflow: visible; overflow-x: clip; } }
  .tick { position: absolute; top: 0; padding-left: 2px; border-left: 1px solid var(--_border); white-space: nowrap; }
  .tick.year { font-weight: 700; color: var(--_text); }
  .tick.today-label { top: auto; bottom: calc(-1.2em / 0.75); color: var(--_error); border-left-color: var(--_error); font-weight: 700; }
  /* A month label needs about 2em of the host: on a track too narrow for all of them (320 px,
     200 % zoom) only the years keep theirs, so no two labels overlap. The track is the query
     container and its font size is the axis's 0.75em: 16.6667em there is 12.5em of the host. */
  .axis-track { container: axis / inline-size; }
  @container axis (max-width: 16.6667em) { .dense-6 .minor { font-size: 0; } }
  @container axis (max-width: 33.3333em) { .dense-12 .minor { font-size: 0; } }
  @container axis (max-width: 66.6667em) { .dense-24 .minor { font-size: 0; } }
  .lane { margin-top: calc(1em / 0.75); }
  .lane-svg { height: 28px; }
  .lane .period { fill: var(--_surface); stroke: var(--_muted); vector-effect: non-scaling-stroke; }
  .lane .pt { fill: var(--_accent); stroke: var(--_bg); stroke-width: 1; vector-effect: non-scaling-stroke; }
  .lane .pt.dokumen { fill: var(--_text); }
  .lane .pt.warn { fill: var(--_warning); stroke: var(--_text); stroke-width: 2; }
  .lane-label { font-weight: 600; }

  @container (min-width: 36em) {
    .timeline .row, .axis, .lane { grid-template-columns: var(--_label-col) var(--_bar-col); column-gap: var(--_space); align-items: center; }
    .timeline .row > .flag, .timeline .row > .detail { grid-column: 1 / -1; }
    .axis-spacer { display: block; }
  }

  .milestones summary { cursor: pointer; min-height: 44px; display: flex; align-items: center; color: var(--_accent); }
  .milestones ul { margin: 0; padding-left: 0; list-style: none; display: grid; gap: 2px; font-size: 0.875em; }
  .milestones .icon { color: var(--_accent); }
  /* .flag is 0.8125em of a row; in the milestone list (0.875em) the same 13 px is 0.8125 / 0.875. */
  .milestones .warn .flag { color: var(--_warning); margin-left: 0.4em; font-size: calc(0.8125em / 0.875); }

  .detail { margin-top: calc(var(--_space) / 2); font-weight: 400; border: 1px solid var(--_border); border-top: 4px solid var(--_accent); border-radius: var(--_radius); padding: var(--_space); display: grid; gap: var(--_space); overflow-wrap: anywhere; }
  .detail-head { display: flex; justify-content: space-between; gap: var(--_space); align-items: start; }
  .detail h4 { font-size: 1.0625em; }
  .detail h5 { font-size: 0.9375em; }
  .detail p { margin: 0; }
  .detail dl { display: grid; grid-template-columns: minmax(8em, max-content) 1fr; gap: 2px var(--_space); margin: 0; }
  .detail dt { color: var(--_muted); }
  .detail dd { margin: 0; }
  .plain { margin: 0; padding-left: 1.25em; }
  .log { margin: 0; padding-left: 1.25em; display: grid; gap: calc(var(--_space) / 2); }
  .photo { display: block; max-width: min(100%, 20em); height: auto; margin-top: 4px; border-radius: var(--_radius); background: var(--_surface); }
  /* Sideways swipes over the chart are ours (they pan a window); up and down still scroll. */
  figure.timeline :is(.rows, .axis, .lane) { touch-action: pan-y pinch-zoom; }
  .photo-link { display: block; width: fit-content; max-width: 100%; }
  .photo-fallback, .photo-link.failed .photo { display: none; }
  .photo-link.failed .photo-fallback { display: inline; }
  .trace { display: grid; gap: 2px; }
  .trace-title { font-weight: 600; }
  .muted { color: var(--_muted); }
  .warnings { border-left: 4px solid var(--_warning); padding-left: var(--_space); }
  .warnings ul { margin: 0; padding-left: 1.25em; }


  @container (max-width: 24em) {
    .detail dl { grid-template-columns: 1fr; }
    .detail dd { margin-bottom: 4px; }
  }
  @media (forced-colors: active) {
    .row, .list .row { border-color: CanvasText; }
    .bar .span, .meter .span { fill: Canvas; stroke: CanvasText; }
    .bar .fill, .meter .fill, .lane .pt { fill: CanvasText; }
    .today { stroke: Highlight; }
  }
  @media (prefers-reduced-motion: no-preference) {
    .row { transition: background-color 120ms ease; }
  }
  @media print {
    :host { font-size: 10pt; color: #000; background: #fff; }
    .controls, .actions, .close, .more button { display: none; }
    .row { padding: 1px 2px; break-inside: avoid; }
    .bar .fill, .meter .fill, .lane .pt { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  }
`;
