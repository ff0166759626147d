import { css } from 'lit';

/**
 * Theme tokens. Every colour, font, radius and spacing a widget uses reads a `--kpm-*`
 * custom property with a default here, so a host restyles all widgets from its own CSS.
 * Defaults meet WCAG AA contrast on white and, in dark mode, on the dark background.
 * Bidang colours come from a colour-blind-safe set (Okabe–Ito, darkened for text contrast).
 *
 * @cssproperty --kpm-font-family - Font stack (default: the system UI font).
 * @cssproperty --kpm-font-size - Base text size (default `medium`: the reader's browser setting, not the
 *   page's body or root size). Every size inside a widget is in em of this. A rem value given
 *   here still follows the page's root (Bootstrap 3's `html { font-size: 10px }` makes 1rem
 *   10 px): give px, or leave it unset.
 * @cssproperty --kpm-color-text - Body text colour.
 * @cssproperty --kpm-color-muted - Secondary text colour.
 * @cssproperty --kpm-color-bg - Widget background.
 * @cssproperty --kpm-color-surface - Panels and table stripes.
 * @cssproperty --kpm-color-border - Rules and outlines.
 * @cssproperty --kpm-color-accent - Links, focus ring, primary marks.
 * @cssproperty --kpm-color-error - Error text and markers.
 * @cssproperty --kpm-color-warning - Warning text and markers.
 * @cssproperty --kpm-color-bidang-1 - Bidang 1 (pemerintahan). Likewise -2 … -5.
 * @cssproperty --kpm-radius - Corner radius.
 * @cssproperty --kpm-space - Base spacing unit.
 */
export const themeStyles = css`
  :host {
    --_font: var(--kpm-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif);
    --_text: var(--kpm-color-text, #1b1f24);
    --_muted: var(--kpm-color-muted, #57606a);
    --_bg: var(--kpm-color-bg, #ffffff);
    --_surface: var(--kpm-color-surface, #f4f6f8);
    --_border: var(--kpm-color-border, #d0d7de);
    --_accent: var(--kpm-color-accent, #0b5cad);
    --_error: var(--kpm-color-error, #b3261e);
    --_warning: var(--kpm-color-warning, #8a5300);
    --_bidang-1: var(--kpm-color-bidang-1, #0072b2);
    --_bidang-2: var(--kpm-color-bidang-2, #b35900);
    --_bidang-3: var(--kpm-color-bidang-3, #007a5a);
    --_bidang-4: var(--kpm-color-bidang-4, #a3457a);
    --_bidang-5: var(--kpm-color-bidang-5, #6b5d00);
    --_radius: var(--kpm-radius, 8px);
    --_space: var(--kpm-space, 8px);
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_text: var(--kpm-color-text, #e6edf3);
      --_muted: var(--kpm-color-muted, #a8b3bd);
      --_bg: var(--kpm-color-bg, #0d1117);
      --_surface: var(--kpm-color-surface, #161b22);
      --_border: var(--kpm-color-border, #3d444d);
      --_accent: var(--kpm-color-accent, #6cb6ff);
      --_error: var(--kpm-color-error, #ff8a80);
      --_warning: var(--kpm-color-warning, #f0b849);
      --_bidang-1: var(--kpm-color-bidang-1, #56b4e9);
      --_bidang-2: var(--kpm-color-bidang-2, #e69f00);
      --_bidang-3: var(--kpm-color-bidang-3, #2ec4a0);
      --_bidang-4: var(--kpm-color-bidang-4, #e58cc0);
      --_bidang-5: var(--kpm-color-bidang-5, #d8c43c);
    }
  }
  @media (forced-colors: active) {
    :host {
      --_text: CanvasText;
      --_muted: CanvasText;
      --_bg: Canvas;
      --_surface: Canvas;
      --_border: CanvasText;
      --_accent: LinkText;
      --_error: CanvasText;
      --_warning: CanvasText;
      --_bidang-1: CanvasText;
      --_bidang-2: CanvasText;
      --_bidang-3: CanvasText;
      --_bidang-4: CanvasText;
      --_bidang-5: CanvasText;
    }
  }
`;

