/**
 * Drafts kept on the device (localStorage), so a reload or a dropped connection loses no typing.
 * Storage can be missing, full or blocked (private mode, a sandboxed iframe, a strict policy):
 * every call then fails quietly and reports it, and the form keeps working in memory.
 */
const PREFIX = 'kpm-draft:';

function store(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** The JSON value stored under the full `key`, or null when there is none or it is unreadable. */
export function readStored<T = unknown>(key: string): T | null {
  try {
    const raw = store()?.getItem(key);
    return raw ? (JSON.parse(raw) as T) : null;
  } catch {
    return null;
  }
}

/** Stores `value` as JSON under the full `key` (null removes it); false when the device would not keep it. */
export function writeStored(key: string, value: unknown): boolean {
  const s = store();
  if (!s) return false;
  try {
    if (value === null) s.removeItem(key);
    else s.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

/** The saved draft under `key`, or null when there is none or it is unreadable. */
export function loadDraft<T = unknown>(key: string): T | null {
  return readStored<T>(PREFIX + key);
}

/** Saves `value` as JSON; false when the device would not keep it. */
export function saveDraft(key: string, value: unknown): boolean {
  return writeStored(PREFIX + key, value);
}

export function clearDraft(key: string): void {
  writeStored(PREFIX + key, null);
}
