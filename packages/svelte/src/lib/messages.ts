/**
 * The editor's share of the message catalogue: importing this module registers with core's `t()` the `ui.*`
 * strings, the side panels' strings, the soft rules' (the plan's warnings) and the reader's problems (shown
 * when a host gives a document the reader refuses); enumerations, refusals and render text are always known.
 * Everything in this package that translates goes through `translate`, so the registration is never left
 * out of a bundle.
 */
import {
  checksMessages,
  compareMessages,
  readMessages,
  warningsMessages,
  inspectorMessages,
  registerMessages,
  t,
  uiMessages,
  type Locale,
  type MessageKey,
  type MessageParams,
} from '@kring/core';

registerMessages(
  uiMessages,
  inspectorMessages,
  warningsMessages,
  readMessages,
  checksMessages,
  compareMessages,
);

/** core's `t()`, with the editor's parts registered. */
export function translate(
  locale: Locale,
  key: MessageKey,
  params?: MessageParams,
  overrides?: Partial<Record<MessageKey, string>>,
): string {
  return t(locale, key, params, overrides);
}
