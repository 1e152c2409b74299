/**
 * Commands on partnerships and their events. The partners (`a`, `b`) of a partnership are fixed once it
 * exists (re-partnering is remove + add); its type, consanguinity and events change by command. Removing a
 * partnership keeps the children's parent links and clears their `partnership`.
 */
import type { Id, Partnership, PartnershipEvent } from '../model/types.js';
import { checkEvents } from './check-events.js';
import { checkNewId, checkPerson, indexById, nameOf } from './lookup.js';
import { refuse, withChanges, type Changes, type Handlers, type Step } from './refusal.js';
import { removeIds } from './remove-ids.js';
import type { KringDocument } from '../model/types.js';

/**
 * Adds a partnership (a couple line in the genogram) between two persons. Refused when the id is empty,
 * reserved or taken, when `a` or `b` is no person (`commands.notFound`, `commands.notAPerson`) or not a live
 * birth (`commands.notLiveBirth`), when `a` and `b` are the same person (`commands.selfLink`), and when the
 * events break the order rules (see {@link AddPartnershipEvent}).
 */
export interface AddPartnership {
  /** Discriminant of the {@link Command} union. */
  type: 'partnership.add';
  /** The new partnership, stored as given (appended to `partnerships`). */
  partnership: Partnership;
}
/**
 * Changes the type (marriage, cohabitation, LAT, …) or the consanguinity of a partnership. The partners are
 * fixed once it exists (re-partnering is remove + add) and its events change through the event commands.
 * Refused with `commands.notFound` for an unknown id.
 */
export interface UpdatePartnership {
  /** Discriminant of the {@link Command} union. */
  type: 'partnership.update';
  /** The partnership to change. */
  id: Id;
  /** The fields to set; `null` clears an optional one (see {@link Changes}). */
  changes: Changes<Omit<Partnership, 'id' | 'a' | 'b' | 'events'>>;
}
/**
 * Removes a partnership. The children that hung under it keep their parent links, with `partnership`
 * cleared; its pinned positions go. Refused with `commands.notFound` for an unknown id.
 */
export interface RemovePartnership {
  /** Discriminant of the {@link Command} union. */
  type: 'partnership.remove';
  /** The partnership to remove. */
  id: Id;
}
/**
 * Inserts `event` at `index` (default: at the end) of a partnership's events, which are in time order. The
 * resulting list must keep the order rules of the format: `separated` and `reconciled` need an earlier start
 * (`started`, `engaged`, `cohabiting` or `married`; `commands.eventNeedsStart`), `divorced` and `annulled` an
 * earlier `married` (`commands.eventNeedsMarriage`), `reconciled` an earlier `separated`
 * (`commands.reconcileNeedsSeparation`), and a dated event is not before the previous dated one
 * (`commands.eventsOutOfOrder`); a date must be a partial date (`commands.badDate`). An unknown partnership
 * is refused with `commands.notFound`, an index outside `0..events.length` with `commands.badIndex`. To
 * choose `divorced` on a partnership without a marriage, use {@link setPartnershipEvent}, which inserts the
 * marriage.
 */
export interface AddPartnershipEvent {
  /** Discriminant of the {@link Command} union. */
  type: 'partnership.event.add';
  /** The partnership the event belongs to. */
  partnership: Id;
  /** The event: its kind and, optionally, its partial date. */
  event: PartnershipEvent;
  /** Where the event goes, 0-based; the events from there on move one place back. Default: at the end. */
  index?: number;
}
/**
 * Replaces the event at `index` of a partnership. The result must keep the order rules listed at
 * {@link AddPartnershipEvent}; an index outside the list is refused with `commands.badIndex`.
 */
export interface UpdatePartnershipEvent {
  /** Discriminant of the {@link Command} union. */
  type: 'partnership.event.update';
  /** The partnership the event belongs to. */
  partnership: Id;
  /** The 0-based position of the event to replace. */
  index: number;
  /** The new event. */
  event: PartnershipEvent;
}
/**
 * Removes the event at `index` of a partnership. Refused when the rest breaks the order rules (removing the
 * marriage before a divorce, say; see {@link AddPartnershipEvent}) or the index is outside the list
 * (`commands.badIndex`).
 */
export interface RemovePartnershipEvent {
  /** Discriminant of the {@link Command} union. */
  type: 'partnership.event.remove';
  /** The partnership the event belongs to. */
  partnership: Id;
  /** The 0-based position of the event to remove. */
  index: number;
}
/**
 * Moves the event at `from` so that it ends up at index `to` (the order of events is their time order).
 * Refused when either index is outside the list (`commands.badIndex`) or the new order breaks the order rules
 * (see {@link AddPartnershipEvent}).
 */
export interface MovePartnershipEvent {
  /** Discriminant of the {@link Command} union. */
  type: 'partnership.event.move';
  /** The partnership the event belongs to. */
  partnership: Id;
  /** The 0-based position of the event to move. */
  from: number;
  /** The 0-based position the event has after the move. */
  to: number;
}
/** The commands on partnerships and their events. */
export type PartnershipCommand =
  | AddPartnership
  | UpdatePartnership
  | RemovePartnership
  | AddPartnershipEvent
  | UpdatePartnershipEvent
  | RemovePartnershipEvent
  | MovePartnershipEvent;

