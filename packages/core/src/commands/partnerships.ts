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

export interface AddPartnership {
  type: 'partnership.add';
  partnership: Partnership;
}
export interface UpdatePartnership {
  type: 'partnership.update';
  id: Id;
  changes: Changes<Omit<Partnership, 'id' | 'a' | 'b' | 'events'>>;
}
export interface RemovePartnership {
  type: 'partnership.remove';
  id: Id;
}
/** Inserts `event` at `index` (default: at the end). */
export interface AddPartnershipEvent {
  type: 'partnership.event.add';
  partnership: Id;
  event: PartnershipEvent;
  index?: number;
}
export interface UpdatePartnershipEvent {
  type: 'partnership.event.update';
  partnership: Id;
  index: number;
  event: PartnershipEvent;
}
export interface RemovePartnershipEvent {
  type: 'partnership.event.remove';
  partnership: Id;
  index: number;
}
/** Moves the event at `from` so that it ends up at index `to`. */
export interface MovePartnershipEvent {
  type: 'partnership.event.move';
  partnership: Id;
  from: number;
  to: number;
}
export type PartnershipCommand =
  | AddPartnership
  | UpdatePartnership
  | RemovePartnership
  | AddPartnershipEvent
  | UpdatePartnershipEvent
  | RemovePartnershipEvent
  | MovePartnershipEvent;

export const addPartnership = (partnership: Partnership): AddPartnership => ({
  type: 'partnership.add',
  partnership,
});
export const updatePartnership = (id: Id, changes: UpdatePartnership['changes']): UpdatePartnership => ({
  type: 'partnership.update',
  id,
  changes,
});
export const removePartnership = (id: Id): RemovePartnership => ({ type: 'partnership.remove', id });
export const addPartnershipEvent = (
  partnership: Id,
  event: PartnershipEvent,
  index?: number,
): AddPartnershipEvent =>
  index === undefined
    ? { type: 'partnership.event.add', partnership, event }
    : { type: 'partnership.event.add', partnership, event, index };
export const updatePartnershipEvent = (
  partnership: Id,
  index: number,
  event: PartnershipEvent,
): UpdatePartnershipEvent => ({ type: 'partnership.event.update', partnership, index, event });
export const removePartnershipEvent = (partnership: Id, index: number): RemovePartnershipEvent => ({
  type: 'partnership.event.remove',
  partnership,
  index,
});
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
