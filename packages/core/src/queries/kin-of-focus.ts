/**
 * The kin of the focus: everyone connected to the focus by blood, adoption or partnership, transitively
 * (so in-laws are kin: they are reached through a partnership and then blood). Blood and adoption are the
 * parent-child kinds `biological`, `adoptive` and `donor`; step, foster and guardian links alone do not make
 * kin. Every partnership type counts. The set includes the focus itself.
 */
import type { ParentChildKind } from '../model/enums.js';
import type { Id, KringDocument } from '../model/types.js';
import { documentIndex, perDocument } from './document-index.js';

/** The parent–child kinds that make kin: blood and adoption (`biological`, `adoptive`, `donor`). */
export const KIN_PARENT_KINDS: ReadonlySet<ParentChildKind> = new Set(['biological', 'adoptive', 'donor']);

/**
 * The kin of the focus, the focus included: everyone connected to the focus by blood, adoption or
 * partnership, transitively (so in-laws are kin). Blood and adoption are the parent–child kinds `biological`,
 * `adoptive` and `donor`; step, foster and guardian links alone do not make kin. Every partnership type
 * counts. Decides the derived `family` sector. Cost: one walk over the family links, cached per document
 * object.
 */
export const kinOfFocus: (doc: KringDocument) => ReadonlySet<Id> = perDocument((doc) => {
  const index = documentIndex(doc);
  const kin = new Set<Id>();
  if (!index.persons.has(doc.focus)) return kin;
  const queue: Id[] = [doc.focus];
  kin.add(doc.focus);
  const visit = (id: Id) => {
    if (kin.has(id) || !index.persons.has(id)) return;
    kin.add(id);
    queue.push(id);
  };
  for (let head = 0; head < queue.length; head++) {
    const id = queue[head]!;
    for (const l of index.parentLinks.get(id) ?? []) if (KIN_PARENT_KINDS.has(l.kind)) visit(l.parent);
    for (const l of index.childLinks.get(id) ?? []) if (KIN_PARENT_KINDS.has(l.kind)) visit(l.child);
    for (const p of index.partnershipsByPerson.get(id) ?? []) visit(p.a === id ? p.b : p.a);
  }
  return kin;
});
