/**
 * Commands on ties (ecogram/sociogram links) and their support items. A tie joins two different
 * persons/organisations (persons live-born); its ring is within 1..options.rings and its sector a key of
 * the document's sector preset.
 */
import type { Message } from '../i18n/translate.js';
import type { Id, KringDocument, SupportItem, Tie } from '../model/types.js';
import { isSectorOfPreset } from '../queries/effective-sector.js';
import { checkNewId, checkTieEnd, indexById, nameOf } from './lookup.js';
import { refuse, withChanges, type Changes, type Handlers, type Step } from './refusal.js';
import { removeIds } from './remove-ids.js';

/**
 * Adds a tie: a link in the client's network, drawn in the ecogram and the sociogram (a tie from the focus or
 * a member of the focus's current household places the other end as an alter; a tie between two alters is a
 * line between them). Refused when the id is empty, reserved or taken; when an end is neither a person nor an
 * organisation (`commands.notFound`, `commands.notAPersonOrOrganisation`) or is a person who is not a live
 * birth (`commands.notLiveBirth`); for a tie from something to itself (`commands.selfLink`); for a ring
 * outside `1..options.rings` (`commands.ringOutOfRange`); and for a sector that is not a key of the
 * document's sector preset (`commands.sectorNotInPreset`).
 */
export interface AddTie {
  /** Discriminant of the {@link Command} union. */
  type: 'tie.add';
  /** The new tie, stored as given (appended to `ties`). */
  tie: Tie;
}
/**
 * Changes a tie: its ring, sector, strength, stress, flow, frequency, how long known, how critical, notes, or
 * its ends. The result is checked as {@link AddTie} checks a new tie. Refused with `commands.notFound` for an
 * unknown id.
 */
export interface UpdateTie {
  /** Discriminant of the {@link Command} union. */
  type: 'tie.update';
  /** The tie to change. */
  id: Id;
  /** The fields to set; `null` clears an optional one, e.g. `{ ring: null }` (see {@link Changes}). */
  changes: Changes<Omit<Tie, 'id'>>;
}
/** Removes a tie (both ends stay in the map). Refused with `commands.notFound` for an unknown id. */
export interface RemoveTie {
  /** Discriminant of the {@link Command} union. */
  type: 'tie.remove';
  /** The tie to remove. */
  id: Id;
}
/**
 * Appends a support item (emotional, practical, informational, … support, received or given, actual or
 * potential) to a tie. Refused with `commands.notFound` for an unknown tie.
 */
export interface AddSupportItem {
  /** Discriminant of the {@link Command} union. */
  type: 'tie.support.add';
  /** The tie the support goes with. */
  tie: Id;
  /** The support: its type, its direction seen from the focus, and whether it is only potential. */
  item: SupportItem;
}
/**
 * Replaces the support item at `index` of a tie. Refused with `commands.notFound` for an unknown tie and
 * `commands.badIndex` for an index outside its support list.
 */
export interface UpdateSupportItem {
  /** Discriminant of the {@link Command} union. */
  type: 'tie.support.update';
  /** The tie the support goes with. */
  tie: Id;
  /** The 0-based position of the item in the tie's `support`. */
  index: number;
  /** The new item. */
  item: SupportItem;
}
/**
 * Removes the support item at `index` of a tie (the tie loses its `support` field with its last item).
 * Refused with `commands.notFound` for an unknown tie and `commands.badIndex` for an index outside its list.
 */
export interface RemoveSupportItem {
  /** Discriminant of the {@link Command} union. */
  type: 'tie.support.remove';
  /** The tie the support goes with. */
  tie: Id;
  /** The 0-based position of the item to remove. */
  index: number;
}
/** The commands on ties and their support items. */
export type TieCommand =
  AddTie | UpdateTie | RemoveTie | AddSupportItem | UpdateSupportItem | RemoveSupportItem;

/**
 * The command that adds `tie` (see {@link AddTie}).
 *
 * @example
 * ```ts
 * addTie({
 *   id: 't-1',
 *   from: 'p-sophia',
 *   to: 'o-school',
 *   ring: 2,
 *   strength: 3,
 *   support: [{ type: 'practical', direction: 'received' }],
 * });
 * ```
 */
