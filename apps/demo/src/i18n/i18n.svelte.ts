/** The demo's current language as reactive state, and `tr()` to look strings up in it. */
import type { Locale, MessageKey, MessageParams } from '@kring/core';
import { t } from './messages.js';
import { loadLocale, saveLocale } from './locale-preference.js';

class I18n {
  locale: Locale = $state(loadLocale());

  setLocale(locale: Locale): void {
    this.locale = locale;
    saveLocale(locale);
    document.documentElement.lang = locale;
  }

  /** Intl locale tag for dates. */
  get tag(): string {
    return this.locale === 'nl' ? 'nl-NL' : 'en-GB';
  }
}

export const i18n = new I18n();

export function tr(key: MessageKey, params?: MessageParams): string {
  return t(i18n.locale, key, params);
}
