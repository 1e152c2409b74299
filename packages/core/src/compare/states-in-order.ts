/**
 * The states of a map in time order, for replaying how the network changed: every snapshot by its date
 * (partial dates such as `2025-03` or `~2024` sort at the start of their period; snapshots on the same date
 * keep the order they were taken in), then the map as it is now.
 */
import type { KringDocument, Snapshot } from '../model/types.js';
import { NOW } from './find-snapshot.js';
import { snapshotDocument } from './network-state.js';

/** One state of the map: a snapshot, or the live map (`ref` is `now`, `snapshot` null). */
export interface TimedState {
  /** The snapshot's id, or `now`. */
  ref: string;
  /** The snapshot this state is, or `null` for the live map. */
  snapshot: Snapshot | null;
  /** The state as a document of its own (snapshotDocument; the live map without its layouts). */
  document: KringDocument;
}

/** `2025-03-01`, `2025-03`, `2025` and `~2025` compare by their digits: a shorter date is earlier. */
const sortKey = (date: string) => date.replace(/^~/, '');

/**
 * The snapshots of `doc` in date order, then now. Every state is drawn without stored layouts (a snapshot
 * keeps none), so that between two states a symbol moves only where the network changed.
 */
export function statesInOrder(doc: KringDocument): TimedState[] {
  const ordered = doc.snapshots
    .map((snapshot, index) => ({ snapshot, index, key: sortKey(snapshot.date) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.index - b.index));
  const states: TimedState[] = ordered.map(({ snapshot }) => ({
    ref: snapshot.id,
    snapshot,
    document: snapshotDocument(doc, snapshot),
  }));
  states.push({ ref: NOW, snapshot: null, document: { ...doc, snapshots: [], layouts: {} } });
  return states;
}
