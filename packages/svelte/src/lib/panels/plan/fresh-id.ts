/** A new id `<prefix>-<n>` that no entity, relation or plan action of the document uses yet. */
import { COLLECTIONS, type Id, type KringDocument } from '@kring/core';

export function freshId(doc: KringDocument, prefix: string): Id {
  const taken = new Set<Id>();
  for (const name of COLLECTIONS) for (const item of doc[name]) taken.add(item.id);
  for (const action of doc.plan?.actions ?? []) taken.add(action.id);
  let n = (doc.plan?.actions.length ?? 0) + 1;
  while (taken.has(`${prefix}-${n}`)) n++;
  return `${prefix}-${n}`;
}
