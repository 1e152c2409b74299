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
  /** Number of each person id in `document.persons`, when that list is the input's (nobody left out). */
  index?: Map<Id, number>;
}

/** The root of i's set (with path halving). Module functions, not closures: see passes/ordering.ts. */
function root(parent: Int32Array, i: number): number {
  while (parent[i] !== i) {
    parent[i] = parent[parent[i]!]!;
    i = parent[i]!;
  }
  return i;
}

/** Joins the sets of persons a and b (ids of persons not in the index join nothing). */
function join(index: Map<Id, number>, parent: Int32Array, a: Id, b: Id): void {
  const i = index.get(a);
  const j = index.get(b);
  if (i === undefined || j === undefined || i === j) return;
  const ri = root(parent, i);
  const rj = root(parent, j);
  if (ri !== rj) parent[Math.max(ri, rj)] = Math.min(ri, rj);
}

export function genogramPersons(document: KringDocument): GenogramPersons {
  const n = document.persons.length;
  const index = new Map<Id, number>();
  for (let i = 0; i < n; i++) index.set(document.persons[i]!.id, i);
  // Components by union-find over person numbers (the same sets a flood over the links gives).
  const parent = new Int32Array(n);
  for (let i = 0; i < n; i++) parent[i] = i;
  // Index loops: the first layout of a process runs this in V8's interpreter (issue 16), where an array
  // iterator allocates per step.
  const { partnerships, parentChild, multipleBirths, households } = document;
  for (let i = 0; i < partnerships.length; i++) join(index, parent, partnerships[i]!.a, partnerships[i]!.b);
  for (let i = 0; i < parentChild.length; i++)
    join(index, parent, parentChild[i]!.parent, parentChild[i]!.child);
  for (const g of multipleBirths)
    for (let i = 1; i < g.members.length; i++) join(index, parent, g.members[0]!, g.members[i]!);
  for (const h of households)
    if (h.current === true)
      for (let i = 1; i < h.members.length; i++) join(index, parent, h.members[0]!, h.members[i]!);

  // Components numbered as they are first met: the focus's is 0, then in document order.
  const numberOfRoot = new Int32Array(n).fill(-1);
  const componentOf = new Int32Array(n);
  const size = new Int32Array(n + 1);
  const focusIndex = index.get(document.focus);
  let count = focusIndex === undefined ? 1 : 0;
  if (focusIndex !== undefined) numberOfRoot[root(parent, focusIndex)] = count++;
  for (let i = 0; i < n; i++) {
    const r = root(parent, i);
    if (numberOfRoot[r] === -1) numberOfRoot[r] = count++;
    const c = numberOfRoot[r]!;
    componentOf[i] = c;
    size[c]!++;
  }
  const component = {
    get: (id: Id): number | undefined => {
      const i = index.get(id);
      return i === undefined ? undefined : componentOf[i];
    },
    has: (id: Id): boolean => index.has(id),
  };

  const network = new Set<number>();
  for (let i = 0; i < document.ties.length; i++) {
    const from = component.get(document.ties[i]!.from);
    const to = component.get(document.ties[i]!.to);
    if (from !== undefined && from !== 0) network.add(from);
    if (to !== undefined && to !== 0) network.add(to);
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
  // Usually everyone is the focus's kin: then the input's list is kept as it is.
  let allKin = others.size === 0;
  for (let i = 0; i < n && allKin; i++) allKin = componentOf[i] === 0;
  if (allKin) return { document, loose, others, index };
  const persons = document.persons.filter((p, i) => {
    if (others.has(p.id)) return true;
    const c = componentOf[i]!;
    if (c === 0) return true;
    if (network.has(c)) return false;
    loose.add(p.id);
    return true;
  });
  if (persons.length === document.persons.length && others.size === 0)
    return { document, loose, others, index };
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
