/** Which item a panel story selects, by kind: the first of its collection in the story's document. */
import { COLLECTIONS, type KringDocument } from '@kring/core';

export const SELECTION_KINDS = ['nothing', ...COLLECTIONS, 'several'] as const;
export type SelectionKind = (typeof SELECTION_KINDS)[number];

export function selectionOf(document: KringDocument, kind: SelectionKind): string[] {
  if (kind === 'nothing') return [];
  if (kind === 'several') return document.persons.slice(0, 3).map((p) => p.id);
  const first = document[kind][0];
  if (!first) throw new Error(`The story document has no ${kind}`);
  return [first.id];
}
