/**
 * Who the genogram draws. A genogram shows the family, so it draws:
 * - the focus's kin: everyone joined to the focus through parent-child links (any kind), partnerships,
 *   multiple births and current households, transitively (so a household member who is not kin is drawn,
 *   and so is their own family);
 * - persons not yet joined to that family and known to no tie: the ones just added in the editor (or a
 *   family fragment being built), drawn apart at the right as "not yet connected" so they can be linked;
 * - significant others: a person outside the family with an emotional line to a drawn person (a family
 *   friend, a teacher), drawn in that person's row at the side of the family; the first such line in the
 *   document decides the row. A person added on their own (no other relation, no tie) with an emotional
 *   line to a family member counts as a significant other too, not as "not yet connected".
 * Persons known through ties (neighbours, friends, professionals: the network) are otherwise left out, with
 * their own partners and children (unless these are significant others themselves); the ecogram and
 * sociogram show them. A significant other is drawn alone: the family links among them are not drawn.
 */
import type { Id, KringDocument } from '@kring/core';

export interface GenogramPersons {
  /** The document with only the persons the genogram draws (other collections as they are, but the family
   * links of significant others left out). */
  document: KringDocument;
  /** Drawn persons not joined to the focus's family. */
  loose: Set<Id>;
  /** Significant others, each with the drawn person whose emotional line brought them in. */
  others: Map<Id, Id>;
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
  const size: number[] = [];
  const flood = (start: Id, c: number) => {
    const stack = [start];
    component.set(start, c);
    size[c] = 1;
    while (stack.length) {
      for (const q of next.get(stack.pop()!) ?? [])
        if (!component.has(q)) {
          component.set(q, c);
          size[c]!++;
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

  const others = new Map<Id, Id>();
  const lone = (id: Id) => {
    const c = component.get(id);
    return c !== undefined && c !== 0 && !network.has(c) && size[c] === 1;
  };
  const family = (id: Id) => {
    const c = component.get(id);
    return c !== undefined && !network.has(c) && !lone(id);
  };
  const tied = (id: Id) => {
    const c = component.get(id);
    return c !== undefined && network.has(c);
  };
  // A person added on their own, then the network, each brought in by their first emotional line.
  const bringIn = (candidate: (id: Id) => boolean, anchor: (id: Id) => boolean) => {
    for (const e of document.emotional)
      for (const [who, to] of [
        [e.a, e.b],
        [e.b, e.a],
      ] as const)
        if (who !== to && candidate(who) && !others.has(who) && anchor(to)) others.set(who, to);
  };
  bringIn(lone, family);
  bringIn(tied, (id) => component.has(id) && !tied(id) && !others.has(id));

  const loose = new Set<Id>();
  const persons = document.persons.filter((p) => {
    if (others.has(p.id)) return true;
    const c = component.get(p.id)!;
    if (c === 0) return true;
    if (network.has(c)) return false;
    loose.add(p.id);
    return true;
  });
  if (persons.length === document.persons.length && others.size === 0) return { document, loose, others };
  const alone = (id: Id) => !others.has(id);
  return {
    document: {
      ...document,
      persons,
      partnerships: others.size
        ? document.partnerships.filter((p) => alone(p.a) && alone(p.b))
        : document.partnerships,
      parentChild: others.size
        ? document.parentChild.filter((l) => alone(l.parent) && alone(l.child))
        : document.parentChild,
      multipleBirths: others.size
        ? document.multipleBirths.filter((g) => g.members.every(alone))
        : document.multipleBirths,
      households: others.size
        ? document.households
            .map((h) => (h.members.every(alone) ? h : { ...h, members: h.members.filter(alone) }))
            .filter((h) => h.members.length > 0)
        : document.households,
    },
    loose,
    others,
  };
}
