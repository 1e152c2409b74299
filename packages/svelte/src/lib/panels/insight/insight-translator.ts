/**
 * The insight panel's messages: the editor's catalogue plus insight's part (`insight.*`). The panel is loaded
 * on demand, and so are insight's words: they are in this module's chunk, not in the editor's first load.
 */
import {
  bindTranslator,
  compareMessages,
  coreMessageParts,
  createTranslator,
  insightMessages,
  type Locale,
} from '@kring/core';
import { editorMessageParts, type EditorMessages } from '../../messages.js';
import { inspectorMessages } from '../../i18n/inspector.js';

/** The insight panel's translator: `translateInsight(locale, key, params?, overrides?)`. */
export const translateInsight = /* @__PURE__ */ createTranslator([
  ...coreMessageParts,
  compareMessages,
  ...editorMessageParts,
  inspectorMessages,
  insightMessages,
]);

/** `translateInsight` bound to one locale and one host's overrides; typed parameters per key. */
export function insightTranslator(locale: Locale, messages?: EditorMessages) {
  return bindTranslator(translateInsight, locale, messages);
}
