/**
 * The CLI's message catalogue: core's parts (the reader's and the checks' strings, `read.*`; render text),
 * insight's and the comparisons' plus interop's (`interop.*`, from @kring/gedcom), the report's (`report.*`,
 * from @kring/report) and the CLI's own (`cli.*`, in ./messages). No registry: `t` is a plain function of
 * this catalogue.
 */
import {
  compareMessages,
  coreMessageParts,
  createTranslator,
  insightMessages,
  type CoreTemplates,
  type MessagePart,
  type MessageParams,
} from '@kring/core';
import { interopMessages, type InteropTemplates } from '@kring/gedcom';
import { reportMessages, type ReportTemplates } from '@kring/report';
import { cliEn } from './messages/cli.en.js';
import { cliNl } from './messages/cli.nl.js';

/** The CLI's own messages (`cli.*`) in both locales. */
export const cliMessages: MessagePart<typeof cliEn> = { en: cliEn, nl: cliNl };

/** The English templates of every message the CLI prints, by key. */
export type CliTemplates = CoreTemplates & InteropTemplates & ReportTemplates & typeof cliEn;
/** A key of the CLI's catalogue. */
export type CliMessageKey = keyof CliTemplates & string;

/** The CLI's translator: `t(locale, key, params?)`, typed parameters per key. */
export const t = /* @__PURE__ */ createTranslator([
  ...coreMessageParts,
  insightMessages,
  compareMessages,
  interopMessages,
  reportMessages,
  cliMessages,
]);

/** A message of the CLI not yet translated: a key of its catalogue plus the values for its placeholders. */
export interface CliMessage {
  /** The message's key. */
  key: CliMessageKey;
  /** The values of its `{name}` placeholders. */
  params?: MessageParams;
}
