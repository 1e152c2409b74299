/**
 * What the user asks for, as lists of core commands: one user gesture = one list = one undo step.
 * Pure functions of the current document (no Svelte, no DOM), so they are testable on their own.
 */
import {
  addOrganisation,
  addPartnership,
  addPerson,
  addTie,
  alterEndOf,
  isInCentre,
  linkParent,
  moveNode,
  parentsOf,
  partnersOf,
  removeHousehold,
  removeOrganisation,
  removePerson,
  unpinNode,
  updateParentLink,
  updateTie,
  type Command,
  type Id,
  type IdMaker,
  type KringDocument,
  type MessageParams,
  type Point,
  type View,
} from '@kring/core';
import type { RingSector } from '../interaction/ring-sector.js';
import type { EditorMessageKey } from '../messages.js';

export type Translate = (key: EditorMessageKey, params?: MessageParams) => string;

/** Commands to run as one gesture, and what to select afterwards. */
export interface Intent {
  commands: Command[];
  select?: Id[];
}

/** Which relative of a person `addRelative` adds: a parent, a child, a partner or a sibling. */
export type RelativeKind = 'parent' | 'child' | 'partner' | 'sibling';

/** A new person or organisation, placed at `at` (pinned) or left to the layout; in the ecogram and sociogram tied to the focus. */
export function addEntity(
  doc: KringDocument,
  newId: IdMaker,
  view: View,
  kind: 'person' | 'organisation',
  t: Translate,
  at?: Point,
  cell?: RingSector,
): Intent {
  const id = newId(kind === 'person' ? 'person' : 'org');
  const commands: Command[] = [
    kind === 'person'
      ? addPerson({ id, name: t('ui.new.person'), gender: 'unknown' })
      : addOrganisation({ id, name: t('ui.new.organisation'), category: 'other' }),
  ];
  if (view !== 'genogram') commands.push(addTie({ id: newId('tie'), from: doc.focus, to: id, ...cell }));
  if (at) commands.push(moveNode(view, id, at));
  return { commands, select: [id] };
}

/** A new relative of `personId` in one gesture: the person and the links that make them a relative. */
export function addRelative(
  doc: KringDocument,
  newId: IdMaker,
  personId: Id,
  relation: RelativeKind,
  t: Translate,
): Intent {
  const person = doc.persons.find((p) => p.id === personId);
  if (!person) return { commands: [] };
  const id = newId('person');
  const name = t(`ui.new.${relation}`, { name: person.name });
  const commands: Command[] = [addPerson({ id, name, gender: 'unknown' })];
  const link = (parent: Id, child: Id, partnership?: Id) =>
    linkParent({
      id: newId('pc'),
      parent,
      child,
      kind: 'biological',
      ...(partnership ? { partnership } : {}),
    });
  const couple = (a: Id, b: Id) => {
    const pid = newId('partnership');
    commands.push(addPartnership({ id: pid, a, b, type: 'marriage', events: [] }));
    return pid;
  };
  switch (relation) {
    case 'parent': {
      const parents = parentsOf(doc, personId);
      if (parents.length === 1) {
        // The second parent: make the two a couple, and hang the child under it.
        const existing = parents[0]!;
        const pid = couple(existing.person.id, id);
        commands.push(updateParentLink(existing.link.id, { partnership: pid }), link(id, personId, pid));
      } else commands.push(link(id, personId));
      break;
    }
    case 'child': {
      const partners = partnersOf(doc, personId);
      if (partners.length === 1) {
        const { person: other, partnership } = partners[0]!;
        commands.push(link(personId, id, partnership.id), link(other.id, id, partnership.id));
      } else commands.push(link(personId, id));
      break;
    }
    case 'partner':
      couple(personId, id);
      break;
    case 'sibling': {
      const parents = parentsOf(doc, personId);
      if (parents.length > 0) {
        for (const p of parents)
          commands.push(
            linkParent({
              id: newId('pc'),
              parent: p.person.id,
              child: id,
              kind: p.kind,
              ...(p.link.partnership ? { partnership: p.link.partnership } : {}),
            }),
          );
      } else {
        // Siblings share parents: add an unknown couple for both.
        const a = newId('person');
        const b = newId('person');
        commands.push(
          addPerson({ id: a, name: t('ui.new.parent', { name: person.name }), gender: 'unknown' }),
          addPerson({ id: b, name: t('ui.new.parent', { name: person.name }), gender: 'unknown' }),
        );
        const pid = couple(a, b);
        commands.push(link(a, personId, pid), link(b, personId, pid), link(a, id, pid), link(b, id, pid));
      }
      break;
    }
  }
  return { commands, select: [id] };
}

/** Removes the given nodes with everything that depends on them (core repairs the references). The focus stays. */
export function removeNodes(doc: KringDocument, ids: readonly Id[]): Intent {
  const commands: Command[] = [];
  for (const id of ids) {
    if (id === doc.focus) continue;
    if (doc.persons.some((p) => p.id === id)) commands.push(removePerson(id));
    else if (doc.organisations.some((o) => o.id === id)) commands.push(removeOrganisation(id));
    else if (doc.households.some((h) => h.id === id)) commands.push(removeHousehold(id));
  }
  return { commands, select: [] };
}

/** Pins each node at its new centre. */
export function moveNodes(view: View, moves: readonly { id: Id; to: Point }[]): Intent {
  return { commands: moves.map((m) => moveNode(view, m.id, { x: round(m.to.x), y: round(m.to.y) })) };
}

/** Sociogram: puts an alter in a ring and sector (on its ties with the focus, or a new tie). */
export function placeInCell(doc: KringDocument, newId: IdMaker, id: Id, cell: RingSector): Command[] {
  if (isInCentre(doc, id)) return [];
  const direct = doc.ties.filter(
    (t) => (t.from === doc.focus || t.to === doc.focus) && alterEndOf(doc, t) === id,
  );
  if (direct.length === 0)
    return [addTie({ id: newId('tie'), from: doc.focus, to: id, ring: cell.ring, sector: cell.sector })];
  return direct
    .filter((t) => t.ring !== cell.ring || t.sector !== cell.sector)
    .map((t) => updateTie(t.id, { ring: cell.ring, sector: cell.sector }));
}

/** A tie between two persons/organisations. */
export function connect(newId: IdMaker, from: Id, to: Id): Intent {
  if (from === to) return { commands: [] };
  return { commands: [addTie({ id: newId('tie'), from, to })] };
}

/** Unpins the given nodes of a view (all pinned nodes when `ids` is undefined): the layout places them again. */
export function unpin(doc: KringDocument, view: View, ids?: readonly Id[]): Intent {
  const positions = doc.layouts[view]?.positions ?? {};
  const pinned = Object.keys(positions).filter((id) => ids === undefined || ids.includes(id));
  return { commands: pinned.map((id) => unpinNode(view, id)) };
}

function round(v: number): number {
  return Math.round(v * 10) / 10;
}
