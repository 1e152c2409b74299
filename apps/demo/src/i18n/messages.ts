/**
 * The demo's message catalogue: core's parts (the reader's problems among them), interop's (GEDCOM import
 * and export, from @kring/gedcom), the report's (from @kring/report) and the demo's own strings, which live
 * here (./parts: `demo.*`, trainer mode's `demo.trainer.*`). The editor translates its own strings. No
 * registry: `t` is a plain function of this catalogue; the demo translates only through it (or `tr()`).
 */
import {
  coreMessageParts,
  createTranslator,
  type CoreTemplates,
  type MessagePart,
  type MessageParams,
  type Problem,
} from '@kring/core';
import { interopMessages, type InteropTemplates } from '@kring/gedcom';
import { reportMessages, type ReportTemplates } from '@kring/report';
import { demoEn } from './parts/demo.en.js';
import { demoNl } from './parts/demo.nl.js';

/** The demo site's own messages (`demo.*`) in both locales. */
export const demoMessages: MessagePart<typeof demoEn> = { en: demoEn, nl: demoNl };

/** The English templates of every message the demo shows itself, by key. */
export type DemoTemplates = CoreTemplates & InteropTemplates & ReportTemplates & typeof demoEn;
/** A key of the demo's catalogue. */
export type DemoMessageKey = keyof DemoTemplates & string;

/** A message of the demo not yet translated: a key of its catalogue plus the values for its placeholders. */
export interface DemoMessage {
  /** The message's key. */
  key: DemoMessageKey;
  /** The values of its `{name}` placeholders. */
  params?: MessageParams;
}

/** The demo's translator: `t(locale, key, params?)`, typed parameters per key. */
export const t = /* @__PURE__ */ createTranslator([
  ...coreMessageParts,
  interopMessages,
  reportMessages,
  demoMessages,
]);

/** A problem as the demo lists it: core's `Problem` whose message may also be one of the demo's own. */
export interface DemoProblem extends Omit<Problem, 'message'> {
  /** What is wrong, as a message of the demo's catalogue. */
  message: DemoMessage;
}
