import { css } from 'lit';
import { baseStyles, themeStyles } from '../../core/theme.js';

const pageStyles = css`
  :host {
    max-width: 60rem;
    margin: 0 auto;
    padding: calc(var(--_space) * 2);
    container-type: normal;
  }
  h1 { font-size: 1.5rem; line-height: 1.25; margin: 0 0 var(--_space); }
  h2 { font-size: 1.25rem; margin: calc(var(--_space) * 3) 0 var(--_space); }
  section { border-top: 1px solid var(--_border); }
  .skip {
    position: absolute;
    left: -10000px;
    top: 0;
  }
  .skip:focus {
    position: static;
    display: inline-block;
    margin-bottom: var(--_space);
  }
  .langs { display: flex; flex-wrap: wrap; gap: var(--_space); margin: var(--_space) 0; }
  .langs button[aria-pressed='true'] { background: var(--_accent); color: var(--_bg); }
  label { display: block; font-weight: 600; margin: var(--_space) 0 4px; }
  .check { display: flex; align-items: flex-start; gap: var(--_space); margin-top: var(--_space); }
  .check label { margin: 0; }
  .check input { width: 1.25rem; height: 1.25rem; margin: 2px 0 0; flex: none; }
  input[type='text'], input[type='url'], select, textarea {
    font: inherit;
    color: var(--_text);
    background: var(--_bg);
    border: 1px solid var(--_muted);
    border-radius: calc(var(--_radius) / 2);
    min-height: 44px;
    padding: 4px 8px;
    width: 100%;
    max-width: 100%;
  }
  input[type='file'] { font: inherit; max-width: 100%; min-height: 44px; }
  input[type='color'] { min-height: 44px; min-width: 64px; }
  textarea { font-family: ui-monospace, 'Cascadia Mono', 'DejaVu Sans Mono', monospace; font-size: 0.875rem; }
  fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    margin: calc(var(--_space) * 2) 0;
    padding: var(--_space) calc(var(--_space) * 1.5) calc(var(--_space) * 1.5);
    min-width: 0;
  }
  legend { font-weight: 700; padding: 0 4px; }
  .hint-text { color: var(--_muted); font-size: 0.875rem; margin: 4px 0; }
  .drop {
    border: 2px dashed var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 2);
    margin-bottom: var(--_space);
  }
  .drop.dragging { border-color: var(--_accent); background: var(--_surface); }
  button { margin-top: var(--_space); }
  .actions { display: flex; flex-wrap: wrap; gap: var(--_space); }
  .options { display: grid; grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr)); gap: 0 calc(var(--_space) * 2); }
  .options legend { grid-column: 1 / -1; }
  .summary { font-weight: 600; }
  .summary.error { color: var(--_error); }
  #results:focus, #content:focus { outline: 3px solid var(--_accent); outline-offset: 2px; }
  .issues { list-style: none; margin: 0; padding: 0; display: grid; gap: var(--_space); }
  .issue {
    border: 1px solid var(--_border);
    border-left-width: 4px;
    border-radius: var(--_radius);
    padding: var(--_space) calc(var(--_space) * 1.5);
    overflow-wrap: anywhere;
  }
  .issue[data-severity='error'] { border-left-color: var(--_error); }
  .issue[data-severity='warning'] { border-left-color: var(--_warning); }
  .issue p { margin: 2px 0; }
  .sev { font-weight: 700; }
  .sev.error { color: var(--_error); }
  .sev.warning { color: var(--_warning); }
  .hint { color: var(--_muted); }
  code { font-size: 0.875em; background: var(--_surface); padding: 0 4px; border-radius: 4px; }
  .preview { display: grid; gap: calc(var(--_space) * 3); margin-top: var(--_space); min-width: 0; }
  .preview > * { min-width: 0; }
`;

export const builderStyles = [themeStyles, baseStyles, pageStyles];
