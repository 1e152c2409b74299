import type { MessageKey } from './en.js';
import { commandsMessages, enumsMessages, renderMessages, type MessagePart } from './message-parts.js';

export const LOCALES = ['nl', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export type MessageParams = Record<string, string | number>;

/** A message that is not yet translated: a key plus the values for its placeholders. */
export interface Message {
  key: MessageKey;
  params?: MessageParams;
}

/**
 * The strings `t()` knows, per locale: the parts every consumer needs, plus what `registerMessages()` added.
 * Kept modular so that a bundle holds only the parts its consumer registers (see message-parts.ts).
 */
const known: Record<Locale, Partial<Record<MessageKey, string>>> = { en: {}, nl: {} };

/**
 * Makes `t()` know the strings of `parts` (e.g. `uiMessages`, `readMessages`). Registering a part twice
 * does no harm; a key `t()` does not know comes back as the key itself.
 */
export function registerMessages(...parts: readonly MessagePart[]): void {
  for (const part of parts) {
    Object.assign(known.en, part.en);
    Object.assign(known.nl, part.nl);
  }
}

registerMessages(enumsMessages, commandsMessages, renderMessages);

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
  const template = overrides?.[key] ?? known[locale][key] ?? known.en[key] ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

export function isLocale(value: unknown): value is Locale {
  return value === 'nl' || value === 'en';
}
