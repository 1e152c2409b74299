/**
 * Fresh ids for what an editor creates. Several people may edit one map at once (each client merging the
 * others' commands, e.g. over a CRDT), so a new id carries the creating client's tag:
 * `<prefix>-<tag>-<n>`, with n the smallest number not yet used in the document for that prefix and tag.
 * Two clients that create a person at the same moment then make `person-k7q2m-1` and `person-3xz9a-1`
 * instead of two `person-1`. Without a tag (a single writer: the CLI, an import into a new map) ids stay
 * `<prefix>-<n>`. The format allows any non-empty unique string, so existing documents keep their ids.
 *
 * Core stays deterministic: the tag is made by the caller from random bytes (`clientTag`), so tests pass
 * fixed bytes or a fixed tag. A host that merges edits over a CRDT may give its own tag instead (the CRDT's
 * client id, e.g. a Yjs `clientID` as digits or an Automerge actor id in hex): any id tag
 * ({@link idTagProblem} says whether one is), unique per client as the random one is.
 */
import { COLLECTIONS, type Id, type KringDocument } from '../model/types.js';

/** The letters of a client tag: Crockford's base 32 in lower case (no i, l, o, u), unbiased over a byte. */
export const CLIENT_TAG_ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';

/** How many letters a client tag has (25 random bits: two clients share one tag once in ~33 million). */
export const CLIENT_TAG_LENGTH = 5;

const TAG = new RegExp(`^[${CLIENT_TAG_ALPHABET}]{${CLIENT_TAG_LENGTH}}$`, 'u');

/**
 * A client tag from random bytes, one letter per byte (the first {@link CLIENT_TAG_LENGTH} bytes are used).
 * In a browser: `clientTag(crypto.getRandomValues(new Uint8Array(CLIENT_TAG_LENGTH)))`.
 *
 * @throws RangeError when fewer than {@link CLIENT_TAG_LENGTH} bytes are given.
 */
export function clientTag(bytes: Uint8Array): string {
  if (bytes.length < CLIENT_TAG_LENGTH)
    throw new RangeError(`A client tag needs ${CLIENT_TAG_LENGTH} random bytes, got ${bytes.length}.`);
  let tag = '';
  for (let i = 0; i < CLIENT_TAG_LENGTH; i++) tag += CLIENT_TAG_ALPHABET[bytes[i]! % 32];
  return tag;
}

/** Whether `value` has the shape of a client tag ({@link CLIENT_TAG_LENGTH} letters of the alphabet). */
export function isClientTag(value: string): boolean {
  return TAG.test(value);
}

/** The most characters an id tag may have (an Automerge actor id, 32 hex digits, fits). */
export const ID_TAG_MAX_LENGTH = 32;

const ID_TAG_CHAR = /^[0-9a-z]$/u;

/**
 * Why `tag` cannot be the tag of new ids, in English for the host's developer, or `undefined` when it can:
 * an id tag is text of 1 to {@link ID_TAG_MAX_LENGTH} lower-case letters `a`–`z` and digits `0`–`9`
 * (no hyphen: it separates the parts of `<prefix>-<tag>-<n>`, which keeps the ids of two tags apart; nothing
 * that needs escaping in an id, a URL or a CSS selector). Every {@link clientTag} is one.
 */
export function idTagProblem(tag: unknown): string | undefined {
  const rule = `an id tag is 1 to ${ID_TAG_MAX_LENGTH} lower-case letters a-z and digits 0-9`;
  if (typeof tag !== 'string')
    return `The id tag must be text, not ${tag === null ? 'null' : typeof tag}: ${rule}.`;
  if (tag.length === 0) return `The id tag is empty: ${rule}.`;
  if (tag.length > ID_TAG_MAX_LENGTH)
    return `The id tag has ${tag.length} characters, at most ${ID_TAG_MAX_LENGTH} are allowed: ${rule}.`;
  const bad = [...new Set([...tag].filter((c) => !ID_TAG_CHAR.test(c)))].slice(0, 5);
  if (bad.length > 0)
    return `The id tag ${JSON.stringify(tag)} has ${bad.map((c) => JSON.stringify(c)).join(', ')}: ${rule}${
      bad.some((c) => /^[A-Z]$/u.test(c)) ? ' (lower case only)' : ''
    }.`;
  return undefined;
}

/** Every id in the document's id space: entities, relations, plan actions and snapshots. */
export function takenIds(doc: KringDocument): Set<Id> {
  const ids = new Set<Id>();
  for (const name of COLLECTIONS) for (const item of doc[name]) ids.add(item.id);
  for (const action of doc.plan?.actions ?? []) ids.add(action.id);
  for (const snapshot of doc.snapshots) ids.add(snapshot.id);
  return ids;
}

/** Makes new ids for one gesture: each call returns an id that is neither in the document nor returned before. */
export type IdMaker = (prefix: string) => Id;

/**
 * An id maker over `doc`: `<prefix>-<tag>-<n>` (or `<prefix>-<n>` without a tag) with the smallest n free
 * in the document and in the ids this maker returned before.
 *
 * @param doc - the document the new ids join.
 * @param tag - the creating client's tag (see {@link clientTag}, or a host's own, see {@link idTagProblem});
 *   omit it for a single writer.
 * @throws RangeError when `tag` is given but is not an id tag (with {@link idTagProblem}'s reason).
 */
export function idMaker(doc: KringDocument, tag?: string): IdMaker {
  const problem = tag === undefined ? undefined : idTagProblem(tag);
  if (problem !== undefined) throw new RangeError(problem);
  const taken = takenIds(doc);
  const next = new Map<string, number>();
  return (prefix) => {
    const stem = tag === undefined ? `${prefix}-` : `${prefix}-${tag}-`;
    let n = next.get(stem) ?? 1;
    while (taken.has(`${stem}${n}`)) n++;
    const id = `${stem}${n}`;
    taken.add(id);
    next.set(stem, n + 1);
    return id;
  };
}
