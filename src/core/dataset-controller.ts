import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { createDatasetValidator, type DatasetValidator } from '../schema/dataset-validator.js';
import type { DatasetResult, DatasetState } from './dataset-state.js';
import { fetchText } from './fetch-json.js';
import { parseJson } from './json-parse.js';
import { curedByConnection } from './load-error.js';
import { sniffTextKind } from './text-kind.js';

/** The element properties a dataset can come from, in the order DESIGN.md gives them. */
export interface DatasetSourceHost extends ReactiveControllerHost, HTMLElement {
  data?: unknown;
  src?: string | null;
  timeout?: number;
  maxBytes?: number;
}

/**
 * Turns CSV text into a validated dataset for one kind of widget. A widget class that reads
 * CSV sets it as `static csvImporter`, so only that widget's bundle carries the importer; it
 * may return a promise, so the importer can be a chunk loaded only when a CSV arrives.
 */
export type CsvImporter = (text: string, host: HTMLElement, file: CsvFile) => DatasetResult | Promise<DatasetResult>;

/** What the response says about the file: when it last changed, if the server told. */
export interface CsvFile {
  lastModified?: string;
}

/** CSV by the server's word (`text/csv`) or, for servers that say `text/plain`, by the path. */
export function isCsvResponse(url: string, contentType: string): boolean {
  if (contentType === 'text/csv' || contentType === 'application/csv') return true;
  if (contentType === 'application/json' || contentType.endsWith('+json')) return false;
  return /\.csv$/i.test(new URL(url, 'http://x/').pathname);
}

/**
 * What a host validates its own data with: its class's `static datasetValidator` (a widget
 * composes one from the collections it shows, so its bundle carries only those schemas;
 * `<kpm-data>` uses the full `validateDataset`). Without one, the envelope and `desa` only.
 * Importing the full validator here would put it into every widget's bundle.
 */
let envelopeOnly: DatasetValidator | undefined;
export function validatorOf(host: HTMLElement): DatasetValidator {
  const own = (host.constructor as { datasetValidator?: DatasetValidator }).datasetValidator;
  return own ?? (envelopeOnly ??= createDatasetValidator({ collections: {} }));
}

// One validation per input object and validator: several widgets handed the same `.data`
// share the work.
const validated = new WeakMap<DatasetValidator, WeakMap<object, DatasetResult>>();

export function validateOnce(input: unknown, validate: DatasetValidator): DatasetResult {
  if (input === null || typeof input !== 'object') return validate(input) as DatasetResult;
  let cache = validated.get(validate);
  if (!cache) validated.set(validate, (cache = new WeakMap()));
  let result = cache.get(input);
  if (!result) {
    result = validate(input) as DatasetResult;
    cache.set(input, result);
  }
  return result;
}

function inlineScript(host: HTMLElement): HTMLScriptElement | null {
  for (const child of Array.from(host.children)) {
    if (child instanceof HTMLScriptElement && child.type === 'application/json') return child;
  }
  return null;
}

/**
 * Loads a host's own dataset: the `.data` property, else an inline
 * `<script type="application/json">` child, else the `src` URL. Stale loads are dropped, so
 * the latest source always wins; the inline script is watched, so a page (or the builder)
 * that rewrites it sees the new data.
 */
export class DatasetController implements ReactiveController {
  state: DatasetState = { status: 'idle' };
  private lastData: unknown = undefined;
  private lastSrc: string | null | undefined = undefined;
  private lastInline: string | null = null;
  private loadId = 0;
  private abort: AbortController | null = null;
  private observer: MutationObserver | null = null;
  private interrupted = false;

  constructor(
    private readonly host: DatasetSourceHost,
    private readonly onChange: (state: DatasetState) => void = () => undefined,
  ) {
    host.addController(this);
  }

  /** True when the host has a source of its own (otherwise it may inherit one). */
  get hasOwnSource(): boolean {
    return this.state.status !== 'idle';
  }

