/**
 * One collection's part of the document index (document-index.ts): its entries by id and the lists it is
 * grouped into (parent links by child, partnerships by partner, …), kept per array object. Commands never
 * mutate a collection; an edit makes a new array that shares every unchanged entry with the one before
 * (immer's structural sharing), and collections an edit did not touch keep their array, so their part is
 * reused as it is.
 *
 * A changed array is not indexed afresh either: its part is made from the part of the array this
 * collection was last indexed for. The two arrays are compared by identity from both ends, which finds the
 * entries taken out and put in (an edit changes a few); the maps are copied, the entries taken out deleted
 * and those put in added, and the list of each key those entries are grouped under is collected again from
 * the new array, in document order. Many changes, or a collection holding one id twice, are indexed afresh.
 * Either way the part equals a fresh one (index-part.property.test.ts); only a map's iteration order may
 * differ (nothing iterates them: the arrays hold the document order).
 */
import type { Id } from '../model/types.js';

/** Calls `add` with every key an entry is listed under in one grouping (each key once). */
export type Grouping<T> = (entry: T, add: (key: Id) => void) => void;

/** A collection's entries by id (unless made without), and one map of lists per grouping. */
export interface IndexPart<T extends { readonly id: Id }> {
  readonly byId: ReadonlyMap<Id, T> | undefined;
  readonly groups: readonly ReadonlyMap<Id, readonly T[]>[];
}

interface Part<T extends { readonly id: Id }> extends IndexPart<T> {
  /** Whether some id is held by two entries (then the part is always made afresh). */
  readonly duplicates: boolean;
}

/** Changes beyond this many entries taken out and put in are indexed afresh. */
const MAX_CHANGES = 64;
/** Keys whose lists are collected again beyond which the grouping is indexed afresh. */
const MAX_KEYS = 32;

/** The part of `entries`, made afresh (without `byId` when `withIds` is false). */
function freshPart<T extends { readonly id: Id }>(
  entries: readonly T[],
  groupings: readonly Grouping<T>[],
  withIds: boolean,
): Part<T> {
  const byId = withIds ? new Map<Id, T>() : undefined;
  let duplicates = false;
  if (byId)
    for (const entry of entries) {
      if (byId.has(entry.id)) duplicates = true;
      byId.set(entry.id, entry);
    }
  const groups = groupings.map((grouping) => {
    const map = new Map<Id, T[]>();
    for (const entry of entries)
      grouping(entry, (key) => {
        const list = map.get(key);
        if (list) list.push(entry);
        else map.set(key, [entry]);
      });
    return map;
  });
  return { byId, groups, duplicates };
}

/** `base` (the part of `prev`) brought to `next`, or undefined when it is to be made afresh. */
function updatedPart<T extends { readonly id: Id }>(
  prev: readonly T[],
  base: Part<T>,
  next: readonly T[],
  groupings: readonly Grouping<T>[],
): Part<T> | undefined {
  if (base.duplicates) return undefined;
  let start = 0;
  const common = Math.min(prev.length, next.length);
  while (start < common && prev[start] === next[start]) start++;
  let prevEnd = prev.length;
  let nextEnd = next.length;
  while (prevEnd > start && nextEnd > start && prev[prevEnd - 1] === next[nextEnd - 1]) {
    prevEnd--;
    nextEnd--;
  }
  if (prevEnd - start + (nextEnd - start) > MAX_CHANGES) return undefined;

  const byId = base.byId && new Map(base.byId);
  if (byId) {
    for (let i = start; i < prevEnd; i++) byId.delete(prev[i]!.id);
    for (let i = start; i < nextEnd; i++) {
      const entry = next[i]!;
      // Two entries of one id: the fresh index keeps the later one, and a later removal would need the other.
      if (byId.has(entry.id)) return undefined;
      byId.set(entry.id, entry);
    }
  }

  const groups: ReadonlyMap<Id, readonly T[]>[] = [];
  for (let g = 0; g < groupings.length; g++) {
    const grouping = groupings[g]!;
    const touched = new Set<Id>();
    const touch = (key: Id) => touched.add(key);
    for (let i = start; i < prevEnd; i++) grouping(prev[i]!, touch);
    for (let i = start; i < nextEnd; i++) grouping(next[i]!, touch);
    if (touched.size > MAX_KEYS) return undefined;
    const map = new Map(base.groups[g]!);
    if (touched.size > 0) {
      const lists = new Map<Id, T[]>();
      for (const entry of next)
        grouping(entry, (key) => {
          if (!touched.has(key)) return;
          const list = lists.get(key);
          if (list) list.push(entry);
          else lists.set(key, [entry]);
        });
      for (const key of touched) {
        const list = lists.get(key);
        if (list) map.set(key, list);
        else map.delete(key);
      }
    }
    groups.push(map);
  }
  return { byId, groups, duplicates: false };
}

/**
 * The index parts of one collection: `partOf(entries)` is the part of an array, cached per array object and
 * made from the part of the array indexed before it when it can be. Without `withIds` the part has no map
 * by id (a collection only looked up through its groupings: copying that map would be most of an edit's cost).
 */
export function partMaker<T extends { readonly id: Id }>(
  groupings: readonly Grouping<T>[],
  withIds = true,
): (entries: readonly T[]) => IndexPart<T> {
  const parts = new WeakMap<readonly T[], Part<T>>();
  /** The array indexed last (weakly: an editor that is gone does not keep its document here). */
  let last: WeakRef<readonly T[]> | undefined;
  return (entries) => {
    let part = parts.get(entries);
    if (part) return part;
    const prev = last?.deref();
    const base = prev && parts.get(prev);
    part =
      (prev && base && updatedPart(prev, base, entries, groupings)) || freshPart(entries, groupings, withIds);
    parts.set(entries, part);
    last = new WeakRef(entries);
    return part;
  };
}
