/**
 * The network of a document at one moment (format version 2, Snapshot): the live collections and plan as a
 * state, and a snapshot's state as a document of its own.
 */
import type { KringDocument, NetworkState, Snapshot } from '../model/types.js';

/**
 * The network of `doc` as it is now: its collections and its plan. The arrays are shared, not cloned:
 * documents are immutable by convention (commands/apply-command.ts), so sharing is copying.
 */
export function networkStateOf(doc: KringDocument): NetworkState {
  return {
    persons: doc.persons,
    organisations: doc.organisations,
    partnerships: doc.partnerships,
    parentChild: doc.parentChild,
    multipleBirths: doc.multipleBirths,
    households: doc.households,
    emotional: doc.emotional,
    ties: doc.ties,
    plan: doc.plan,
  };
}

/**
 * A snapshot's state as a document of its own: the document's focus, options and settings with the
 * snapshot's collections and plan, no layouts (a snapshot keeps none) and no snapshots. This is how the
 * reader checks a snapshot, and how comparisons and drawings read one.
 */
export function snapshotDocument(doc: KringDocument, snapshot: Snapshot): KringDocument {
  return { ...doc, ...snapshot.state, snapshots: [], layouts: {} };
}
