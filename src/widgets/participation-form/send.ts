/**
 * One attempt to deliver a submission to the host's receiver (docs/endpoint-contract.md).
 * JSON carries the idempotency key as a header too; `encoding: 'form'` sends only
 * multipart/form-data with no custom header, which is a CORS "simple request", so receivers
 * that cannot answer a preflight (spreadsheet scripts, plain PHP) still get it.
 */
import type { LocalizedText } from '../../schema/index.js';
import { attemptTimeout, verdictOf } from '../../model/usulan-retry.js';

export type Encoding = 'json' | 'form';

export interface Submission {
  endpoint: string;
  encoding: Encoding;
  clientId: string;
  payload: Record<string, unknown>;
  photos: Blob[];
  timeoutMs: number;
}

export type SendOutcome =
  | { kind: 'sent'; status: number; ticket: string | null }
  /** `message`: the JSON answer's words, meant for the reader. `detail`: a plain-text body, shown only beside the form's own words. */
  | { kind: 'rejected'; status: number; message: string | LocalizedText | null; detail: string | null }
  | { kind: 'retry'; status: number | null; reason: 'network' | 'timeout' | 'server' };

function multipart(s: Submission): FormData {
  const body = new FormData();
  body.append('clientId', s.clientId);
  body.append('payload', JSON.stringify(s.payload));
  s.photos.forEach((photo, i) => body.append(`foto${i + 1}`, photo, `foto-${i + 1}.jpg`));
  return body;
}

function request(s: Submission): RequestInit {
  if (s.encoding === 'form') return { body: multipart(s) };
  const headers: Record<string, string> = { 'Idempotency-Key': s.clientId };
  if (s.photos.length) return { body: multipart(s), headers };
  headers['Content-Type'] = 'application/json';
  return { body: JSON.stringify(s.payload), headers };
}

interface Answer {
  ticket: string | null;
  message: string | LocalizedText | null;
  detail: string | null;
}

/**
 * The server's words: `{message}` (text or `{id, en}`) or `{error}` in JSON, written for the
 * reader; or a short plain-text body, which is usually a proxy's or framework's stock English
 * ("Request Entity Too Large"), so it is kept apart as a detail, never as the message.
 */
async function readAnswer(res: Response): Promise<Answer> {
  const text = (await res.text().catch(() => '')).slice(0, 100_000);
  try {
    const json = JSON.parse(text) as Record<string, unknown>;
    const ticket = json.ticket ?? json.tiket ?? json.id;
    const message = json.message ?? json.pesan ?? json.error;
    const isText = (m: unknown): m is LocalizedText =>
      typeof m === 'object' && m !== null && typeof (m as LocalizedText).id === 'string';
    return {
      ticket: typeof ticket === 'string' || typeof ticket === 'number' ? String(ticket).slice(0, 80) : null,
      message: typeof message === 'string' ? message.slice(0, 500) : isText(message) ? message : null,
      detail: null,
    };
  } catch {
    const plain = text.trim();
    return { ticket: null, message: null, detail: plain && plain.length <= 500 && !plain.startsWith('<') ? plain : null };
  }
}

/** What an attempt uploads: the photos and the payload (the multipart wrapping is small). */
const uploadBytes = (s: Submission) => s.photos.reduce((n, p) => n + p.size, JSON.stringify(s.payload).length);

export async function sendSubmission(s: Submission): Promise<SendOutcome> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), attemptTimeout(s.timeoutMs, uploadBytes(s)));
  try {
    const res = await fetch(s.endpoint, {
      method: 'POST',
      credentials: 'omit',
      cache: 'no-store',
      signal: controller.signal,
      ...request(s),
    });
    const verdict = verdictOf(res.status);
    const answer = await readAnswer(res);
    if (verdict === 'sent') return { kind: 'sent', status: res.status, ticket: answer.ticket };
    if (verdict === 'rejected') return { kind: 'rejected', status: res.status, message: answer.message, detail: answer.detail };
    return { kind: 'retry', status: res.status, reason: 'server' };
  } catch {
    return { kind: 'retry', status: null, reason: controller.signal.aborted ? 'timeout' : 'network' };
  } finally {
    clearTimeout(timer);
  }
}
