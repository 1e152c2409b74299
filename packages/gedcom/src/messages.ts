/**
 * Interop's message catalogue: core's parts plus interop's own (`interop.*`: GEDCOM import and export, the
 * research exports, the contact-list import, `kring import`/`kring export` and the demo's import dialogs),
 * which live in this package (./messages). No registry: `translate` is a plain function of this catalogue.
 */
import {
  coreMessageParts,
  createTranslator,
  type CoreTemplates,
  type MessagePart,
  type MessageParams,
} from '@kring/core';
import { interopEn } from './messages/interop.en.js';
import { interopNl } from './messages/interop.nl.js';

/** The English templates of interop's own messages (`interop.*`), by key. */
export type InteropOwnTemplates = typeof interopEn;

/** Interop's messages (`interop.*`) in both locales, for a consumer's catalogue (the CLI's, the demo's). */
export const interopMessages: MessagePart<InteropOwnTemplates> = { en: interopEn, nl: interopNl };

/** The English templates of every message interop shows, by key (core's and interop's own). */
export type InteropTemplates = CoreTemplates & InteropOwnTemplates;
/** A key of interop's catalogue. */
export type InteropMessageKey = keyof InteropTemplates & string;

/** A message of interop not yet translated: a key of its catalogue plus the values for its placeholders. */
export interface InteropMessage {
  /** The message's key. */
  key: InteropMessageKey;
  /** The values of its `{name}` placeholders. */
  params?: MessageParams;
}

/** Interop's translator: core's `t()` with interop's messages, typed parameters per key. */
export const translate = /* @__PURE__ */ createTranslator([...coreMessageParts, interopMessages]);
