/**
 * The CLI's share of the message catalogue: importing this module registers the reader's and the
 * document checks' strings (`read.*`, which also hold the CLI's own text) insight's (`insight.*`) and interop's (`interop.*`) with core's `t()`. The CLI translates only through this `t`.
 */
import {
  checksMessages,
  compareMessages,
  insightMessages,
  interopMessages,
  readMessages,
  registerMessages,
  reportMessages,
  t as translate,
  warningsMessages,
  type Locale,
  type MessageKey,
  type MessageParams,
} from '@kring/core';

registerMessages(
  readMessages,
  checksMessages,
  warningsMessages,
  insightMessages,
  interopMessages,
  reportMessages,
  compareMessages,
);

/** core's `t()`, with the reader's part registered. */
export function t(
  locale: Locale,
  key: MessageKey,
  params?: MessageParams,
  overrides?: Partial<Record<MessageKey, string>>,
): string {
  return translate(locale, key, params, overrides);
}
