/**
 * The demo's share of the message catalogue: importing this module registers the demo's own strings and
 * the reader's problems, interop's (GEDCOM import and export) and the case-file report's with core's `t()` (the editor registers its own parts). The demo translates only
 * through this `t` (or `tr()`, which uses it).
 */
import {
  checksMessages,
  demoMessages,
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
  demoMessages,
  readMessages,
  checksMessages,
  warningsMessages,
  interopMessages,
  reportMessages,
);

/** core's `t()`, with the demo's and the reader's parts registered. */
export function t(
  locale: Locale,
  key: MessageKey,
  params?: MessageParams,
  overrides?: Partial<Record<MessageKey, string>>,
): string {
  return translate(locale, key, params, overrides);
}
