/** The user-facing text for a storage failure. */
import type { Locale } from '@kring/core';
import { t } from '../i18n/messages.js';
import { toStorageError } from '../storage/storage-error.js';

export function storageMessage(error: unknown, locale: Locale): string {
  const e = toStorageError(error);
  if (e.kind === 'quota') return t(locale, 'demo.storage.quota');
  if (e.kind === 'unavailable') return t(locale, 'demo.storage.unavailable');
  return t(locale, 'demo.storage.failed', { detail: e.message });
}
