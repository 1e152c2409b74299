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

export interface AddTie {
  type: 'tie.add';
  tie: Tie;
}
export interface UpdateTie {
  type: 'tie.update';
  id: Id;
  changes: Changes<Omit<Tie, 'id'>>;
}
export interface RemoveTie {
  type: 'tie.remove';
  id: Id;
}
export interface AddSupportItem {
  type: 'tie.support.add';
  tie: Id;
  item: SupportItem;
}
export interface UpdateSupportItem {
  type: 'tie.support.update';
  tie: Id;
  index: number;
  item: SupportItem;
}
export interface RemoveSupportItem {
  type: 'tie.support.remove';
  tie: Id;
  index: number;
}
export type TieCommand =
  AddTie | UpdateTie | RemoveTie | AddSupportItem | UpdateSupportItem | RemoveSupportItem;

export const addTie = (tie: Tie): AddTie => ({ type: 'tie.add', tie });
export const updateTie = (id: Id, changes: UpdateTie['changes']): UpdateTie => ({
  type: 'tie.update',
  id,
  changes,
});
export const removeTie = (id: Id): RemoveTie => ({ type: 'tie.remove', id });
export const addSupportItem = (tie: Id, item: SupportItem): AddSupportItem => ({
  type: 'tie.support.add',
  tie,
  item,
});
export const updateSupportItem = (tie: Id, index: number, item: SupportItem): UpdateSupportItem => ({
  type: 'tie.support.update',
  tie,
  index,
  item,
});
export const removeSupportItem = (tie: Id, index: number): RemoveSupportItem => ({
  type: 'tie.support.remove',
  tie,
  index,
});

/** Refusal for a ring outside 1..rings (or not a whole number). */
export function checkRing(doc: KringDocument, ring: number | undefined): Message | undefined {
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
