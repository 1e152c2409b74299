/**
 * The edits' patches as they travel to the layout worker. A command that removes something (a person, with
 * their links) writes whole collections anew: immer's patch is then a `replace` of the collection with every
 * element in it (a delete at 5,000 persons: 4,999 persons and 6,496 parent links), which postMessage would
 * clone on both sides. Such a patch travels as a list patch instead: per element of the new collection, the
 * index of the same element (the same object) in the collection the worker holds at that point, or -1 for the
 * next of the few elements sent in full. The worker rebuilds the collection from its own copy.
 */
import { applySharedPatches, type ChangeInfo, type KringDocument } from '@kring/core';

export type Patch = ChangeInfo['patches'][number];

/** A top-level collection replaced: its elements by index into the worker's copy, and those sent in full. */
export interface ListPatch {
  op: 'list';
  path: [string];
  /** Per element: the index of the same element in the collection before; -1 for the next of `items`. */
  refs: Int32Array;
  items: unknown[];
}

export type SentPatch = Patch | ListPatch;

/**
 * `patches` (from `from` to the next document) with each replaced top-level collection that keeps some of its
 * elements written as a list patch. Only where no patch before it in `patches` touched the same collection (so
 * the receiver's collection at that point is `from`'s).
 */
export function compactPatches(from: KringDocument, patches: readonly Patch[]): SentPatch[] {
  const touched = new Set<string | number>();
  return patches.map((patch): SentPatch => {
    const key = patch.path[0];
    const first = key !== undefined && !touched.has(key);
    if (key !== undefined) touched.add(key);
    if (!first || patch.op !== 'replace' || patch.path.length !== 1 || !Array.isArray(patch.value))
      return patch;
    const before: unknown = (from as unknown as Record<string, unknown>)[key];
    if (!Array.isArray(before)) return patch;
    const index = new Map<unknown, number>();
    for (let i = 0; i < before.length; i++) index.set(before[i], i);
    const after = patch.value as unknown[];
    const refs = new Int32Array(after.length);
    const items: unknown[] = [];
    for (let i = 0; i < after.length; i++) {
      const j = index.get(after[i]) ?? -1;
      refs[i] = j;
      if (j < 0) items.push(after[i]);
    }
    return items.length === after.length ? patch : { op: 'list', path: [String(key)], refs, items };
  });
}

/** `doc` with the sent patches applied (list patches rebuilt from the collections of `doc` as it is then). */
export function applySentPatches(doc: KringDocument, patches: readonly SentPatch[]): KringDocument {
  let out = doc;
  let run: Patch[] = [];
  for (const patch of patches) {
    if (patch.op !== 'list') {
      run.push(patch);
      continue;
    }
    if (run.length > 0) out = applySharedPatches(out, run);
    run = [];
    const before = (out as unknown as Record<string, unknown>)[patch.path[0]];
    if (!Array.isArray(before)) throw new Error(`list patch of ${patch.path[0]}, which is no list`);
    const value = new Array<unknown>(patch.refs.length);
    let k = 0;
    for (let i = 0; i < patch.refs.length; i++) {
      const j = patch.refs[i]!;
      if (j >= before.length || (j < 0 && k >= patch.items.length))
        throw new Error(`list patch of ${patch.path[0]} does not fit`);
      value[i] = j >= 0 ? before[j] : patch.items[k++];
    }
    if (k !== patch.items.length) throw new Error(`list patch of ${patch.path[0]} does not fit`);
    out = applySharedPatches(out, [{ op: 'replace', path: patch.path, value }]);
  }
  return run.length > 0 ? applySharedPatches(out, run) : out;
}
