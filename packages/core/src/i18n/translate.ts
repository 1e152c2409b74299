/** Core's translator: `t()` over the parts every consumer shows (`coreMessageParts`). No registry. */
import type { MessageKey } from './en.js';
import { createTranslator, type MessageParams } from './catalogue.js';
import { coreMessageParts } from './message-parts.js';

export { LOCALES, isLocale, type Locale, type MessageParams } from './catalogue.js';

/** A message that is not yet translated: a key of core's catalogue plus the values for its placeholders. */
export interface Message {
  /** The message's key. */
  key: MessageKey;
  /** The values of its `{name}` placeholders. */
  params?: MessageParams;
}

/**
 * Looks a key of core's base catalogue (`coreMessageParts`: enumerations, reader problems, checks, warnings,
 * refusals, edits, render text) up in `locale` and fills its `{name}` placeholders: for a key written out,
 * the parameters must be exactly those its English template names (a type error otherwise). `overrides`
 * lets a host replace single messages (a template, or a function of the parameters).
 */
export const t = /* @__PURE__ */ createTranslator(coreMessageParts);
