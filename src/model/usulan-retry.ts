/**
 * When a queued submission is tried again, and what a response means. Pure so the backoff
 * schedule is pinned by tests: a phone on a patchy line must not hammer the receiver, nor
 * wait an hour after the signal returns (the `online` event retries at once anyway).
 */
export type SendVerdict = 'sent' | 'rejected' | 'retry';

/** 2xx sent; 408, 425 and 429 are "later", like 5xx; any other 4xx is the server saying no. */
export function verdictOf(status: number): SendVerdict {
  if (status >= 200 && status < 300) return 'sent';
  if (status === 408 || status === 425 || status === 429) return 'retry';
  if (status >= 400 && status < 500) return 'rejected';
  return 'retry';
}

/** Delay before retry number `attempt` (0 = the first retry): doubling from `baseMs`, capped. */
export function retryDelay(attempt: number, baseMs = 5_000, maxMs = 15 * 60_000): number {
  const n = Math.max(0, Math.floor(attempt));
  return Math.min(maxMs, baseMs * 2 ** Math.min(n, 30));
}

/**
 * The slowest upload a submission is given time for: 8 kB/s, a weak rural 3G or EDGE uplink.
 * Fetch reports no upload progress, so the time an attempt may take grows with what it sends.
 */
export const SLOW_UPLINK_BYTES_PER_SECOND = 8_000;

/**
 * How long one attempt may take: `baseMs` for the receiver to answer, plus the time `bytes`
 * take at the slowest uplink. With a flat limit, three photos (about 1 MB) could never be sent
 * from a weak line: every attempt was cut off half-way and queued to fail again. Waiting
 * longer is safe: every attempt carries the same clientId, so nothing is stored twice.
 */
export function attemptTimeout(baseMs: number, bytes: number): number {
  return Math.round(baseMs + (Math.max(0, bytes) / SLOW_UPLINK_BYTES_PER_SECOND) * 1000);
}
