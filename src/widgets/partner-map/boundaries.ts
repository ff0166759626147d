import { fetchJson, type FetchLimits } from '../../core/fetch-json.js';
import type { LoadError } from '../../core/load-error.js';
import { parseBoundaries, type BoundaryShape } from '../../model/map-boundaries.js';
import type { KpmDesaDataset } from '../../schema/index.js';
import type { ValidationIssue } from '../../schema/issues.js';

export type BoundaryState =
  | { status: 'none' }
  | { status: 'loading' }
  | { status: 'ready'; shapes: BoundaryShape[] }
  | { status: 'error'; shapes: BoundaryShape[]; issue?: ValidationIssue; loadError?: LoadError };

type Source = { url: string; path: string } | { value: unknown; path: string };

const objectIds = new WeakMap<object, number>();
let nextId = 0;
/** A stable key per inline object, so the same boundaries are not parsed again on every render. */
const identity = (v: unknown) => {
  if (typeof v !== 'object' || v === null) return String(v);
  let n = objectIds.get(v);
  if (n === undefined) objectIds.set(v, (n = ++nextId));
  return `#${n}`;
};

/**
 * Where the map's boundaries come from: the `boundaries` file or object the host gives,
 * else every dataset's `desa.batasWilayah` (inline GeoJSON or `{url}`). Files are fetched
 * with the same limits as datasets; the first malformed or unreachable source is the error
 * (the shapes that did load are still drawn).
 */
export class BoundaryLoader {
  state: BoundaryState = { status: 'none' };
  private key = '';
  private abort: AbortController | null = null;

  constructor(private readonly onChange: () => void) {}

  update(host: { url?: string | null; value?: unknown }, datasets: readonly KpmDesaDataset[], limits: FetchLimits): void {
    const sources: Source[] = [];
    if (host.value !== undefined && host.value !== null) sources.push({ value: host.value, path: 'boundaries' });
    else if (host.url) sources.push({ url: host.url, path: 'boundaries' });
    else {
      datasets.forEach((d, i) => {
        const b = d.desa.batasWilayah;
        const path = datasets.length > 1 ? `[${i}].desa.batasWilayah` : 'desa.batasWilayah';
        if (b && 'url' in b) sources.push({ url: b.url, path });
        else if (b) sources.push({ value: b, path });
      });
    }
    const key = sources.map((s) => ('url' in s ? s.url : identity(s.value))).join(' ');
    if (key === this.key) return;
    this.key = key;
    this.abort?.abort();
    if (!sources.length) {
      this.state = { status: 'none' };
      return;
    }
    const abort = new AbortController();
    this.abort = abort;
    const read = async (s: Source) => {
      if (!('url' in s)) return parseBoundaries(s.value, s.path);
      const r = await fetchJson(new URL(s.url, document.baseURI).href, { ...limits, signal: abort.signal });
      return r.ok ? parseBoundaries(r.value, s.path) : ({ ok: false, loadError: r.error } as const);
    };
    const finish = (results: Awaited<ReturnType<typeof read>>[]) => {
      if (abort.signal.aborted) return;
      const shapes = results.flatMap((r) => (r.ok ? r.shapes : []));
      const bad = results.find((r) => !r.ok);
      this.state = !bad || bad.ok
        ? { status: 'ready', shapes }
        : { status: 'error', shapes, ...('issue' in bad ? { issue: bad.issue } : { loadError: bad.loadError }) };
    };
    if (sources.every((s) => !('url' in s))) {
      // Inline boundaries draw in the same frame as the data: no loading flash.
      finish(sources.map((s) => parseBoundaries((s as { value: unknown }).value, s.path)));
      return;
    }
    this.state = { status: 'loading' };
    void Promise.all(sources.map(read)).then((results) => {
      finish(results);
      this.onChange();
    });
  }

  stop(): void {
    this.abort?.abort();
    this.key = '';
    this.state = { status: 'none' };
  }
}
