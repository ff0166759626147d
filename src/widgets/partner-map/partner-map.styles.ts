import { css } from 'lit';

export const partnerMapStyles = css`
  :host {
    --_status-aktif: var(--kpm-color-status-aktif, var(--_bidang-3));
    --_status-direncanakan: var(--kpm-color-status-direncanakan, var(--_bidang-1));
    --_status-selesai: var(--kpm-color-status-selesai, var(--_muted));
    --_status-dihentikan: var(--kpm-color-status-dihentikan, var(--_error));
    --_area: var(--kpm-color-area, var(--_surface));
  }
  /* Village, organisation and partnership names from data can be one unbroken word longer than the widget. */
  [part~='base'] { overflow-wrap: anywhere; }
  figure { margin: 0; }
  .skeleton .map-box { width: 100%; height: 12em; }
  h2 { font-size: 1.125em; margin: 0 0 calc(var(--_space) / 2); }
  .summary { margin: 0 0 var(--_space); }
  .views, .actions, .map-tools { display: flex; flex-wrap: wrap; gap: calc(var(--_space) / 2); margin: var(--_space) 0; }
  button:disabled { opacity: 0.6; cursor: default; }
  .filters {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 8em), 1fr));
    gap: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    margin: var(--_space) 0;
  }
  .filters legend { font-weight: 600; padding: 0 4px; }
  .select { display: grid; gap: 2px; font-size: 0.875em; min-width: 0; }
  select { font: inherit; min-height: 44px; width: 100%; min-width: 0; color: var(--_text); background: var(--_bg); border: 1px solid var(--_border); border-radius: 4px; }
  .filters .clear { align-self: end; }
  .selection { display: flex; flex-wrap: wrap; align-items: center; gap: var(--_space); }
  .muted { color: var(--_muted); }

  /* list */
  .cards { list-style: none; margin: 0; padding: 0; display: grid; gap: var(--_space); }
  .card {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 1.5);
    overflow-wrap: anywhere;
  }
  .card.hl { border-color: var(--_accent); border-width: 2px; }
  .card h3 { font-size: 1em; margin: 0; }
  .card .meta { margin: 2px 0 var(--_space); color: var(--_muted); font-size: 0.875em; }
  .card .status { font-weight: 600; color: var(--_text); }
  .card .desc { margin: 0 0 var(--_space); }
  dl { margin: 0; display: grid; gap: 4px; }
  dl > div { display: grid; grid-template-columns: 9em 1fr; gap: var(--_space); }
  dt { font-weight: 600; font-size: 0.875em; }
  dd { margin: 0; }
  .partners { margin: 0; padding-left: 1.1em; }
  @container (max-width: 480px) {
    dl > div { grid-template-columns: 1fr; gap: 0; }
  }

  /* map */
  .map-wrap { position: relative; }
  svg.map { display: block; width: 100%; height: auto; touch-action: none; border: 1px solid var(--_border); border-radius: var(--_radius); background: var(--_bg); cursor: grab; }
  svg.map:active { cursor: grabbing; }
  .sea { fill: var(--_bg); }
  .area { fill: var(--_area); stroke: var(--_muted); stroke-width: 1.2; vector-effect: non-scaling-stroke; fill-rule: evenodd; }
  .mark { cursor: pointer; }
  .mark .shape { fill: var(--_c, var(--_accent)); stroke: var(--_bg); stroke-width: 2; }
  .mark .shape.ring, .key .shape.ring { fill: var(--_bg); stroke: var(--_c); stroke-width: 3; }
  .mark:focus { outline: none; }
  .mark:focus-visible .shape { stroke: var(--_text); stroke-width: 3; }
  /* An office mark is filled with the text colour, so a text-coloured stroke would not show: it gets the outline. */
  .mark.c-kantor:focus-visible { outline: 3px solid var(--_accent); outline-offset: 2px; }
  .mark.dim { opacity: 0.3; }
  .glyph-text { fill: var(--_bg); font-size: 10px; font-weight: 700; pointer-events: none; }
  .c-aktif { --_c: var(--_status-aktif); }
  .c-direncanakan { --_c: var(--_status-direncanakan); }
  .c-selesai { --_c: var(--_status-selesai); }
  .c-dihentikan { --_c: var(--_status-dihentikan); }
  .c-pendana { --_c: var(--_bidang-1); }
  .c-penanggung_jawab { --_c: var(--_bidang-2); }
  .c-pengelola_dana { --_c: var(--_bidang-5); }
  .c-pelaksana { --_c: var(--_bidang-3); }
  .c-pendamping { --_c: var(--_bidang-4); }
  .c-penerima_manfaat { --_c: var(--_muted); }
  .c-kantor { --_c: var(--_text); }
  .c-cluster { --_c: var(--_accent); }
  .legend { list-style: none; padding: 0; margin: var(--_space) 0; display: flex; flex-wrap: wrap; gap: 4px calc(var(--_space) * 2); font-size: 0.875em; }
  .legend li { display: flex; align-items: center; gap: 6px; }
  .key { width: 20px; height: 20px; overflow: visible; }
  .key .shape { fill: var(--_c); }
  .key .glyph-text { fill: var(--_bg); font-size: 10px; font-weight: 700; }
  .detail { margin-top: var(--_space); }
  .detail ul { margin: 0; padding-left: 1.1em; }

  /* relationships */
  .graph-wrap { max-height: 70vh; overflow: auto; border: 1px solid var(--_border); border-radius: var(--_radius); }
  svg.graph { display: block; width: 100%; height: auto; min-width: 300px; }
  .edge-bundle { fill: none; stroke: var(--_muted); stroke-width: 0.6; opacity: 0.6; }
  .edge-bundle.dim { opacity: 0.15; }
  .edge path { fill: none; stroke: var(--_muted); stroke-width: 1.2; }
  .edge.on path { stroke: var(--_accent); stroke-width: 2.5; }
  .edge.dim { opacity: 0.2; }
  .edge .role { fill: var(--_text); font-size: 10px; font-weight: 700; paint-order: stroke; stroke: var(--_bg); stroke-width: 3px; }
  .label { fill: var(--_text); font-size: 12px; }
  .label.dim { opacity: 0.35; }
  .node.org circle { fill: var(--_accent); stroke: var(--_bg); stroke-width: 2; }
  rect.node.kemitraan { fill: var(--_bidang-3); stroke: var(--_bg); stroke-width: 2; }
  .node.on circle, rect.node.on { stroke: var(--_text); stroke-width: 3; }
  .node.dim { opacity: 0.35; }
  .node.org { cursor: pointer; }
  /* The theme's focus ring stays for the keyboard: a thicker stroke alone could not be told
     apart from the stroke a selected node already has. */
  .node.org:focus:not(:focus-visible) { outline: none; }
  .node.org:focus-visible circle { stroke: var(--_text); stroke-width: 4; }

  @media (forced-colors: active) {
    .mark .shape, .node circle, rect.node { fill: CanvasText; stroke: Canvas; }
    .mark .shape.ring { fill: Canvas; stroke: CanvasText; }
    .glyph-text { fill: Canvas; }
    .edge.on path { stroke: Highlight; }
    .mark:focus-visible .shape, .node.org:focus-visible circle { stroke: Highlight; }
  }
  @media print {
    .filters, .views, .actions, .map-tools { display: none; }
    .graph-wrap { max-height: none; overflow: visible; }
    .card { break-inside: avoid; }
  }
`;
