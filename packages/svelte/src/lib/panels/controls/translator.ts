/**
 * A panel's message lookup: the editor's catalogue plus the side panels' words (inspector, legend, outline,
 * plan, snapshots) in `locale`, with the host's overrides on top. Panels take `locale` and `messages` props
 * and build one of these with `$derived`. The panels are loaded on demand, and so are their words: they are
 * in this module's chunk, not in the editor's first load.
 */
import {
  compareMessages,
  coreMessageParts,
  createTranslator,
  type Locale,
  type MessageParams,
} from '@kring/core';
import { editorMessageParts, type EditorMessages, type Translate } from '../../messages.js';
import { inspectorMessages } from '../../i18n/inspector.js';

export type { Translate };

/** The side panels' translator: the editor's parts plus `inspector.*`, `panel.*` and `compare.*`. */
export const translatePanel = /* @__PURE__ */ createTranslator([
  ...coreMessageParts,
  ...editorMessageParts,
  inspectorMessages,
  compareMessages,
]);

/** `translatePanel` for a key only known at run time (the typed `Translate` checks each call's parameters). */
const lookUp = translatePanel as unknown as (
  locale: Locale,
  key: string,
  params?: MessageParams,
  overrides?: EditorMessages,
) => string;

/** The editor's messages in `locale` with `messages` (a host's overrides) on top. */
export function translator(locale: Locale, messages?: EditorMessages): Translate {
  return ((key: string, params?: MessageParams) => lookUp(locale, key, params, messages)) as Translate;
}
