import { en, type MessageKey } from './en.js';
import { nl } from './nl.js';

export const LOCALES = ['nl', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export const CATALOGUES: Record<Locale, Record<MessageKey, string>> = { en, nl };

export type MessageParams = Record<string, string | number>;

/** A message that is not yet translated: a key plus the values for its placeholders. */
export interface Message {
  key: MessageKey;
  params?: MessageParams;
}

/**
 * Looks a key up in the catalogue of `locale` and fills `{name}` placeholders.
 * `overrides` lets a host replace single strings (e.g. its own wording) without forking the catalogue.
 */
export function t(
  locale: Locale,
  key: MessageKey,
  params?: MessageParams,
  overrides?: Partial<Record<MessageKey, string>>,
): string {
  const template = overrides?.[key] ?? CATALOGUES[locale][key] ?? en[key] ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

export function isLocale(value: unknown): value is Locale {
  return value === 'nl' || value === 'en';
}
