import { ContextConsumer, ContextRoot } from '@lit/context';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ValidationIssue } from '../schema/issues.js';
import type { DatasetValidator } from '../schema/dataset-validator.js';
import { COLLECTIONS, type KpmDesaDataset } from '../schema/index.js';
import { DatasetController } from './dataset-controller.js';
import { datasetContext, type DatasetState } from './dataset-state.js';
import { renderDataTable, TABLE_PAGE, tableStyles, type DataTableModel } from './data-table.js';
import { formatNumber } from './format.js';
import { renderIssueList } from './issue-list.js';
import { describeLoadError, type LoadError } from './load-error.js';
import { onLangChange, resolveLang, type Lang } from './locale.js';
import { renderProvenance } from './provenance-footer.js';
import { coreStrings } from './strings/index.js';
import { baseStyles, themeStyles } from './theme.js';

/** Detail of `kpm-error`: what went wrong, as data and as one sentence in the reader's language. */
export interface KpmErrorDetail {
  issues: ValidationIssue[];
  loadError?: LoadError;
  message: string;
}

let contextRootAttached = false;

/**
 * The base every widget extends. It finds the data (own `.data`, inline JSON, `src`, or the
 * nearest `<kpm-data>`), validates it, and renders the shared states — skeleton while
 * loading, an error panel that lists each issue, an empty message — so that a widget only
 * writes its ready view. It also follows the page's language live.
 *
 * @csspart base - The wrapper around every state.
 * @csspart skeleton - The loading placeholder.
 * @csspart error - The error panel.
 * @csspart issues - The list of data issues.
 * @csspart footer - The provenance footer.
 * @event kpm-error - The data could not be loaded or has errors in the part this widget shows. Detail: `{ issues, loadError?, message }`.
 * @event kpm-ready - The widget has data to show. Detail: `{ issues }` (warnings included).
 */
export abstract class KpmElement extends LitElement {
  static override styles = [themeStyles, baseStyles, tableStyles];

  /**
   * Top-level dataset keys this widget shows. Issues under these keys (and under `desa` and
   * the envelope) are listed with the widget; the rest belong to other widgets.
   */
  static dataKeys: string[] = [];

  /**
   * What the widget validates its own data with (`.data`, inline JSON, `src`): a validator
   * composed from the collections it shows (`createDatasetValidator`), so its bundle carries
   * only those schemas. Data shared by `<kpm-data>` was validated there, in full. Without one,
   * only the envelope and `desa` are checked.
   */
  static datasetValidator?: DatasetValidator;

  /** The dataset as an object (for developers). Takes precedence over every other source. */
  @property({ attribute: false }) data?: unknown;
  /** URL of a dataset JSON file. */
  @property({ reflect: true }) src?: string;
  /** `none` hides the in-widget controls (for static embeds and print). */
  @property({ reflect: true }) controls?: string;
  /** Pins "today" (YYYY-MM-DD) for relative displays and tests; default: the real date. */
  @property({ reflect: true }) today?: string;
  /**
   * How long the server may stay silent, in milliseconds (default 15 000): before it answers,
   * and between parts of a slow download. A file that keeps arriving over a weak line may take
   * longer in all, up to 8 × this (at least 2 minutes).
   */
  @property({ type: Number }) timeout?: number;
  /** Largest accepted response in bytes (default 10 MB). */
  @property({ type: Number, attribute: 'max-bytes' }) maxBytes?: number;

  @state() protected language: Lang = 'id';
  @state() private inherited: DatasetState = { status: 'idle' };
  /** Rows each "Lihat tabel" table draws; grows by TABLE_PAGE with each "show more". */
  @state() private tableRowLimit = TABLE_PAGE;

  protected readonly loader = new DatasetController(this);
  private unsubscribeLang: (() => void) | null = null;
  private lastReported: unknown = null;
  /** Focus was inside when a reload began: it goes to the widget's frame, not to <body>. */
  private holdFocus = false;

  constructor() {
    super();
    new ContextConsumer(this, {
      context: datasetContext,
      subscribe: true,
      callback: (value) => {
        this.inherited = value;
      },
    });
  }

