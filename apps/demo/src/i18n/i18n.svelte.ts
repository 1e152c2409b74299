/** The demo's current language as reactive state, and `tr()` to look strings up in it. */
import type { Locale, MessageParams, ParamsArg } from '@kring/core';
import { t, type DemoMessageKey, type DemoTemplates } from './messages.js';
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

/** `t` for a key only known at run time (`tr` checks each call's parameters). */
const lookUp = t as (locale: Locale, key: string, params?: MessageParams) => string;

/** The demo's message of `key` in the current language; typed parameters per key. */
export function tr<K extends DemoMessageKey>(key: K, ...params: ParamsArg<DemoTemplates, K>): string {
  return lookUp(i18n.locale, key, params[0]);
}
