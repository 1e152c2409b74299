/**
 * A panel's message lookup: the catalogue of `locale`, with the host's single-string overrides on top.
 * Panels take `locale` and `messages` props and build one of these with `$derived`.
 */
import type { Locale, MessageKey, MessageParams } from '@kring/core';
import { translate } from '../../messages.js';

export type Translate = (key: MessageKey, params?: MessageParams) => string;

export function translator(locale: Locale, messages?: Partial<Record<MessageKey, string>>): Translate {
  return (key, params) => translate(locale, key, params, messages);
}
