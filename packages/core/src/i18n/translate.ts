import type { MessageKey } from './en.js';
import {
  commandsMessages,
  editsMessages,
  enumsMessages,
  renderMessages,
  type MessagePart,
} from './message-parts.js';

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

registerMessages(enumsMessages, commandsMessages, editsMessages, renderMessages);

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
  const enums = ENUM_PARAMS[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!Object.prototype.hasOwnProperty.call(params, name)) return whole;
    const value = String(params[name]);
    const prefix = enums?.[name];
    if (prefix === undefined) return value;
    const label = (p: string, v: string) => {
      const k = `${p}.${v}` as MessageKey;
      return overrides?.[k] ?? known[locale][k] ?? known.en[k];
    };
    if (prefix !== LIST) return label(prefix, value) ?? value;
    // A list of one enumeration's keys ("man, woman, non_binary"): the enumeration whose keys they all are.
    // Numbers (rings, strengths) stay numbers.
    const items = value.split(', ');
    const found = items.every((v) => /^\d+$/.test(v))
      ? undefined
      : ENUM_PREFIXES.find((p) => items.every((v) => label(p, v) !== undefined));
    return found === undefined ? value : items.map((v) => label(found, v)!).join(', ');
  });
}

/** Marks a parameter holding a comma-separated list of the keys of one (unnamed) enumeration. */
const LIST = '*';
/** The enumerations' label prefixes (`gender`, `sector`, …), in catalogue order. */
const ENUM_PREFIXES: readonly string[] = [
  ...new Set(Object.keys(enumsMessages.en).map((k) => k.split('.')[0]!)),
];

/**
 * Parameters that carry a value of one of the format's enumerations (a refusal's `kind`, `sector`, …):
 * `t()` shows the value's label in the user's language (`"divorced"` → "gescheiden"), so no enumeration
 * key reaches a message. A value without a label (bad input being refused) is shown as it is.
 */
const ENUM_PARAMS: Partial<Record<MessageKey, Readonly<Record<string, string>>>> = {
  'commands.eventNeedsStart': { kind: 'partnershipEvent' },
  'commands.eventNeedsMarriage': { kind: 'partnershipEvent' },
  'commands.directionRequired': { kind: 'emotionalKind' },
  'commands.sectorNotInPreset': { sector: 'sector', preset: 'sectorPreset' },
  'commands.badView': { view: 'view' },
  'commands.badOption': { option: 'edits.option' },
  'edits.marriageInserted': { kind: 'partnershipEvent' },
  'interop.note.eventDropped': { kind: 'partnershipEvent' },
  'read.eventNeedsStart': { kind: 'partnershipEvent' },
  'read.eventNeedsMarriage': { kind: 'partnershipEvent' },
  'read.directionRequired': { kind: 'emotionalKind' },
  'read.sectorNotInPreset': { sector: 'sector', preset: 'sectorPreset', allowed: LIST },
  'read.notOneOf': { allowed: LIST },
};

export function isLocale(value: unknown): value is Locale {
  return value === 'nl' || value === 'en';
}
