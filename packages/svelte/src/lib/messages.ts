/**
 * The editor's message catalogue: core's base parts (enumerations, refusals, reader problems, render text)
 * plus the editor's own, which live in this package (./i18n: `ui.*` and the links' words here; the
 * inspector's and side panels' `inspector.*`/`panel.*` in ./i18n/inspector.ts). Nothing is registered
 * anywhere: `translate` is a plain function of this catalogue, and each editor instance passes its locale
 * and its host's overrides (the `messages` prop) with every call. `translate` knows what the first picture
 * shows (toolbar, canvas, tray, announcements); the side panels, loaded on demand, translate with their own
 * translators, which add their words (panels/controls/translator.ts: inspector, legend, outline, plan,
 * snapshots; panels/insight/insight-translator.ts: insight), so those words are in the panels' chunks.
 */
import {
  coreMessageParts,
  createTranslator,
  type CoreTemplates,
  type MessageOverrides,
  type MessageParams,
  type MessagePart,
  type ParamsArg,
  type Translator,
} from '@kring/core';
import type { inspectorEn } from './i18n/inspector.en.js';
import { linkEn } from './i18n/link.en.js';
import { linkNl } from './i18n/link.nl.js';
import { uiEn } from './i18n/ui.en.js';
import { uiNl } from './i18n/ui.nl.js';

/** The editor's toolbar, canvas, announcements, context menu and tray (`ui.*`). */
export const uiMessages: MessagePart<typeof uiEn> = { en: uiEn, nl: uiNl };
/** The links', context menu's and tray's words (`ui.link.*`, `ui.menu.*`, `ui.tray.*`). */
export const linkMessages: MessagePart<typeof linkEn> = { en: linkEn, nl: linkNl };
/**
 * The editor's own first-load parts. Each part keeps its tables (no merged copy): the element's code-split
 * build fills them when their locale has loaded (element/locale-tables.ts).
 */
export const editorMessageParts = [uiMessages, linkMessages] as const;

/** The English templates of the editor's own parts, by key. */
export type EditorOwnTemplates = typeof uiEn & typeof linkEn & typeof inspectorEn;
/**
 * The English templates of every message the editor shows, by key: core's (insight's and kinship's among
 * them, which the panels that show them translate) and the editor's own.
 */
export type EditorTemplates = CoreTemplates & EditorOwnTemplates;
/**
 * A key of the editor's catalogue. `translate` knows all but insight's and kinship's, which only the
 * modules that show them translate (their own translators); scripts/message-parts checks that every key
 * in the editor's sources is in the parts of the translator that shows it.
 */
export type EditorMessageKey = keyof EditorTemplates & string;
/**
 * A host's replacements for single messages of the editor (the `messages` prop and the element's `messages`
 * property): a template with the same `{name}` placeholders, or a function of the message's parameters.
 */
export type EditorMessages = MessageOverrides<EditorTemplates>;

/** A message of the editor not yet translated: a key of its catalogue plus the values for its placeholders. */
export interface EditorMessage {
  /** The message's key. */
  key: EditorMessageKey;
  /** The values of its `{name}` placeholders. */
  params?: MessageParams;
}

/**
 * The editor's first-load translator: `translate(locale, key, params?, overrides?)`, typed parameters per
 * key. It knows core's base parts and `ui.*`; the side panels' words (`inspector.*`, `panel.*`,
 * `compare.*`, `insight.*`) only their own translators know.
 */
export const translate = /* @__PURE__ */ createTranslator([
  ...coreMessageParts,
  ...editorMessageParts,
]) as unknown as Translator<EditorTemplates>;

/** A translator bound to one locale and one host's overrides (see panels/controls/translator.ts). */
export type Translate = <K extends EditorMessageKey>(
  key: K,
  ...params: ParamsArg<EditorTemplates, K>
) => string;
