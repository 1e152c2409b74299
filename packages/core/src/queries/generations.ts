/**
 * The generation of every person reachable from the focus, relative to the focus: 0 is the focus's own
 * generation, -1 its parents', +1 its children's. Found by a breadth-first walk over parent-child links of
 * every kind (±1) and partnerships (0), starting at the focus. The walk visits neighbours in a fixed order
 * (parents, then children, then partners, each in document order) and keeps the first generation it finds,
 * so the result is deterministic even where links disagree (e.g. a partnership across generations).
 * Persons not connected to the focus are absent from the map.
 */
import type { Id, KringDocument } from '../model/types.js';
import { documentIndex, perDocument } from './document-index.js';

/**
 * The generation of every person connected to the focus, relative to the focus: 0 is the focus's own
 * generation, -1 its parents', +1 its children's, -2 its grandparents'. Parent–child links of every kind
 * count (±1), partnerships keep the generation (0). Where links disagree, the first generation found in a
 * breadth-first walk from the focus wins (parents, then children, then partners, each in document order), so
 * the result is deterministic. Persons not connected to the focus are absent. Cost: one walk over the family
 * links, cached per document object.
 */
export const generations: (doc: KringDocument) => ReadonlyMap<Id, number> = perDocument((doc) => {
  const index = documentIndex(doc);
  const result = new Map<Id, number>();
  if (!index.persons.has(doc.focus)) return result;
  result.set(doc.focus, 0);
  const queue: Id[] = [doc.focus];
  const visit = (id: Id, generation: number) => {
    if (result.has(id) || !index.persons.has(id)) return;
    result.set(id, generation);
    queue.push(id);
  };
  for (let head = 0; head < queue.length; head++) {
    const id = queue[head]!;
    const g = result.get(id)!;
    for (const l of index.parentLinks.get(id) ?? []) visit(l.parent, g - 1);
    for (const l of index.childLinks.get(id) ?? []) visit(l.child, g + 1);
    for (const p of index.partnershipsByPerson.get(id) ?? []) visit(p.a === id ? p.b : p.a, g);
  }
  return result;
});
