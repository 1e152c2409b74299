/**
 * Why saving or loading on this device failed, in a form the UI can explain: the disk or the browser's
 * quota is full, storage is switched off (private mode, blocked by settings), or something else went wrong.
 * Storage errors are shown to the user, never swallowed.
 */
export type StorageErrorKind = 'quota' | 'unavailable' | 'failed';

export class StorageError extends Error {
  constructor(
    readonly kind: StorageErrorKind,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'StorageError';
  }
}

function errorName(error: unknown): string {
  if (error && typeof error === 'object' && 'name' in error && typeof error.name === 'string')
    return error.name;
  return '';
}

/** Maps a DOMException (or anything thrown) from IndexedDB to a StorageError. */
export function toStorageError(error: unknown, whileOpening = false): StorageError {
  if (error instanceof StorageError) return error;
  const name = errorName(error);
  const detail = error instanceof Error ? error.message : String(error);
  if (name === 'QuotaExceededError') return new StorageError('quota', detail, { cause: error });
  if (whileOpening || name === 'SecurityError' || name === 'InvalidStateError')
    return new StorageError('unavailable', detail, { cause: error });
  return new StorageError('failed', detail, { cause: error });
}