/** The states every widget shares: skeleton, message panels, issue list, footer. */
export const baseStyles = css`
  :host {
    display: block;
    max-width: 100%;
    container-type: inline-size;
  }
  /* A village theme's global CSS reaches the widget two ways: inherited properties cross the
     shadow boundary (body { font: 13px/2.4 Georgia; text-align: justify }), and rules such as
     * { … !important } match the host element itself. So every inherited property gets our
     value here, !important: in the cascade an !important declaration from the shadow tree wins
     over the page's normal AND !important ones. Hosts restyle through the --kpm-* tokens. */
  :host {
    box-sizing: border-box !important;
    font-family: var(--_font) !important;
    /* medium, not 1rem: rem is the page root's size, and a Bootstrap 3 (html { font-size: 10px })
       or 62.5% theme would shrink every widget. medium is the reader's browser text size, and
       every size inside is in em of the host, so nothing inside follows the page root. */
    font-size: var(--kpm-font-size, medium) !important;
    font-style: normal !important;
    font-weight: 400 !important;
    font-variant: normal !important;
    font-stretch: normal !important;
    font-kerning: auto !important;
    font-feature-settings: normal !important;
    font-variation-settings: normal !important;
    font-size-adjust: none !important;
    line-height: 1.5 !important;
    letter-spacing: normal !important;
    word-spacing: normal !important;
    text-align: start !important;
    text-align-last: auto !important;
    text-indent: 0 !important;
    text-transform: none !important;
    text-shadow: none !important;
    text-rendering: auto !important;
    text-underline-offset: auto !important;
    text-underline-position: auto !important;
    text-decoration-skip-ink: auto !important;
    text-emphasis: none !important;
    white-space: normal !important;
    word-break: normal !important;
    overflow-wrap: normal !important;
    hyphens: manual !important;
    tab-size: 8 !important;
    direction: ltr !important;
    writing-mode: horizontal-tb !important;
    color: var(--_text) !important;
    background: var(--_bg) !important;
    -webkit-text-fill-color: currentColor !important;
    -webkit-text-stroke: 0 !important;
    fill: initial !important;
    stroke: initial !important;
    stroke-width: initial !important;
    paint-order: normal !important;
    list-style: disc outside none !important;
    border-collapse: separate !important;
    border-spacing: 0 !important;
    caption-side: top !important;
    empty-cells: show !important;
    quotes: auto !important;
  }
  :host([hidden]) {
    display: none !important;
  }
  /* The widgets' own print rules set these on :host without !important; the rule above
     would override them, so paper gets them here. */
  @media print {
    :host {
      font-size: 10pt !important;
      color: #000 !important;
      background: #fff !important;
    }
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  a {
    color: var(--_accent);
  }
  :focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  .skeleton {
    display: grid;
    gap: var(--_space);
    padding: var(--_space) 0;
  }
  .skeleton .bar {
    height: 1.25em;
    border-radius: var(--_radius);
    background: linear-gradient(90deg, var(--_surface) 25%, var(--_border) 50%, var(--_surface) 75%);
    background-size: 200% 100%;
    animation: shimmer 1.4s linear infinite;
  }
  .skeleton .bar:nth-child(1) { width: 60%; height: 1.6em; }
  .skeleton .bar:nth-child(2) { width: 95%; }
  .skeleton .bar:nth-child(3) { width: 80%; }
  .skeleton .bar:nth-child(4) { width: 70%; }
  @keyframes shimmer {
    to { background-position: -200% 0; }
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton .bar { animation: none; }
  }
  .panel {
    border: 1px solid var(--_border);
    border-left-width: 4px;
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 1.5);
    background: var(--_surface);
    overflow-wrap: anywhere;
  }
  .panel.error { border-left-color: var(--_error); }
  .panel.warning { border-left-color: var(--_warning); }
  .panel h2, .panel summary {
    font-size: 1em;
    margin: 0 0 var(--_space);
  }
  .panel p { margin: 0 0 var(--_space); }
  .issues {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space);
  }
  .issues li { display: grid; gap: 2px; }
  .issues .sev { font-weight: 700; }
  .issues .sev.error { color: var(--_error); }
  .issues .sev.warning { color: var(--_warning); }
  /* The host's size is the keyword medium, and a browser turns medium into its smaller fixed-
     pitch default (13 px) under a lone generic 'monospace' (the UA's font for code): naming it
     twice keeps the same font at em of the host (normalize.css's fix). */
  code, kbd, samp, pre {
    font-family: monospace, monospace;
  }
  .issues code {
    font-size: 0.875em;
    background: var(--_bg);
    padding: 0 4px;
    border-radius: 4px;
  }
  button {
    font: inherit;
    min-height: 44px;
    min-width: 44px;
    padding: 0 calc(var(--_space) * 2);
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_accent);
    cursor: pointer;
  }
  /* A pressed toggle (a view switch) and a form's main action look the same in every widget. */
  button[aria-pressed='true'],
  button.primary {
    background: var(--_accent);
    color: var(--_bg);
  }
  @media (forced-colors: active) {
    /* System colours keep their values here and text gets a Canvas backplate, so Canvas text
       on the accent would vanish: a pressed toggle takes the highlight pair and the main
       action the button pair, both unadjusted. */
    button[aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
      border-color: Highlight;
    }
    button.primary {
      forced-color-adjust: none;
      background: ButtonText;
      color: ButtonFace;
    }
  }
  footer {
    margin-top: calc(var(--_space) * 1.5);
    font-size: 0.8125em;
    color: var(--_muted);
    display: flex;
    flex-wrap: wrap;
    gap: 0 calc(var(--_space) * 1.5);
    /* A source note or version string from data may be one long word: wrap it at 320 px. */
    overflow-wrap: anywhere;
    min-width: 0;
  }
  footer > * {
    min-width: 0;
    max-width: 100%;
  }
  /* Only the core's own controls: a widget's buttons may carry labels that belong on paper. */
  @media print {
    .skeleton, .retry { display: none; }
  }
`;
