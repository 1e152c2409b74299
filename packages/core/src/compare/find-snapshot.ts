/**
 * Which state of a map a reference names: a snapshot by its id, else by its label when exactly one snapshot
 * has that label, or the live map (`now`). Used by `kring diff --from/--to` and the editor's snapshot list.
 */
import type { KringDocument, Snapshot } from '../model/types.js';
import { snapshotDocument } from './network-state.js';

/** The reference to the live map in `kring diff --to now`. */
export const NOW = 'now';

/**
 * What {@link findSnapshot} found: the snapshot, or why there is none (`notFound`: no snapshot has that id or
 * label; `ambiguous`: several have that label).
 */
export type SnapshotLookup =
  | { ok: true; snapshot: Snapshot }
  | { ok: false; reason: 'notFound' }
  /** More than one snapshot has this label (and none this id): the ids of those snapshots. */
  | { ok: false; reason: 'ambiguous'; ids: string[] };

/** The snapshot whose id is `ref`, else the one snapshot whose label is `ref`. */
export function findSnapshot(doc: KringDocument, ref: string): SnapshotLookup {
  const byId = doc.snapshots.find((s) => s.id === ref);
  if (byId) return { ok: true, snapshot: byId };
  const labelled = doc.snapshots.filter((s) => s.label === ref);
  if (labelled.length === 1) return { ok: true, snapshot: labelled[0]! };
  if (labelled.length === 0) return { ok: false, reason: 'notFound' };
  return { ok: false, reason: 'ambiguous', ids: labelled.map((s) => s.id) };
}

/**
 * What {@link stateAt} found: the map at that moment as a document of its own, with the snapshot it came from
 * (`null` for the live map), or why there is none (as {@link SnapshotLookup}).
 */
export type StateLookup =
  { ok: true; document: KringDocument; snapshot: Snapshot | null } | Exclude<SnapshotLookup, { ok: true }>;

/** The map as it was at the snapshot `ref` names, or as it is now for `now` (with `snapshot: null`). */
export function stateAt(doc: KringDocument, ref: string): StateLookup {
  if (ref === NOW) return { ok: true, document: doc, snapshot: null };
  const found = findSnapshot(doc, ref);
  if (!found.ok) return found;
  return { ok: true, document: snapshotDocument(doc, found.snapshot), snapshot: found.snapshot };
}
