/** Promise wrappers for IndexedDB's event-based requests and transactions. */
import { toStorageError } from './storage-error.js';

export function requestResult<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(toStorageError(request.error));
  });
}

/** Resolves when the transaction commits; rejects with a StorageError when it fails or is aborted. */
export function transactionDone(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(toStorageError(tx.error));
    tx.onabort = () =>
      reject(toStorageError(tx.error ?? new DOMException('Transaction aborted', 'AbortError')));
  });
}
