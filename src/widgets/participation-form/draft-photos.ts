/**
 * The draft's photos, kept in IndexedDB beside the typed draft (localStorage holds only text,
 * and a few hundred kB of JPEG would fill it): a reload, a closed tab or a dead battery no
 * longer loses the photos a villager took for their proposal. They are the cleaned copies
 * (resized, no EXIF/GPS), stored with the draft's clientId so a photo never joins another
 * draft. IndexedDB can be missing or refuse (private mode, quota); the form then works as
 * before, photos kept only while the page is open.
 */
import { createStore, del, get, set, type UseStore } from 'idb-keyval';

interface StoredPhotos {
  clientId: string;
  blobs: Blob[];
}

let store: UseStore | null = null;
const db = () => (store ??= createStore('kpm-widgets-draft-photos', 'photos'));

export async function saveDraftPhotos(scope: string, clientId: string, blobs: Blob[]): Promise<void> {
  try {
    if (blobs.length === 0) await del(scope, db());
    else await set(scope, { clientId, blobs } satisfies StoredPhotos, db());
  } catch {
    // Not kept on this device; the photos still go with the submission.
  }
}

/** The photos saved for this draft (its clientId), else none. */
export async function loadDraftPhotos(scope: string, clientId: string): Promise<Blob[]> {
  try {
    const stored = await get<StoredPhotos>(scope, db());
    return stored?.clientId === clientId && Array.isArray(stored.blobs) ? stored.blobs.filter((b) => b instanceof Blob) : [];
  } catch {
    return [];
  }
}

export async function clearDraftPhotos(scope: string): Promise<void> {
  await saveDraftPhotos(scope, '', []);
}