  override connectedCallback(): void {
    if (!contextRootAttached) {
      // Lets a widget defined before its <kpm-data> still find the provider later.
      new ContextRoot().attach(document.documentElement);
      contextRootAttached = true;
    }
    super.connectedCallback();
    this.language = resolveLang(this);
    this.unsubscribeLang = onLangChange(this, () => {
      this.language = resolveLang(this);
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribeLang?.();
    this.unsubscribeLang = null;
    // Taken out of its <kpm-data>, a widget no longer has that village's data: put somewhere
    // without a provider it must not go on showing it. Inside one, the provider answers again
    // as soon as the widget is connected.
    this.inherited = { status: 'idle' };
  }

  /**
   * Inside a `<kpm-data>` whose code has not arrived yet (the on-demand loader fetches each
   * element's chunk apart): it will share its data soon, so the reader sees the loading state,
   * not the admin's "fill in src" message. Once defined, the provider says what it has.
   */
  private providerPending(): boolean {
    return this.closest('kpm-data') !== null && !customElements.get('kpm-data');
  }

  /** The state that counts: the widget's own source, else what `<kpm-data>` shares. */
  protected get datasetState(): DatasetState {
    return this.loader.hasOwnSource ? this.loader.state : this.inherited;
  }

  /** Loads the data again from its source (the error panel's "Coba lagi"). */
  protected reloadData(): void {
    this.loader.reload();
  }

  /** The ready view. `data` holds only the entities that passed validation. */
  protected abstract renderReady(data: KpmDesaDataset): TemplateResult;

  /** Whether `data` has anything for this widget; otherwise the empty state shows. */
  protected hasContent(_data: KpmDesaDataset): boolean {
    return true;
  }

  /** The empty-state sentence; widgets say what is missing ("Belum ada data APBDes."). */
  protected emptyMessage(): string {
    return coreStrings(this.language).empty;
  }

  /** The source-document link for the footer (e.g. the Perdes PDF); none by default. */
  protected documentUrl(_data: KpmDesaDataset): string | null | undefined {
    return undefined;
  }

  /**
   * A data table drawn TABLE_PAGE rows at a time. "Show more" draws the next page and puts
   * focus on its first row header, so a keyboard or screen-reader user reads on from there.
   */
  protected renderTable(model: DataTableModel): TemplateResult {
    const total = model.rows.length;
    const limit = this.tableRowLimit;
    if (total <= limit) return renderDataTable(model);
    const lang = this.language;
    const s = coreStrings(lang).table;
    return renderDataTable(model, {
      limit,
      note: s.shownOf(formatNumber(limit, lang), formatNumber(total, lang)),
      more: s.more(formatNumber(Math.min(TABLE_PAGE, total - limit), lang)),
      onMore: (e) => void this.showMoreTableRows(e, limit),
    });
  }

  private async showMoreTableRows(e: Event, before: number): Promise<void> {
    const table = (e.currentTarget as HTMLElement).closest('.table-more')?.previousElementSibling;
    this.tableRowLimit = before + TABLE_PAGE;
    await this.updateComplete;
    const th = table?.querySelectorAll('tbody > tr')[before]?.querySelector('th');
    if (th) {
      th.tabIndex = -1;
      th.focus();
    }
  }

  /** A widget-shaped placeholder; the default is a few grey bars. */
  protected renderSkeleton(): TemplateResult {
    return html`<div class="skeleton" part="skeleton" aria-hidden="true">
      <div class="bar"></div><div class="bar"></div><div class="bar"></div><div class="bar"></div>
    </div>`;
  }

  /** The issues that concern this widget: its own collections, `desa` and the envelope. */
  protected relevantIssues(issues: ValidationIssue[]): ValidationIssue[] {
    const keys = (this.constructor as typeof KpmElement).dataKeys;
    return issues.filter((i) => {
      const top = /^[^.[]*/.exec(i.path)?.[0] ?? '';
      return !(COLLECTIONS as readonly string[]).includes(top) || keys.includes(top);
    });
  }

  override render() {
    const st = this.datasetState;
    const s = coreStrings(this.language);
    let body: unknown;
    if (st.status === 'loading') {
      body = html`${this.renderSkeleton()}<p class="sr-only" role="status">${s.loading}</p>`;
    } else if (st.status === 'idle' && this.providerPending()) {
      body = html`${this.renderSkeleton()}<p class="sr-only" role="status">${s.loading}</p>`;
    } else if (st.status === 'idle') {
      body = html`<div class="panel" part="empty" role="status"><p>${s.noSource}</p></div>`;
    } else if (st.status === 'error') {
      body = html`<div class="panel error" part="error" role="alert">
        <h2>${s.errorTitle}</h2>
        <p>${describeLoadError(st.error, this.language)}</p>
        ${st.error.kind === 'json' || st.error.kind === 'csv_unsupported' ? nothing : html`<button type="button" class="retry" @click=${() => this.reloadData()}>${s.retry}</button>`}
      </div>`;
    } else {
      const { data, issues } = st.result;
      const relevant = this.relevantIssues(issues);
      const errors = relevant.filter((i) => i.severity === 'error');
      // Nothing left to show because errors took it out (one bad line drops its whole budget,
      // so the totals are never wrong) is an error, not "no data yet" with a folded note.
      const content = data !== null && this.hasContent(data);
      if (!data || (errors.length && !content)) {
        body = html`<div class="panel error" part="error" role="alert">
          <h2>${s.errorTitle}</h2>${renderIssueList(errors, this.language)}
        </div>${data ? renderProvenance(data, this.language, this.documentUrl(data)) : nothing}`;
      } else {
        body = html`${content
            ? this.renderReady(data)
            : html`<div class="panel" part="empty" role="status"><p>${this.emptyMessage()}</p></div>`}
          ${errors.length
            ? html`<details class="panel warning" part="error">
                <summary>${s.partialTitle(errors.length)}</summary>${renderIssueList(errors, this.language)}
              </details>`
            : nothing}
          ${renderProvenance(data, this.language, this.documentUrl(data))}`;
      }
    }
    return html`<div part="base" tabindex="-1" lang=${this.language} aria-busy=${st.status === 'loading' ? 'true' : 'false'}>${body}</div>`;
  }

  protected override update(changed: PropertyValues): void {
    // A reload (a new src, say) swaps the view for the skeleton and would drop focus to <body>,
    // so a keyboard user of a page with a village switcher would start again from the top.
    // (Here, not in willUpdate: the widgets' own willUpdate does not call this one.)
    this.holdFocus = this.datasetState.status === 'loading' && Boolean(this.shadowRoot?.activeElement);
    super.update(changed);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.holdFocus) this.renderRoot.querySelector<HTMLElement>('[part=base]')?.focus({ preventScroll: true });
    this.holdFocus = false;
    this.reportState();
  }

  /** Fires `kpm-error` / `kpm-ready` once per state, not on every re-render. */
  private reportState(): void {
    const st = this.datasetState;
    const key = st.status === 'ready' ? st.result : st.status === 'error' ? st.error : null;
    if (key === null || key === this.lastReported) return;
    this.lastReported = key;
    if (st.status === 'error') {
      this.emit<KpmErrorDetail>('kpm-error', {
        issues: [],
        loadError: st.error,
        message: describeLoadError(st.error, this.language),
      });
    } else if (st.status === 'ready') {
      const relevant = this.relevantIssues(st.result.issues);
      const errors = relevant.filter((i) => i.severity === 'error');
      if (errors.length || !st.result.data) {
        this.emit<KpmErrorDetail>('kpm-error', {
          issues: errors,
          message: errors.map((i) => `${i.path}: ${i.message[this.language]}`).join('\n'),
        });
      }
      if (st.result.data) this.emit('kpm-ready', { issues: relevant });
    }
  }

  /** Dispatches a `kpm-` event the way DESIGN.md asks: bubbling, composed, typed detail. */
  protected emit<T>(name: string, detail: T, options: { cancelable?: boolean } = {}): boolean {
    return this.dispatchEvent(
      new CustomEvent<T>(name, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false }),
    );
  }
}
