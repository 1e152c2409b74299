/**
 * Persistent storage: by default a browser may clear a site's storage when the disk runs low. The demo
 * asks it not to (`navigator.storage.persist()`) once there is a map to keep, and says so when the browser
 * refuses, so the user knows to keep a backup ("export all maps").
 */
export type Persistence = 'granted' | 'refused' | 'unsupported';

export async function requestPersistence(
  storage: StorageManager | undefined = globalThis.navigator?.storage,
): Promise<Persistence> {
  if (!storage || typeof storage.persist !== 'function') return 'unsupported';
  try {
    if (typeof storage.persisted === 'function' && (await storage.persisted())) return 'granted';
    return (await storage.persist()) ? 'granted' : 'refused';
  } catch {
    return 'refused';
  }
}
