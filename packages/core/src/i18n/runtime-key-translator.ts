/**
 * Core's translator for keys known only at run time (a finding's, a kinship word's or a comparison line's code,
 * built from data): any string key and untyped parameters. Internal to core — where the keys are written out,
 * `createTranslator` checks them and their parameters.
 */
import {
  createTranslator,
  type Locale,
  type MessageOverrides,
  type MessageParams,
  type MessagePart,
} from './catalogue.js';
import type { CoreTemplates } from './en.js';

/** Translates `key` of the parts it was made from (then English, then the key itself). */
export type RuntimeKeyTranslator = (
  locale: Locale,
  key: string,
  params?: MessageParams,
  overrides?: MessageOverrides<CoreTemplates>,
) => string;

/** The translator of `parts` (see {@link RuntimeKeyTranslator}); nothing is registered anywhere. */
export function createRuntimeKeyTranslator(parts: readonly MessagePart[]): RuntimeKeyTranslator {
  return createTranslator(parts) as unknown as RuntimeKeyTranslator;
}
