/**
 * A panel's message lookup: the editor's catalogue in `locale`, with the host's overrides on top.
 * Panels take `locale` and `messages` props and build one of these with `$derived`.
 */
import type { Locale, MessageParams } from '@kring/core';
import { translate, type EditorMessages, type Translate } from '../../messages.js';

export type { Translate };

/** `translate` for a key only known at run time (the typed `Translate` checks each call's parameters). */
const lookUp = translate as (
  locale: Locale,
  key: string,
  params?: MessageParams,
  overrides?: EditorMessages,
) => string;

/** The editor's messages in `locale` with `messages` (a host's overrides) on top. */
export function translator(locale: Locale, messages?: EditorMessages): Translate {
  return ((key: string, params?: MessageParams) => lookUp(locale, key, params, messages)) as Translate;
}
