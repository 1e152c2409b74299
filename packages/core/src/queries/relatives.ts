/**
 * Direct relatives of a person: parents, children and partners, each with the link that relates them.
 * Results are in document order of the links; links to ids that are not persons are left out.
 */
import type { ParentChildKind } from '../model/enums.js';
import type { Id, KringDocument, ParentChild, Partnership, Person } from '../model/types.js';
import { documentIndex } from './document-index.js';

/** A parent or child of someone, with the kind of the link (biological, adoptive, …) and the link itself. */
export interface Kin {
  /** The parent (from {@link parentsOf}) or the child (from {@link childrenOf}). */
  person: Person;
  /** The kind of the link, the same as `link.kind`. */
  kind: ParentChildKind;
  /** The parent–child link itself. */
  link: ParentChild;
}

/** A partner of someone, with the partnership that joins them. */
export interface Partner {
  /** The other partner. */
  person: Person;
  /** The partnership that joins them (with its type and events). */
  partnership: Partnership;
}

/** The parents of `childId`, one entry per parent-child link. */
export function parentsOf(doc: KringDocument, childId: Id): Kin[] {
  const index = documentIndex(doc);
  const out: Kin[] = [];
  for (const link of index.parentLinks.get(childId) ?? []) {
    const person = index.persons.get(link.parent);
    if (person) out.push({ person, kind: link.kind, link });
  }
  return out;
}

/** The children of `parentId`, one entry per parent-child link. */
export function childrenOf(doc: KringDocument, parentId: Id): Kin[] {
  const index = documentIndex(doc);
  const out: Kin[] = [];
  for (const link of index.childLinks.get(parentId) ?? []) {
    const person = index.persons.get(link.child);
    if (person) out.push({ person, kind: link.kind, link });
  }
  return out;
}

/** The partners of `personId`, one entry per partnership (a pair may have several over time). */
export function partnersOf(doc: KringDocument, personId: Id): Partner[] {
  const index = documentIndex(doc);
  const out: Partner[] = [];
  for (const partnership of index.partnershipsByPerson.get(personId) ?? []) {
    const otherId = partnership.a === personId ? partnership.b : partnership.a;
    const person = index.persons.get(otherId);
    if (person && otherId !== personId) out.push({ person, partnership });
  }
  return out;
}
