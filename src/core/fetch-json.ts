import type { LoadError } from './load-error.js';
import { parseJson } from './json-parse.js';
import { decodeText } from './decode-text.js';

export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

export interface FetchLimits {
  /** How long the server may stay silent: before it answers, and between parts of the body. */
  timeoutMs?: number;
  /** How long the whole download may take; by default 8 × `timeoutMs`, at least 2 minutes. */
  totalMs?: number;
  maxBytes?: number;
  signal?: AbortSignal;
}

export type FetchResult = { ok: true; value: unknown } | { ok: false; error: LoadError };

/**
 * A fetched body as text, with the media type the server declared (lower case, no parameters)
 * and, when the server sent one, when the file last changed (RFC 3339, whole seconds).
 */
export type FetchTextResult = { ok: true; text: string; contentType: string; lastModified?: string } | { ok: false; error: LoadError };

export interface FetchTextOptions extends FetchLimits {
  /** The Accept header; JSON unless the caller also reads other formats. */
  accept?: string;
}

/** Fetches a JSON document under the limits of `fetchText`. */
export async function fetchJson(url: string, limits: FetchLimits = {}): Promise<FetchResult> {
  const r = await fetchText(url, limits);
  return r.ok ? parseJson(r.text, { url }) : r;
}

/**
 * Fetches a document from data the page did not write: no cookies, time limits and a size
 * limit that each fail with their own message, and a body read as a stream so a huge or
 * endless response is cut off instead of filling the phone's memory.
 *
 * The time limit is for silence, not for the file: on a weak rural line a 300 kB village file
 * takes longer than 15 s and still arrives, while a hung server sends nothing. So the limit
 * restarts with every part of the body that arrives, and a generous cap on the whole download
 * still ends a server that drips forever.
 */
export async function fetchText(url: string, limits: FetchTextOptions = {}): Promise<FetchTextResult> {
  const timeoutMs = limits.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const totalMs = limits.totalMs ?? Math.max(timeoutMs * 8, 120_000);
  const maxBytes = limits.maxBytes ?? DEFAULT_MAX_BYTES;
  const controller = new AbortController();
  let stopped: 'silent' | 'too_slow' | null = null;
  const stop = (why: 'silent' | 'too_slow') => {
    stopped ??= why;
    controller.abort();
  };
  let silence = setTimeout(() => stop('silent'), timeoutMs);
  const arrived = () => {
    clearTimeout(silence);
    silence = setTimeout(() => stop('silent'), timeoutMs);
  };
  const cap = setTimeout(() => stop('too_slow'), totalMs);
  const onOuterAbort = () => controller.abort();
  limits.signal?.addEventListener('abort', onOuterAbort, { once: true });

  const fail = (error: LoadError): FetchTextResult => ({ ok: false, error });
  const interrupted = (): FetchTextResult =>
    stopped === 'silent' ? fail({ kind: 'timeout', url, timeoutMs })
      : stopped === 'too_slow' ? fail({ kind: 'too_slow', url, totalMs })
        : fail({ kind: 'aborted', url });

  try {
    let response: Response;
    try {
      response = await fetch(url, {
        credentials: 'omit',
        signal: controller.signal,
        headers: { Accept: limits.accept ?? 'application/json' },
      });
    } catch {
      return controller.signal.aborted ? interrupted() : fail({ kind: 'network', url });
    }
    if (!response.ok) return fail({ kind: 'http', url, status: response.status });
    arrived();

    const declared = Number(response.headers.get('Content-Length'));
    if (Number.isFinite(declared) && declared > maxBytes) {
      controller.abort();
      return fail({ kind: 'too_large', url, maxBytes });
    }

    let text: string;
    try {
      text = await readLimited(response, maxBytes, controller, arrived);
    } catch (e) {
      if (e === TOO_LARGE) return fail({ kind: 'too_large', url, maxBytes });
      return controller.signal.aborted ? interrupted() : fail({ kind: 'network', url });
    }
    const contentType = (response.headers.get('Content-Type') ?? '').split(';')[0]!.trim().toLowerCase();
    const modified = Date.parse(response.headers.get('Last-Modified') ?? '');
    const lastModified = Number.isFinite(modified) ? new Date(modified).toISOString().replace(/\.\d+Z$/, 'Z') : undefined;
    return { ok: true, text, contentType, ...(lastModified ? { lastModified } : {}) };
  } finally {
    clearTimeout(silence);
    clearTimeout(cap);
    limits.signal?.removeEventListener('abort', onOuterAbort);
  }
}

const TOO_LARGE = Symbol('too large');

async function readLimited(response: Response, maxBytes: number, controller: AbortController, arrived: () => void): Promise<string> {
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    arrived();
    received += value.byteLength;
    if (received > maxBytes) {
      controller.abort();
      await reader.cancel().catch(() => undefined);
      throw TOO_LARGE;
    }
    chunks.push(value);
  }
  // Decoded whole: which encoding it is shows only in the bytes (decode-text.ts).
  const bytes = new Uint8Array(received);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.byteLength;
  }
  return decodeText(bytes);
}
