/** The UI language: Dutch unless the user chose English on this device (remembered in localStorage). */
import { isLocale, type Locale } from '@kring/core';

const KEY = 'kring.demo.locale';
export const DEFAULT_LOCALE: Locale = 'nl';

export function loadLocale(storage: Storage | undefined = globalThis.localStorage): Locale {
  try {
    const saved = storage?.getItem(KEY);
    return isLocale(saved) ? saved : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

export function saveLocale(locale: Locale, storage: Storage | undefined = globalThis.localStorage): void {
  try {
    storage?.setItem(KEY, locale);
  } catch {
    // Storage switched off: the choice then lasts for this page only.
  }
}
