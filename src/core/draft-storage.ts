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

/** The saved draft under `key`, or null when there is none or it is unreadable. */
export function loadDraft<T = unknown>(key: string): T | null {
  try {
    const raw = store()?.getItem(PREFIX + key);
    return raw ? (JSON.parse(raw) as T) : null;
  } catch {
    return null;
  }
}

/** Saves `value` as JSON; false when the device would not keep it. */
export function saveDraft(key: string, value: unknown): boolean {
  const s = store();
  if (!s) return false;
  try {
    s.setItem(PREFIX + key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

export function clearDraft(key: string): void {
  try {
    store()?.removeItem(PREFIX + key);
  } catch {
    // nothing to clear on a device without storage
  }
}
