/**
 * Commands on snapshots (momentopnamen, format version 2): take one (a full copy of the collections and the
 * plan as they are now), change its label or date, delete it, and erase a person or organisation from every
 * snapshot (the right to erasure: what pointed at them inside each snapshot is repaired as remove-ids.ts
 * does for the live map).
 *
 * A snapshot shares the live document's entity objects when it is taken: documents are immutable by
 * convention (apply-command.ts), so a copy of the references is a copy of the state, and costs nothing
 * until the file is written. Every recipe assigns `draft.snapshots` whole (see layout-records.ts: immer then
 * makes no other draft and walks no new value).
 */
import type { Draft } from 'immer';
import { networkStateOf } from '../compare/network-state.js';
import type { Id, KringDocument, NetworkState, Snapshot } from '../model/types.js';
import { MAX_DOCUMENT_BYTES } from '../read/limits.js';
import { utf8Length } from '../read/parse-json-text.js';
import { checkDate, nameOf } from './lookup.js';
import { refuse, type Handlers } from './refusal.js';
import { removeIds } from './remove-ids.js';

/** What a new snapshot is called and when it was: its state is the document's at the moment it is taken. */
export interface SnapshotInfo {
  /**
   * The snapshot's id: non-empty, not `__proto__`, `constructor` or `prototype`, unique among the snapshots.
   */
  id: Id;
  /** What the snapshot is called, e.g. "Intake" (T0) or "Na netwerkberaad" (T1). */
  label: string;
  /**
   * The moment the snapshot stands for: a partial date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`, optionally after
   * `~`).
   */
  date: string;
}

/**
 * Takes a snapshot (*momentopname*): a copy of the persons, organisations, relations, ties and plan as they
 * are now, for comparing the network over time. Refused with `commands.emptyId`, `commands.forbiddenId` or
 * `commands.duplicateId` for an unusable id, `commands.badDate` for a date that is not a partial date, and
 * `commands.snapshotTooLarge` when the copy would take the document past the 20 MiB a map can be saved with.
 * Undo deletes the snapshot again.
 */
export interface TakeSnapshot {
  /** Discriminant of the {@link Command} union. */
  type: 'snapshot.take';
  /** The new snapshot's id, label and date. */
  snapshot: SnapshotInfo;
}
/**
 * Changes the label and/or the date of a snapshot (both are required fields: neither can be cleared); its
 * state never changes. Refused with `commands.notFound` for an unknown snapshot and `commands.badDate` for a
 * date that is not a partial date.
 */
export interface UpdateSnapshot {
  /** Discriminant of the {@link Command} union. */
  type: 'snapshot.update';
  /** The snapshot to change. */
  id: Id;
  /** The new label and/or date; a field left out keeps its value. */
  changes: { label?: string; date?: string };
}
/** Deletes a snapshot. Refused with `commands.notFound` for an unknown snapshot. */
export interface RemoveSnapshot {
  /** Discriminant of the {@link Command} union. */
  type: 'snapshot.remove';
  /** The snapshot to delete. */
  id: Id;
}
/**
 * Erases the person or organisation `id` from every snapshot that holds it (right to erasure): inside each
 * snapshot, what pointed at them is repaired as {@link RemovePerson} repairs the live map. Refused with
 * `commands.eraseFocus` for the focus person (every snapshot is about them) and `commands.notInSnapshots`
 * when no snapshot holds `id`. The live map is not touched: remove the person there with
 * {@link removePerson}; the editor offers both in one step.
 */
export interface EraseFromSnapshots {
  /** Discriminant of the {@link Command} union. */
  type: 'snapshot.erase';
  /** The person or organisation to erase. */
  id: Id;
}
/** The commands on snapshots. */
export type SnapshotCommand = TakeSnapshot | UpdateSnapshot | RemoveSnapshot | EraseFromSnapshots;

/**
 * The command that takes a snapshot of the network as it is now (see {@link TakeSnapshot}).
 *
 * @example
 * ```ts
 * takeSnapshot({ id: 's-t0', label: 'Intake', date: '2024-02-12' });
 * ```
 */
