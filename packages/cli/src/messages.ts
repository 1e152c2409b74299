/**
 * The CLI's message catalogue: core's parts (the reader's and the checks' strings, `read.*`, which also hold
 * the CLI's own text; render text), insight's and the comparisons' plus interop's (`interop.*`, from @kring/gedcom) and
 * the report's (`report.*`, from @kring/report). No registry: `t` is a plain function of this catalogue.
 */
import {
  compareMessages,
  coreMessageParts,
  createTranslator,
  insightMessages,
  type CoreTemplates,
  type MessageParams,
} from '@kring/core';
import { interopMessages, type InteropTemplates } from '@kring/gedcom';
import { reportMessages, type ReportTemplates } from '@kring/report';

/** The English templates of every message the CLI prints, by key. */
export type CliTemplates = CoreTemplates & InteropTemplates & ReportTemplates;
/** A key of the CLI's catalogue. */
export type CliMessageKey = keyof CliTemplates & string;

/** The CLI's translator: `t(locale, key, params?)`, typed parameters per key. */
export const t = /* @__PURE__ */ createTranslator([
  ...coreMessageParts,
  insightMessages,
  compareMessages,
  interopMessages,
  reportMessages,
]);

/** A message of the CLI not yet translated: a key of its catalogue plus the values for its placeholders. */
export interface CliMessage {
  /** The message's key. */
  key: CliMessageKey;
  /** The values of its `{name}` placeholders. */
  params?: MessageParams;
}
