/**
 * Who the genogram draws. A genogram shows the family, so it draws:
 * - the focus's kin: everyone joined to the focus through parent-child links (any kind), partnerships,
 *   multiple births and current households, transitively (so a household member who is not kin is drawn,
 *   and so is their own family);
 * - persons not yet joined to that family and known to no tie: the ones just added in the editor (or a
 *   family fragment being built), drawn apart at the right as "not yet connected" so they can be linked.
 * Persons known through ties (neighbours, friends, professionals: the network) are left out, with their
 * own partners and children; the ecogram and sociogram show them.
 */
import type { Id, KringDocument } from '@kring/core';

export interface GenogramPersons {
  /** The document with only the persons the genogram draws (other collections as they are). */
  document: KringDocument;
  /** Drawn persons not joined to the focus's family. */
  loose: Set<Id>;
}

export function genogramPersons(document: KringDocument): GenogramPersons {
  const ids = new Set(document.persons.map((p) => p.id));
  const next = new Map<Id, Id[]>();
  const link = (a: Id, b: Id) => {
    if (!ids.has(a) || !ids.has(b) || a === b) return;
    const la = next.get(a);
    if (la) la.push(b);
    else next.set(a, [b]);
    const lb = next.get(b);
    if (lb) lb.push(a);
    else next.set(b, [a]);
  };
  for (const p of document.partnerships) link(p.a, p.b);
  for (const l of document.parentChild) link(l.parent, l.child);
  for (const g of document.multipleBirths) for (const m of g.members.slice(1)) link(g.members[0]!, m);
  for (const h of document.households)
    if (h.current === true) for (const m of h.members.slice(1)) link(h.members[0]!, m);

  const component = new Map<Id, number>();
  const flood = (start: Id, c: number) => {
    const stack = [start];
    component.set(start, c);
    while (stack.length) {
      for (const q of next.get(stack.pop()!) ?? [])
        if (!component.has(q)) {
          component.set(q, c);
          stack.push(q);
        }
    }
  };
  if (ids.has(document.focus)) flood(document.focus, 0);
  let count = 1;
  for (const p of document.persons) if (!component.has(p.id)) flood(p.id, count++);

  const network = new Set<number>();
  for (const t of document.ties)
    for (const id of [t.from, t.to]) {
      const c = component.get(id);
      if (c !== undefined && c !== 0) network.add(c);
    }
  const loose = new Set<Id>();
  const persons = document.persons.filter((p) => {
    const c = component.get(p.id)!;
    if (c === 0) return true;
    if (network.has(c)) return false;
    loose.add(p.id);
    return true;
  });
  return {
    document: persons.length === document.persons.length ? document : { ...document, persons },
    loose,
  };
}