export const takeSnapshot = (snapshot: SnapshotInfo): TakeSnapshot => ({ type: 'snapshot.take', snapshot });
/** The command that changes the label and/or date of snapshot `id`. */
export const updateSnapshot = (id: Id, changes: UpdateSnapshot['changes']): UpdateSnapshot => ({
  type: 'snapshot.update',
  id,
  changes,
});
/** The command that deletes snapshot `id`. */
export const removeSnapshot = (id: Id): RemoveSnapshot => ({ type: 'snapshot.remove', id });
/**
 * The command that erases person or organisation `id` from every snapshot (see {@link EraseFromSnapshots}).
 */
export const eraseFromSnapshots = (id: Id): EraseFromSnapshots => ({ type: 'snapshot.erase', id });

/** Ids that would be unsafe as keys of plain objects; the reader refuses them anywhere. */
const FORBIDDEN_IDS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Whether the person or organisation `id` is in `state`. */
function holds(state: NetworkState, id: Id): boolean {
  return state.persons.some((p) => p.id === id) || state.organisations.some((o) => o.id === id);
}

/** `state` without `id` and everything that pointed at it, repaired as for the live map (remove-ids.ts). */
function erased(doc: KringDocument, state: NetworkState, id: Id): NetworkState {
  const base: KringDocument = { ...doc, ...state, layouts: {} };
  // removeIds assigns the rebuilt collections (and plan) to the root of its target, nothing else.
  const target: Partial<KringDocument> = {};
  removeIds(base, target as Draft<KringDocument>, [id]);
  const next: NetworkState = { ...state };
  for (const key of Object.keys(next) as (keyof NetworkState)[])
    if (key in target) (next as unknown as Record<string, unknown>)[key] = target[key];
  return next;
}

function indexOfSnapshot(doc: KringDocument, id: Id): number {
  return doc.snapshots.findIndex((s) => s.id === id);
}

export const snapshotHandlers: Handlers<SnapshotCommand> = {
  'snapshot.take': (doc, { snapshot }) => {
    const { id, label, date } = snapshot;
    if (id === '') return refuse('commands.emptyId');
    if (FORBIDDEN_IDS.has(id)) return refuse('commands.forbiddenId', { id });
    if (indexOfSnapshot(doc, id) >= 0) return refuse('commands.duplicateId', { id });
    const badDate = checkDate(date);
    if (badDate) return badDate;
    const state = networkStateOf(doc);
    // A copy doubles what the collections weigh: refuse one the map could not be saved with (format.md, Limits).
    const size = utf8Length(JSON.stringify(doc)) + utf8Length(JSON.stringify(state));
    if (size > MAX_DOCUMENT_BYTES) return refuse('commands.snapshotTooLarge');
    const taken: Snapshot = { id, label, date, state };
    return (draft) => {
      draft.snapshots = [...doc.snapshots, taken];
    };
  },
  'snapshot.update': (doc, { id, changes }) => {
    const i = indexOfSnapshot(doc, id);
    if (i < 0) return refuse('commands.notFound', { id });
    const badDate = checkDate(changes.date);
    if (badDate) return badDate;
    const before = doc.snapshots[i]!;
    const after: Snapshot = {
      ...before,
      ...(changes.label !== undefined ? { label: changes.label } : {}),
      ...(changes.date !== undefined ? { date: changes.date } : {}),
    };
    return (draft) => {
      draft.snapshots = doc.snapshots.map((s, j) => (j === i ? after : s));
    };
  },
  'snapshot.remove': (doc, { id }) => {
    const i = indexOfSnapshot(doc, id);
    if (i < 0) return refuse('commands.notFound', { id });
    return (draft) => {
      draft.snapshots = doc.snapshots.filter((_s, j) => j !== i);
    };
  },
  'snapshot.erase': (doc, { id }) => {
    if (id === doc.focus) return refuse('commands.eraseFocus', { name: nameOf(doc, id) });
    if (!doc.snapshots.some((s) => holds(s.state, id)))
      return refuse('commands.notInSnapshots', { name: nameOf(doc, id) });
    const snapshots = doc.snapshots.map((s) =>
      holds(s.state, id) ? { ...s, state: erased(doc, s.state, id) } : s,
    );
    return (draft) => {
      draft.snapshots = snapshots;
    };
  },
};
