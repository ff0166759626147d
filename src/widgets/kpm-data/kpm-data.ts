import { ContextConsumer, ContextProvider } from '@lit/context';
import { css, html, LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { DatasetController } from '../../core/dataset-controller.js';
import { datasetContext, type DatasetState } from '../../core/dataset-state.js';
import { describeLoadError } from '../../core/load-error.js';
import { resolveLang } from '../../core/locale.js';
import { validateDataset } from '../../schema/validate.js';

/**
 * Loads and validates one dataset once and shares it with every widget inside it, so a
 * page with five widgets fetches the file once. One without a source of its own passes on
 * what an outer `<kpm-data>` shares.
 *
 * @element kpm-data
 * @slot - The widgets (and any other content) that use this dataset.
 * @event kpm-data-load - The dataset was loaded and validated. Detail: `{ ok, data, issues }`.
 * @event kpm-error - The dataset could not be loaded. Detail: `{ issues, loadError, message }`.
 */
export class KpmData extends LitElement {
  /** The provider checks everything, for every widget inside it (theirs check only their part). */
  static datasetValidator = validateDataset;

  static override styles = css`
    :host { display: block; }
    :host([hidden]) { display: none; }
  `;

  /** The dataset as an object; takes precedence over an inline script and `src`. */
  @property({ attribute: false }) data?: unknown;
  /** URL of the dataset JSON file. */
  @property({ reflect: true }) src?: string;
  /** Fetch time limit in milliseconds (default 15 000). */
  @property({ type: Number }) timeout?: number;
  /** Largest accepted response in bytes (default 10 MB). */
  @property({ type: Number, attribute: 'max-bytes' }) maxBytes?: number;

  private readonly provider = new ContextProvider(this, {
    context: datasetContext,
    initialValue: { status: 'idle' },
  });

  /**
   * What an outer `<kpm-data>` shares. Without a source of its own this one passes it on, so
   * an empty `<kpm-data>` (a wrapper in a page template, say) does not hide the outer data.
   */
  private outer: DatasetState = { status: 'idle' };
  private readonly consumer = new ContextConsumer(this, {
    context: datasetContext,
    subscribe: true,
    callback: (value) => {
      this.outer = value;
      if (!this.loader.hasOwnSource) this.provider.setValue(value);
    },
  });

  private readonly loader = new DatasetController(this, (state) => this.share(state));

  /** The current state, for hosts that want to read it directly. */
  get state(): DatasetState {
    return this.loader.state;
  }

  /** Loads the dataset again from its source. */
  reload(): void {
    this.loader.reload();
  }

  private share(state: DatasetState): void {
    this.provider.setValue(this.loader.hasOwnSource ? state : this.outer);
    // Events after the state is shared, so listeners that query child widgets see it.
    queueMicrotask(() => {
      if (this.loader.state !== state) return;
      if (state.status === 'ready') {
        this.dispatchEvent(new CustomEvent('kpm-data-load', { detail: state.result, bubbles: true, composed: true }));
      } else if (state.status === 'error') {
        this.dispatchEvent(
          new CustomEvent('kpm-error', {
            detail: { issues: [], loadError: state.error, message: describeLoadError(state.error, resolveLang(this)) },
            bubbles: true,
            composed: true,
          }),
        );
      }
    });
  }

  override render() {
    return html`<slot></slot>`;
  }
}
