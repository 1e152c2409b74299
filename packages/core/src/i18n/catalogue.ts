/**
 * Message catalogues without a global registry: a catalogue is a plain value (its parts, each in English and
 * Dutch), and a translator is a function made from one. Every consumer (core, the editor, the CLI, the demo,
 * gedcom, the report) builds the translator of the parts it shows; nothing is registered on import.
 */
import { fillPlaceholders } from './fill-placeholders.js';

/** The locales of every catalogue. */
export const LOCALES = ['nl', 'en'] as const;
/** A locale of the catalogues: Dutch or English. */
export type Locale = (typeof LOCALES)[number];

/** True when `value` is one of {@link LOCALES}. */
export function isLocale(value: unknown): value is Locale {
  return value === 'nl' || value === 'en';
}

/** The English templates of a part: key → text with `{name}` placeholders. */
export type Templates = { readonly [key: string]: string };

/**
 * One part of a catalogue in both locales: its English templates (the source of its keys and, through
 * their placeholders, of each message's parameters) and the Dutch twin, which must have every key.
 */
export interface MessagePart<E extends Templates = Templates> {
  /** The English templates. */
  readonly en: E;
  /** The Dutch templates: every key of `en`. */
  readonly nl: { readonly [K in keyof E]: string };
}

/** The values of a message's `{name}` placeholders, by name. */
export type MessageParams = Readonly<Record<string, string | number>>;

/**
 * The names of the `{name}` placeholders of template `S` (a string literal type): `'Delete {name}?'` →
 * `'name'`. A template that is not a literal (a `string`) has unknown placeholders: `string`.
 */
export type PlaceholdersOf<S extends string> = string extends S
  ? string
  : S extends `${string}{${infer P}}${infer Rest}`
    ? P | PlaceholdersOf<Rest>
    : never;

/** The parameters of the message of key `K` in templates `E`: one value per placeholder. */
export type ParamsOf<E extends Templates, K extends keyof E & string> =
  PlaceholdersOf<E[K]> extends never ? Record<never, never> : Record<PlaceholdersOf<E[K]>, string | number>;

/**
 * A host's replacement for one message: a template with the same `{name}` placeholders, or a function of
 * the message's parameters (as Svelte Flow's `ariaLabelConfig` takes them).
 */
export type MessageOverride<P = MessageParams> = string | ((params: P) => string);

/** Replacements for single messages of templates `E`, by key; each function gets that message's parameters. */
export type MessageOverrides<E extends Templates> = {
  readonly [K in keyof E & string]?: MessageOverride<ParamsOf<E, K>>;
};

/** True when `K` is a union of several keys (a key only known at run time). */
type IsUnion<K, All = K> = K extends unknown ? ([All] extends [K] ? false : true) : never;

/**
 * The parameters argument of key `K`: for a key written out, exactly the parameters its template names (none
 * may be missing or unknown: a type error; none at all for a template without placeholders); for a key only
 * known at run time (a union) or a template built at run time (not a literal type), any parameters.
 */
export type ParamsArg<E extends Templates, K extends keyof E & string> =
  true extends IsUnion<K>
    ? [params?: MessageParams]
    : string extends E[K]
      ? [params?: MessageParams]
      : PlaceholdersOf<E[K]> extends never
        ? [params?: Readonly<Record<string, never>>]
        : [params: ParamsOf<E, K>];

/** The arguments after the key: the parameters (see {@link ParamsArg}), then a host's overrides. */
export type MessageArgs<E extends Templates, K extends keyof E & string> = [
  ...ParamsArg<E, K>,
  overrides?: MessageOverrides<E>,
];

/** A translator made by {@link createTranslator}: the message of `key` in `locale`, its placeholders filled. */
export type Translator<E extends Templates> = <K extends keyof E & string>(
  locale: Locale,
  key: K,
  ...args: MessageArgs<E, K>
) => string;

/** The templates of parts `P`, merged (the type of a catalogue made of several parts). */
export type TemplatesOf<P extends readonly MessagePart[]> = P extends readonly [
  MessagePart<infer E>,
  ...infer Rest extends readonly MessagePart[],
]
  ? E & TemplatesOf<Rest>
  : unknown;

/** The templates of a whole catalogue, per locale, merged from its parts. */
export interface Catalogue {
  /** The English templates of every part, by key. */
  readonly en: Readonly<Record<string, string>>;
  /** The Dutch templates of every part, by key. */
  readonly nl: Readonly<Record<string, string>>;
}

/** A host's function override's text; one that throws or returns no string counts as no override. */
function fromFunction(
  override: (params: MessageParams) => string,
  params?: MessageParams,
): string | undefined {
  try {
    const text: unknown = override(params ?? {});
    return typeof text === 'string' ? text : undefined;
  } catch {
    return undefined;
  }
}

/** Merges parts into one catalogue (a later part's key wins). */
export function mergeParts(parts: readonly MessagePart[]): Catalogue {
  const en: Record<string, string> = {};
  const nl: Record<string, string> = {};
  for (const part of parts) {
    Object.assign(en, part.en);
    Object.assign(nl, part.nl);
  }
  return { en, nl };
}

/**
 * The translator of `parts`: looks a key up in the catalogue of the locale (then English, then the key itself),
 * with a host's override on top, and fills `{name}` placeholders. Parameters that carry a value of one of the
 * format's enumerations are shown as that value's label (see fill-placeholders.ts), so `parts` should hold
 * core's enumeration labels (every translator built on {@link coreMessageParts} does).
 */
export function createTranslator<const P extends readonly MessagePart[]>(
  parts: P,
): Translator<TemplatesOf<P> & Templates> {
  // Looked up in the parts themselves at each call, not in a merged copy: a part's tables may be filled
  // after the translator is made (the element's code-split build loads one locale's tables on demand).
  const find = (locale: Locale, key: string): string | undefined => {
    for (let i = parts.length - 1; i >= 0; i--) {
      const text = parts[i]![locale][key];
      if (text !== undefined) return text;
    }
    return undefined;
  };
  const translate = (
    locale: Locale,
    key: string,
    params?: MessageParams,
    overrides?: Readonly<Record<string, MessageOverride<never> | undefined>>,
  ): string => {
    const given = overrides?.[key] as MessageOverride | undefined;
    const override = typeof given === 'function' ? fromFunction(given, params) : given;
    if (override !== undefined && typeof given === 'function') return override;
    const template = override ?? find(locale, key) ?? find('en', key) ?? key;
    if (!params) return template;
    return fillPlaceholders(template, key, params, (k) => {
      const label = overrides?.[k];
      return typeof label === 'string' ? label : (find(locale, k) ?? find('en', k));
    });
  };
  return translate as unknown as Translator<TemplatesOf<P> & Templates>;
}

/** A translator bound to one locale and one host's overrides: `tr(key, params?)`, typed parameters per key. */
export type BoundTranslator<E extends Templates> = <K extends keyof E & string>(
  key: K,
  ...params: ParamsArg<E, K>
) => string;

/** `translate` bound to `locale` and `overrides` (see {@link BoundTranslator}). */
export function bindTranslator<E extends Templates>(
  translate: Translator<E>,
  locale: Locale,
  overrides?: MessageOverrides<E>,
): BoundTranslator<E> {
  const loose = translate as unknown as (
    locale: Locale,
    key: string,
    params?: MessageParams,
    overrides?: MessageOverrides<E>,
  ) => string;
  return ((key: string, params?: MessageParams) =>
    loose(locale, key, params, overrides)) as BoundTranslator<E>;
}
