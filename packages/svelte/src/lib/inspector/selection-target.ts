/**
 * What the inspector shows for a selection: nothing selected (the document), one item of a known kind,
 * several items, or an id that is no longer in the document (e.g. just removed).
 */
import type {
  Emotional,
  Household,
  Id,
  KringDocument,
  MultipleBirth,
  Organisation,
  ParentChild,
  Partnership,
  Person,
  Tie,
} from '@kring/core';

export type SelectionTarget =
  | { kind: 'document' }
  | { kind: 'several'; ids: Id[] }
  | { kind: 'missing'; id: Id }
  | { kind: 'person'; item: Person }
  | { kind: 'organisation'; item: Organisation }
  | { kind: 'partnership'; item: Partnership }
  | { kind: 'parentChild'; item: ParentChild }
  | { kind: 'multipleBirth'; item: MultipleBirth }
  | { kind: 'household'; item: Household }
  | { kind: 'emotional'; item: Emotional }
  | { kind: 'tie'; item: Tie };

export type ItemTarget = Exclude<SelectionTarget, { kind: 'document' | 'several' | 'missing' }>;

/** The item with this id, with its kind; undefined when no collection holds it. */
export function findItem(doc: KringDocument, id: Id): ItemTarget | undefined {
  const find = <T extends { id: Id }>(list: readonly T[]) => list.find((x) => x.id === id);
  let item;
  if ((item = find(doc.persons))) return { kind: 'person', item };
  if ((item = find(doc.organisations))) return { kind: 'organisation', item };
  if ((item = find(doc.partnerships))) return { kind: 'partnership', item };
  if ((item = find(doc.parentChild))) return { kind: 'parentChild', item };
  if ((item = find(doc.multipleBirths))) return { kind: 'multipleBirth', item };
  if ((item = find(doc.households))) return { kind: 'household', item };
  if ((item = find(doc.emotional))) return { kind: 'emotional', item };
  if ((item = find(doc.ties))) return { kind: 'tie', item };
  return undefined;
}

export function selectionTarget(doc: KringDocument, selection: readonly Id[]): SelectionTarget {
  if (selection.length === 0) return { kind: 'document' };
  if (selection.length > 1) return { kind: 'several', ids: [...selection] };
  const id = selection[0]!;
  return findItem(doc, id) ?? { kind: 'missing', id };
}

/** The display name of a person or organisation id (the id itself when it names neither). */
export function nameOf(doc: KringDocument, id: Id): string {
  return doc.persons.find((p) => p.id === id)?.name ?? doc.organisations.find((o) => o.id === id)?.name ?? id;
}
