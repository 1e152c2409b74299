/**
 * Opens (and on first use creates) the demo's IndexedDB database. Four object stores:
 * `maps` (the user's maps), `trash` (recently deleted maps, kept until the next session), `meta`
 * (small facts such as the last opened map) and, since version 2, `versions` (each map's automatic
 * version history, keyed by [mapId, startedAt]).
 */
import { StorageError, toStorageError } from './storage-error.js';

export const DATABASE_NAME = 'kring-demo';
const VERSION = 2;

export function openDatabase(
  name: string = DATABASE_NAME,
  factory: IDBFactory | undefined = globalThis.indexedDB,
): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    if (!factory) {
      reject(new StorageError('unavailable', 'IndexedDB is not available in this browser.'));
      return;
    }
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(name, VERSION);
    } catch (error) {
      reject(toStorageError(error, true));
      return;
    }
    request.onupgradeneeded = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains('maps')) db.createObjectStore('maps', { keyPath: 'id' });
      if (!db.objectStoreNames.contains('trash')) db.createObjectStore('trash', { keyPath: 'id' });
      if (!db.objectStoreNames.contains('meta')) db.createObjectStore('meta', { keyPath: 'key' });
      if (!db.objectStoreNames.contains('versions'))
        db.createObjectStore('versions', { keyPath: ['mapId', 'startedAt'] });
    };
    request.onsuccess = () => {
      const db = request.result;
      // Another tab upgrading the database: let it, and stop using this connection.
      db.onversionchange = () => db.close();
      resolve(db);
    };
    request.onerror = () => reject(toStorageError(request.error, true));
    request.onblocked = () =>
      reject(new StorageError('unavailable', 'The database is blocked by another open tab.'));
  });
}