export const addTie = (tie: Tie): AddTie => ({ type: 'tie.add', tie });
/** The command that changes tie `id` (ring, sector, strength, …). */
export const updateTie = (id: Id, changes: UpdateTie['changes']): UpdateTie => ({
  type: 'tie.update',
  id,
  changes,
});
/** The command that removes tie `id`. */
export const removeTie = (id: Id): RemoveTie => ({ type: 'tie.remove', id });
/** The command that appends the support `item` to `tie`. */
export const addSupportItem = (tie: Id, item: SupportItem): AddSupportItem => ({
  type: 'tie.support.add',
  tie,
  item,
});
/** The command that replaces the support item at `index` of `tie` with `item`. */
export const updateSupportItem = (tie: Id, index: number, item: SupportItem): UpdateSupportItem => ({
  type: 'tie.support.update',
  tie,
  index,
  item,
});
/** The command that removes the support item at `index` of `tie`. */
export const removeSupportItem = (tie: Id, index: number): RemoveSupportItem => ({
  type: 'tie.support.remove',
  tie,
  index,
});

/** Refusal for a ring outside 1..rings (or not a whole number). */
function checkRing(doc: KringDocument, ring: number | undefined): Message | undefined {
  if (ring === undefined) return undefined;
  if (!Number.isInteger(ring) || ring < 1 || ring > doc.options.rings)
    return refuse('commands.ringOutOfRange', { ring, max: doc.options.rings });
  return undefined;
}

function checkTie(doc: KringDocument, tie: Tie): Message | undefined {
  return (
    checkTieEnd(doc, tie.from) ??
    checkTieEnd(doc, tie.to) ??
    (tie.from === tie.to ? refuse('commands.selfLink', { name: nameOf(doc, tie.from) }) : undefined) ??
    checkRing(doc, tie.ring) ??
    (tie.sector !== undefined && !isSectorOfPreset(doc, tie.sector)
      ? refuse('commands.sectorNotInPreset', { sector: tie.sector, preset: doc.options.sectors })
      : undefined)
  );
}

function editSupport(doc: KringDocument, id: Id, edit: (items: SupportItem[]) => Message | undefined): Step {
  const i = indexById(doc.ties, id);
  if (i < 0) return refuse('commands.notFound', { id });
  const items = [...(doc.ties[i]!.support ?? [])];
  const problem = edit(items);
  if (problem) return problem;
  return (draft) => {
    if (items.length === 0) delete draft.ties[i]!.support;
    else draft.ties[i]!.support = items;
  };
}

const isIndex = (i: number, length: number) => Number.isInteger(i) && i >= 0 && i < length;

export const tieHandlers: Handlers<TieCommand> = {
  'tie.add': (doc, { tie }) => {
    const problem = checkNewId(doc, tie.id) ?? checkTie(doc, tie);
    if (problem) return problem;
    return (draft) => {
      draft.ties.push(tie);
    };
  },
  'tie.update': (doc, { id, changes }) => {
    const i = indexById(doc.ties, id);
    if (i < 0) return refuse('commands.notFound', { id });
    const after = withChanges(doc.ties[i]!, changes);
    const problem = checkTie(doc, after);
    if (problem) return problem;
    return (draft) => {
      draft.ties[i] = after;
    };
  },
  'tie.remove': (doc, { id }) => {
    if (indexById(doc.ties, id) < 0) return refuse('commands.notFound', { id });
    return (draft) => removeIds(doc, draft, [id]);
  },
  'tie.support.add': (doc, { tie, item }) =>
    editSupport(doc, tie, (items) => {
      items.push(item);
      return undefined;
    }),
  'tie.support.update': (doc, { tie, index, item }) =>
    editSupport(doc, tie, (items) => {
      if (!isIndex(index, items.length)) return refuse('commands.badIndex', { index: String(index) });
      items[index] = item;
      return undefined;
    }),
  'tie.support.remove': (doc, { tie, index }) =>
    editSupport(doc, tie, (items) => {
      if (!isIndex(index, items.length)) return refuse('commands.badIndex', { index: String(index) });
      items.splice(index, 1);
      return undefined;
    }),
};
