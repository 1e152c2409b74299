/**
 * The report's message catalogue: core's base parts and insight's, plus the report's own (`report.*`), which live in this package
 * (./messages). No registry: `translate` is a plain function of this catalogue.
 */
import {
  coreMessageParts,
  createTranslator,
  insightMessages,
  type CoreTemplates,
  type MessagePart,
} from '@kring/core';
import { reportEn } from './messages/report.en.js';
import { reportNl } from './messages/report.nl.js';

/** The case-file report's messages (`report.*`) in both locales, for a consumer's catalogue (the CLI's, the demo's). */
export const reportMessages: MessagePart<typeof reportEn> = { en: reportEn, nl: reportNl };

/** The English templates of every message the report shows, by key (core's and the report's own). */
export type ReportTemplates = CoreTemplates & typeof reportEn;

/** The report's translator: core's `t()` with the report's messages, typed parameters per key. */
export const translate = /* @__PURE__ */ createTranslator([
  ...coreMessageParts,
  insightMessages,
  reportMessages,
]);