  hostConnected(): void {
    this.observer = new MutationObserver(() => this.host.requestUpdate());
    this.observer.observe(this.host, { childList: true, subtree: true, characterData: true });
    if (this.interrupted) {
      this.interrupted = false;
      this.reload();
    } else if (this.state.status === 'error' && curedByConnection(this.state.error)) {
      window.addEventListener('online', this.onOnline);
    }
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = null;
    window.removeEventListener('online', this.onOnline);
    if (this.abort) {
      // A fetch cut short by removal is dropped, not reported as an error, and starts again
      // if the element comes back (a move in the DOM is a remove and an append).
      this.loadId++;
      this.abort.abort();
      this.abort = null;
      this.interrupted = true;
    }
  }

  hostUpdate(): void {
    const inline = inlineScript(this.host)?.textContent ?? null;
    const { data, src } = this.host;
    if (data === this.lastData && src === this.lastSrc && inline === this.lastInline) return;
    this.lastData = data;
    this.lastSrc = src;
    this.lastInline = inline;
    this.load();
  }

  /** Loads again from the current source (the error panel's "try again"). */
  reload(): void {
    this.load();
    this.host.requestUpdate();
  }

  private set(state: DatasetState): void {
    this.state = state;
    this.onChange(state);
    // A load the connection failed is tried again when the browser says it is back online:
    // on a phone the signal comes and goes, and the reader may not think of "Coba lagi".
    window.removeEventListener('online', this.onOnline);
    if (state.status === 'error' && curedByConnection(state.error) && this.host.isConnected) {
      window.addEventListener('online', this.onOnline);
    }
  }

  private readonly onOnline = () => this.reload();

  private load(): void {
    const id = ++this.loadId;
    this.abort?.abort();
    this.abort = null;
    const { data, src } = this.host;
    if (data !== undefined && data !== null) {
      this.set({ status: 'ready', source: 'data', result: validateOnce(data, validatorOf(this.host)) });
      return;
    }
    if (this.lastInline !== null) {
      const parsed = parseJson(this.lastInline, { inline: true });
      this.set(
        parsed.ok
          ? { status: 'ready', source: 'inline', result: validateOnce(parsed.value, validatorOf(this.host)) }
          : { status: 'error', source: 'inline', error: parsed.error },
      );
      return;
    }
    // Several space-separated URLs are for a widget that combines datasets (the partner map):
    // it loads them itself, and fetching the whole list as one URL would only cost a 404.
    if (src && src.trim().split(/\s+/).length > 1) {
      this.set({ status: 'idle' });
      return;
    }
    if (src) {
      const url = new URL(src, document.baseURI).href;
      const abort = new AbortController();
      this.abort = abort;
      this.set({ status: 'loading', source: url });
      const importer = (this.host.constructor as { csvImporter?: CsvImporter }).csvImporter;
      void fetchText(url, {
        timeoutMs: this.host.timeout,
        maxBytes: this.host.maxBytes,
        signal: abort.signal,
        accept: importer ? 'application/json, text/csv;q=0.9' : 'application/json',
      }).then(async (r) => {
        if (id !== this.loadId) return;
        this.abort = null;
        let next: DatasetState;
        const kind = r.ok ? sniffTextKind(r.text) : null;
        if (!r.ok) next = { status: 'error', source: url, error: r.error };
        else if (kind === 'html') {
          next = { status: 'error', source: url, error: { kind: 'html', url } };
        } else if (kind === 'text' && isCsvResponse(url, r.contentType)) {
          // JSON at a .csv address is still read as JSON (kind 'json' goes on below).
          if (!importer) next = { status: 'error', source: url, error: { kind: 'csv_unsupported', url } };
          else {
            const result = await importer(r.text, this.host, { lastModified: r.lastModified });
            if (id !== this.loadId) return;
            next = { status: 'ready', source: url, result };
          }
        } else {
          const parsed = parseJson(r.text, { url });
          next = parsed.ok
            ? { status: 'ready', source: url, result: validateOnce(parsed.value, validatorOf(this.host)) }
            : { status: 'error', source: url, error: parsed.error };
        }
        this.set(next);
        this.host.requestUpdate();
      });
      return;
    }
    this.set({ status: 'idle' });
  }
}