/**
 * The command that adds `partnership` (see {@link AddPartnership}).
 *
 * @example
 * ```ts
 * addPartnership({
 *   id: 'r-1',
 *   a: 'p-jan',
 *   b: 'p-fatima',
 *   type: 'marriage',
 *   events: [{ kind: 'married', date: '1990' }],
 * });
 * ```
 */
export const addPartnership = (partnership: Partnership): AddPartnership => ({
  type: 'partnership.add',
  partnership,
});
/** The command that changes the type or consanguinity of partnership `id`. */
export const updatePartnership = (id: Id, changes: UpdatePartnership['changes']): UpdatePartnership => ({
  type: 'partnership.update',
  id,
  changes,
});
/** The command that removes partnership `id` (its children keep their parent links). */
export const removePartnership = (id: Id): RemovePartnership => ({ type: 'partnership.remove', id });
/**
 * The command that inserts `event` at `index` (default: at the end) of the events of `partnership`.
 *
 * @param partnership - the partnership's id
 * @param event - the event to insert
 * @param index - its 0-based position; left out, the event is appended
 */
export const addPartnershipEvent = (
  partnership: Id,
  event: PartnershipEvent,
  index?: number,
): AddPartnershipEvent =>
  index === undefined
    ? { type: 'partnership.event.add', partnership, event }
    : { type: 'partnership.event.add', partnership, event, index };
/** The command that replaces the event at `index` of `partnership` with `event`. */
export const updatePartnershipEvent = (
  partnership: Id,
  index: number,
  event: PartnershipEvent,
): UpdatePartnershipEvent => ({ type: 'partnership.event.update', partnership, index, event });
/** The command that removes the event at `index` of `partnership`. */
export const removePartnershipEvent = (partnership: Id, index: number): RemovePartnershipEvent => ({
  type: 'partnership.event.remove',
  partnership,
  index,
});
/** The command that moves the event at `from` of `partnership` to index `to`. */
export const movePartnershipEvent = (partnership: Id, from: number, to: number): MovePartnershipEvent => ({
  type: 'partnership.event.move',
  partnership,
  from,
  to,
});

const isIndex = (i: unknown, length: number): i is number =>
  typeof i === 'number' && Number.isInteger(i) && i >= 0 && i < length;

/** Checks a new event list for the partnership `id` and returns the recipe that sets it. */
function setEvents(doc: KringDocument, id: Id, edit: (events: PartnershipEvent[]) => Step | undefined): Step {
  const i = indexById(doc.partnerships, id);
  if (i < 0) return refuse('commands.notFound', { id });
  const events = [...doc.partnerships[i]!.events];
  const refusal = edit(events);
  if (refusal) return refusal;
  const problem = checkEvents(events, nameOf(doc, id));
  if (problem) return problem;
  return (draft) => {
    draft.partnerships[i]!.events = events;
  };
}

export const partnershipHandlers: Handlers<PartnershipCommand> = {
  'partnership.add': (doc, { partnership }) => {
    const problem =
      checkNewId(doc, partnership.id) ??
      checkPerson(doc, partnership.a, true) ??
      checkPerson(doc, partnership.b, true) ??
      (partnership.a === partnership.b
        ? refuse('commands.selfLink', { name: nameOf(doc, partnership.a) })
        : undefined) ??
      checkEvents(partnership.events, `${nameOf(doc, partnership.a)} & ${nameOf(doc, partnership.b)}`);
    if (problem) return problem;
    return (draft) => {
      draft.partnerships.push(partnership);
    };
  },
  'partnership.update': (doc, { id, changes }) => {
    const i = indexById(doc.partnerships, id);
    if (i < 0) return refuse('commands.notFound', { id });
    const after = withChanges(doc.partnerships[i]!, changes);
    return (draft) => {
      draft.partnerships[i] = after;
    };
  },
  'partnership.remove': (doc, { id }) => {
    if (indexById(doc.partnerships, id) < 0) return refuse('commands.notFound', { id });
    return (draft) => removeIds(doc, draft, [id]);
  },
  'partnership.event.add': (doc, { partnership, event, index }) =>
    setEvents(doc, partnership, (events) => {
      const at = index ?? events.length;
      if (!isIndex(at, events.length + 1)) return refuse('commands.badIndex', { index: String(at) });
      events.splice(at, 0, event);
      return undefined;
    }),
  'partnership.event.update': (doc, { partnership, index, event }) =>
    setEvents(doc, partnership, (events) => {
      if (!isIndex(index, events.length)) return refuse('commands.badIndex', { index: String(index) });
      events[index] = event;
      return undefined;
    }),
  'partnership.event.remove': (doc, { partnership, index }) =>
    setEvents(doc, partnership, (events) => {
      if (!isIndex(index, events.length)) return refuse('commands.badIndex', { index: String(index) });
      events.splice(index, 1);
      return undefined;
    }),
  'partnership.event.move': (doc, { partnership, from, to }) =>
    setEvents(doc, partnership, (events) => {
      if (!isIndex(from, events.length)) return refuse('commands.badIndex', { index: String(from) });
      if (!isIndex(to, events.length)) return refuse('commands.badIndex', { index: String(to) });
      const [moved] = events.splice(from, 1);
      events.splice(to, 0, moved!);
      return undefined;
    }),
};
