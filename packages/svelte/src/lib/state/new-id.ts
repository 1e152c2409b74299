/** Fresh ids for entities the editor creates: `<prefix>-<n>` with the smallest n not yet in the document. */
import { COLLECTIONS, type Id, type KringDocument } from '@kring/core';

export function idsOf(doc: KringDocument): Set<Id> {
  const ids = new Set<Id>();
  for (const name of COLLECTIONS) for (const item of doc[name]) ids.add(item.id);
  for (const action of doc.plan?.actions ?? []) ids.add(action.id);
  return ids;
}

/** An id generator over `doc` that never returns the same id twice (also across calls). */
export function idMaker(doc: KringDocument): (prefix: string) => Id {
  const taken = idsOf(doc);
  return (prefix) => {
    let n = 1;
    while (taken.has(`${prefix}-${n}`)) n++;
    const id = `${prefix}-${n}`;
    taken.add(id);
    return id;
  };
}
