/**
 * Siblings: persons who share a parent. Only "descent" parents count — `biological`, `adoptive` and
 * `donor` links — so children who only share a step, foster or guardian parent are not siblings here.
 * Sharing two (or more) such parents makes a `full` sibling, sharing exactly one a `half` sibling.
 */
import type { ParentChildKind } from '../model/enums.js';
import type { Id, KringDocument, Person } from '../model/types.js';
import { documentIndex } from './document-index.js';

/** The parent-child kinds through which siblings are found. */
export const SIBLING_PARENT_KINDS: ReadonlySet<ParentChildKind> = new Set([
  'biological',
  'adoptive',
  'donor',
]);

/** A sibling or half-sibling of someone (see {@link siblingsOf}). */
export interface Sibling {
  /** The sibling. */
  person: Person;
  /** `full` when the two share two or more parents, `half` when they share exactly one. */
  kind: 'full' | 'half';
  /** The ids of the parents they share, in the order of the first person's parent links. */
  sharedParents: Id[];
}

function descentParents(doc: KringDocument, childId: Id): Id[] {
  const links = documentIndex(doc).parentLinks.get(childId) ?? [];
  const ids: Id[] = [];
  for (const l of links) if (SIBLING_PARENT_KINDS.has(l.kind) && !ids.includes(l.parent)) ids.push(l.parent);
  return ids;
}

/**
 * The siblings and half-siblings of `personId`, in order of first discovery (the person's parents in link
 * order, each parent's children in link order). The person is never their own sibling.
 */
export function siblingsOf(doc: KringDocument, personId: Id): Sibling[] {
  const index = documentIndex(doc);
  const parents = descentParents(doc, personId);
  const order: Id[] = [];
  for (const parentId of parents) {
    for (const link of index.childLinks.get(parentId) ?? []) {
      if (!SIBLING_PARENT_KINDS.has(link.kind)) continue;
      if (link.child !== personId && !order.includes(link.child)) order.push(link.child);
    }
  }
  const out: Sibling[] = [];
  for (const id of order) {
    const person = index.persons.get(id);
    if (!person) continue;
    const theirs = descentParents(doc, id);
    const sharedParents = parents.filter((p) => theirs.includes(p));
    out.push({ person, kind: sharedParents.length >= 2 ? 'full' : 'half', sharedParents });
  }
  return out;
}
