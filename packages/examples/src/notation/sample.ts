/**
 * One entry of the living notation chart: a tiny document that shows one symbol or line kind, drawn by the
 * real renderer (Storybook's notation stories and docs/notation.md both use these, so they cannot differ).
 */
import {
  t,
  type KringDocument,
  type Locale,
  type MessageKey,
  type MessageParams,
  type View,
} from '@kring/core';

/** The symbol's name in one language. */
export type SampleName = (locale: Locale) => string;

export interface NotationSample {
  /** Stable slug: `docs/notation/<slug>.svg` and the story's name. Lower case, digits and dashes. */
  slug: string;
  view: View;
  /** Heading of the group in the chart, in English (e.g. "Person symbols"). */
  group: string;
  name: SampleName;
  /** What the symbol means, in English, for docs/notation.md. */
  meaning: string;
  /** A fresh copy of the tiny document each time (callers may hand it to an editor). */
  document(): KringDocument;
}

/** A name from one catalogue key. */
export const named =
  (key: MessageKey, params?: MessageParams): SampleName =>
  (locale) =>
    t(locale, key, params);

/** A name joined from several catalogue keys, e.g. "focused on — both ways". */
export const joined =
  (...keys: MessageKey[]): SampleName =>
  (locale) =>
    keys.map((key) => t(locale, key)).join(' — ');

/** A name the catalogue has no key for (only in the docs and the chart, never in the editor). */
export const literal =
  (nl: string, en: string): SampleName =>
  (locale) =>
    locale === 'nl' ? nl : en;
