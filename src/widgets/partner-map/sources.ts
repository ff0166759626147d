import type { DatasetState } from '../../core/dataset-state.js';
import { validateOnce } from '../../core/dataset-controller.js';
import { fetchJson, type FetchLimits } from '../../core/fetch-json.js';
import type { KpmDesaDataset } from '../../schema/index.js';
import { partnerMapValidator } from './validator.js';

/**
 * Loads several villages' datasets (`src` with space-separated URLs, read with core's splitList), each through the same fetch limits and validation as a
 * single one. The combined state is ready when all are; one that fails to load makes the
 * whole an error (its URL is in the message). Issues of the second and later datasets carry
 * their URL in the path, so the reader knows which file to fix.
 */
export class MultiSourceLoader {
  state: DatasetState = { status: 'idle' };
  datasets: KpmDesaDataset[] = [];
  private key = '';
  private abort: AbortController | null = null;

  constructor(private readonly onChange: () => void) {}

  /** Loads the same URLs again (after a failure). */
  reload(limits: FetchLimits): void {
    const urls = this.key.split(' ').filter(Boolean);
    this.key = '';
    if (urls.length) this.load(urls, limits);
  }

  load(urls: string[], limits: FetchLimits): void {
    const resolved = urls.map((u) => new URL(u, document.baseURI).href);
    const key = resolved.join(' ');
    if (key === this.key) return;
    this.key = key;
    this.abort?.abort();
    const abort = new AbortController();
    this.abort = abort;
    this.state = { status: 'loading', source: key };
    this.datasets = [];
    void Promise.all(resolved.map((url) => fetchJson(url, { ...limits, signal: abort.signal }))).then((results) => {
      if (abort.signal.aborted) return;
      const failed = results.find((r) => !r.ok);
      if (failed && !failed.ok) {
        this.state = { status: 'error', source: key, error: failed.error };
      } else {
        const validated = results.map((r) => validateOnce(r.ok ? r.value : null, partnerMapValidator));
        const issues = validated.flatMap((v, i) =>
          i === 0 ? v.issues : v.issues.map((issue) => ({ ...issue, path: `${resolved[i]}#${issue.path}` })),
        );
        this.datasets = validated.map((v) => v.data).filter((d): d is KpmDesaDataset => d !== null);
        this.state = {
          status: 'ready',
          source: key,
          result: { ok: validated.every((v) => v.ok), data: this.datasets[0] ?? null, issues },
        };
      }
      this.onChange();
    });
  }

  stop(): void {
    this.abort?.abort();
    this.key = '';
    this.state = { status: 'idle' };
    this.datasets = [];
  }
}
