/**
 * What the form keeps in localStorage: the draft as the reader types (so a reload or a dead
 * battery loses nothing), the times of recent sends (the per-device rate limit) and the
 * tickets of confirmed sends (so a draft whose queued copy arrived while no form was open is
 * not offered again). Storage can throw (private mode, quota); the form then simply works
 * without it.
 */
import { readStored as read, writeStored } from '../../core/draft-storage.js';
import type { UsulanDraft } from '../../model/usulan-payload.js';

const DRAFT_PREFIX = 'kpm-usulan-draft:';
const SENDS = 'kpm-usulan-sends';
const RECEIPTS = 'kpm-usulan-receipts';
const KEEP_RECEIPTS = 20;

export interface StoredDraft {
  draft: UsulanDraft;
  clientId: string;
  startedAt: number;
}

export function loadDraft(scope: string): StoredDraft | null {
  const d = read<StoredDraft>(DRAFT_PREFIX + scope);
  return d && typeof d.clientId === 'string' && d.draft && typeof d.draft === 'object' ? d : null;
}

export function saveDraft(scope: string, d: StoredDraft): void {
  writeStored(DRAFT_PREFIX + scope, d);
}

export function clearDraft(scope: string): void {
  writeStored(DRAFT_PREFIX + scope, null);
}

export function sendTimes(): number[] {
  const t = read<unknown>(SENDS);
  return Array.isArray(t) ? t.filter((n): n is number => typeof n === 'number') : [];
}

export function recordSend(now: number, windowMs: number): void {
  writeStored(SENDS, [...sendTimes().filter((t) => t > now - windowMs), now]);
}

export function receiptOf(clientId: string): string | null {
  return read<Record<string, string>>(RECEIPTS)?.[clientId] ?? null;
}

export function recordReceipt(clientId: string, ticket: string): void {
  const entries = Object.entries(read<Record<string, string>>(RECEIPTS) ?? {}).filter(([k]) => k !== clientId);
  writeStored(RECEIPTS, Object.fromEntries([...entries.slice(-(KEEP_RECEIPTS - 1)), [clientId, ticket]]));
}

/** A random id for the idempotency key. getRandomValues, unlike randomUUID, works on http pages. */
export function newClientId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return `usl-${[...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}
