/**
 * The device's outbox: submissions that met a network error, a timeout or a 5xx wait in
 * IndexedDB (photos included, as Blobs) and are tried again with backoff, at once when the
 * browser says it is `online`, and on the next page load. Every attempt carries the same
 * clientId, so a receiver that stored an earlier attempt whose answer was lost stores nothing
 * twice. One flush runs at a time per page, however many forms are on it.
 */
import { createStore, del, set, values, type UseStore } from 'idb-keyval';
import { retryDelay } from '../../model/usulan-retry.js';
import { recordReceipt } from './device-store.js';
import { sendSubmission, type SendOutcome, type Submission } from './send.js';

export interface OutboxItem extends Submission {
  /** The form (draft key) it came from; missing on items queued by older versions. */
  scope?: string;
  attempts: number;
  nextAt: number;
  queuedAt: number;
}

/** What a flush did with one item; forms listen for these to update what they show. */
export interface OutboxResult {
  clientId: string;
  outcome: SendOutcome;
  scope: string | undefined;
  /** The item's title: a form now holding another draft names the waiting one by it. */
  judul: string;
  /** What was sent, photos included: a refused item is gone from the queue, and its form can put it back. */
  payload: Record<string, unknown>;
  photos: Blob[];
}

let store: UseStore | null = null;
const db = () => (store ??= createStore('kpm-widgets-outbox', 'usulan'));

/** Fires `change` (after any queue change) and `result` (detail: OutboxResult). */
export const outboxEvents = new EventTarget();

function changed(): void {
  outboxEvents.dispatchEvent(new Event('change'));
}

export async function enqueue(s: Submission, now: number, scope: string): Promise<void> {
  const item: OutboxItem = { ...s, scope, attempts: 1, nextAt: now + retryDelay(0), queuedAt: now };
  await set(s.clientId, item, db());
  changed();
}

export async function pendingItems(): Promise<OutboxItem[]> {
  try {
    return (await values<OutboxItem>(db())).sort((a, b) => a.queuedAt - b.queuedAt);
  } catch {
    return [];
  }
}

let running: Promise<void> | null = null;
let again = false;

/**
 * Sends what is due (everything when `force`). Returns when the queue has been walked; a
 * call during a flush makes that flush walk once more instead of starting a second one.
 */
export function flushOutbox(force = false): Promise<void> {
  if (running) {
    again ||= force;
    return running;
  }
  running = (async () => {
    let forceThis = force;
    do {
      again = false;
      await walk(forceThis);
      forceThis = true;
    } while (again);
  })().finally(() => {
    running = null;
  });
  return running;
}

async function walk(force: boolean): Promise<void> {
  for (const item of await pendingItems()) {
    if (!force && item.nextAt > Date.now()) continue;
    const outcome = await sendSubmission(item);
    if (outcome.kind === 'retry') {
      await set(item.clientId, { ...item, attempts: item.attempts + 1, nextAt: Date.now() + retryDelay(item.attempts) }, db());
    } else {
      if (outcome.kind === 'sent') recordReceipt(item.clientId, outcome.ticket ?? '');
      await del(item.clientId, db());
    }
    const judul = typeof item.payload.judul === 'string' ? item.payload.judul : '';
    const detail: OutboxResult = { clientId: item.clientId, outcome, scope: item.scope, judul, payload: item.payload, photos: item.photos };
    outboxEvents.dispatchEvent(new CustomEvent<OutboxResult>('result', { detail }));
    changed();
  }
}

/** The earliest time a waiting item is due, or null when nothing waits. */
export async function nextDue(): Promise<number | null> {
  const items = await pendingItems();
  return items.length ? Math.min(...items.map((i) => i.nextAt)) : null;
}
