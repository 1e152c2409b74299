/**
 * The shape of one command's work: either a refusal (a catalogue message saying why) or a recipe that
 * changes an immer draft. Handlers check against the immutable base document first (cheap, no proxies),
 * then return a recipe; applyCommand runs the recipe with produceWithPatches.
 */
import type { Draft } from 'immer';
import type { MessageKey } from '../i18n/en.js';
import type { Message, MessageParams } from '../i18n/translate.js';
import type { KringDocument } from '../model/types.js';

export type Recipe = (draft: Draft<KringDocument>) => void;

/** What a handler returns: a refusal message, or the recipe to apply. */
export type Step = Message | Recipe;

/** A refusal with a `commands.*` key. */
export function refuse(key: Extract<MessageKey, `commands.${string}`>, params?: MessageParams): Message {
  return params ? { key, params } : { key };
}

/** A handler per command type of the union `C`. */
export type Handlers<C extends { type: string }> = {
  [K in C['type']]: (doc: KringDocument, command: Extract<C, { type: K }>) => Step;
};

/**
 * A partial update of an entity: set the given fields; `null` clears an optional field (JSON-safe, unlike
 * `undefined`). Required fields cannot be cleared.
 */
export type Changes<T> = {
  [K in keyof T]?: undefined extends T[K] ? Exclude<T[K], undefined> | null : T[K];
};

/** `base` with `changes` applied (a new object; `base` is not touched). */
export function withChanges<T extends object>(base: T, changes: NoInfer<Changes<T>>): T {
  const next = { ...base } as Record<string, unknown>;
  for (const [key, value] of Object.entries(changes)) {
    if (value === null) delete next[key];
    else if (value !== undefined) next[key] = value;
  }
  return next as T;
}
