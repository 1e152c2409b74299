/**
 * Links between people already on the map, as intents (core commands + what to select afterwards): one
 * link = one undo step, with sensible defaults the inspector then refines. Each returns `null` when the
 * selection does not have the shape the link needs (two persons, a person and an organisation, …);
 * whether core accepts the commands is asked separately (`dryRun`), so menus offer exactly what works.
 * Pure functions of the document: plain-data commands with fresh, stable ids.
 */
import {
  addEmotional,
  addHousehold,
  addHouseholdMember,
  addMultipleBirth,
  addPartnership,
  addPerson,
  addTie,
  applyCommand,
  documentIndex,
  homeOf,
  isLiveBirth,
  linkParent,
  parentsOf,
  partnersOf,
  proposedRing,
  updateTie,
  type Command,
  type CommandResult,
  type Id,
  type IdMaker,
  type KringDocument,
  type Tie,
} from '@kring/core';
import type { Intent, Translate } from './intents.js';
import type { EditorMessage } from '../messages.js';

/** Applies `commands` one after another without touching any history: would they all be accepted? */
export function dryRun(doc: KringDocument, commands: readonly Command[]): CommandResult {
  let current = doc;
  let last: CommandResult = { ok: true, document: doc, patches: [], inversePatches: [] };
  for (const command of commands) {
    last = applyCommand(current, command);
    if (!last.ok) return last;
    current = last.document;
  }
  return last;
}

/** Why the intent would be refused, or undefined when it would run. */
export function refusalOf(doc: KringDocument, intent: Intent | null): EditorMessage | undefined {
  if (!intent || intent.commands.length === 0) return { key: 'ui.link.notApplicable' };
  const result = dryRun(doc, intent.commands);
  return result.ok ? undefined : result.reason;
}

const livePersons = (doc: KringDocument, ids: readonly Id[]) => {
  const persons = documentIndex(doc).persons;
  return ids.every((id) => {
    const p = persons.get(id);
    return p !== undefined && isLiveBirth(p);
  });
};

const isEntity = (doc: KringDocument, id: Id) => {
  const index = documentIndex(doc);
  return index.persons.has(id) || index.organisations.has(id);
};

/** Two persons become partners: a partnership of type `marriage` without events (the inspector sets type, then events). */
export function linkPartners(doc: KringDocument, newId: IdMaker, ids: readonly Id[]): Intent | null {
  if (ids.length !== 2 || !livePersons(doc, ids)) return null;
  const [a, b] = ids as [Id, Id];
  if (partnersOf(doc, a).some((p) => p.person.id === b)) return null;
  const id = newId('partnership');
  return { commands: [addPartnership({ id, a, b, type: 'marriage', events: [] })], select: [id] };
}

/**
 * `parent` becomes a biological parent of `child`. When the child already has one parent who is a partner
 * of `parent`, the child hangs under that couple.
 */
export function linkParentChild(doc: KringDocument, newId: IdMaker, parent: Id, child: Id): Intent | null {
  if (parent === child || !livePersons(doc, [parent]) || !documentIndex(doc).persons.has(child)) return null;
  const existing = parentsOf(doc, child);
  if (existing.some((k) => k.person.id === parent)) return null;
  const couple = existing
    .map((k) => partnersOf(doc, parent).find((p) => p.person.id === k.person.id)?.partnership.id)
    .find((p) => p !== undefined);
  const id = newId('pc');
  return {
    commands: [
      linkParent({ id, parent, child, kind: 'biological', ...(couple ? { partnership: couple } : {}) }),
    ],
    select: [id],
  };
}

/**
 * The persons become siblings: those without parents get the parents of the first one who has any (same
 * kinds, same couple); when nobody has parents, an unknown couple is added as parents of all. Null when
 * two of them already have different parents.
 */
export function linkSiblings(
  doc: KringDocument,
  newId: IdMaker,
  ids: readonly Id[],
  t: Translate,
): Intent | null {
  if (ids.length < 2 || !livePersons(doc, ids)) return null;
  const parentSets = ids.map((id) => parentsOf(doc, id));
  const withParents = parentSets.filter((p) => p.length > 0);
  const key = (kin: ReturnType<typeof parentsOf>) =>
    kin
      .map((k) => k.person.id)
      .sort()
      .join('\u0000');
  if (withParents.length === ids.length) return null; // already siblings or with other parents: nothing to do here
  if (new Set(withParents.map(key)).size > 1) return null;
  const commands: Command[] = [];
  const shared = withParents[0];
  if (shared) {
    ids.forEach((id, i) => {
      if (parentSets[i]!.length > 0) return;
      for (const k of shared)
        commands.push(
          linkParent({
            id: newId('pc'),
            parent: k.person.id,
            child: id,
            kind: k.kind,
            ...(k.link.partnership ? { partnership: k.link.partnership } : {}),
          }),
        );
    });
  } else {
    const first = documentIndex(doc).persons.get(ids[0]!)!;
    const a = newId('person');
    const b = newId('person');
    const couple = newId('partnership');
    commands.push(
      addPerson({ id: a, name: t('ui.new.parent', { name: first.name }), gender: 'unknown' }),
      addPerson({ id: b, name: t('ui.new.parent', { name: first.name }), gender: 'unknown' }),
      addPartnership({ id: couple, a, b, type: 'marriage', events: [] }),
    );
    for (const id of ids)
      for (const parent of [a, b])
        commands.push(
          linkParent({ id: newId('pc'), parent, child: id, kind: 'biological', partnership: couple }),
        );
  }
  return { commands, select: [...ids] };
}

/**
 * The persons live together: a `current` household of them. When one current household already holds
 * some of them, the others join it instead (no second current household).
 */
export function linkHousehold(doc: KringDocument, newId: IdMaker, ids: readonly Id[]): Intent | null {
  if (ids.length < 2 || !livePersons(doc, ids)) return null;
  const current = doc.households.filter(
    (h) => h.current === true && ids.some((id) => h.members.includes(id)),
  );
  if (current.length === 1) {
    const h = current[0]!;
    const missing = ids.filter((id) => !h.members.includes(id));
    if (missing.length === 0) return null;
    return { commands: missing.map((id) => addHouseholdMember(h.id, id)), select: [h.id] };
  }
  if (current.length > 1) return null;
  const id = newId('household');
  return { commands: [addHousehold({ id, members: [...ids], current: true })], select: [id] };
}

/** The persons are a multiple birth (twins, triplets) of unknown zygosity. */
export function linkMultipleBirth(doc: KringDocument, newId: IdMaker, ids: readonly Id[]): Intent | null {
  if (ids.length < 2 || !ids.every((id) => documentIndex(doc).persons.has(id))) return null;
  if (doc.multipleBirths.some((m) => ids.every((id) => m.members.includes(id)))) return null;
  const id = newId('twins');
  return { commands: [addMultipleBirth({ id, members: [...ids], zygosity: 'unknown' })], select: [id] };
}

/** An interaction line (emotional relation) between two persons: `close`, no direction. */
export function linkEmotional(doc: KringDocument, newId: IdMaker, ids: readonly Id[]): Intent | null {
  if (ids.length !== 2 || !ids.every((id) => documentIndex(doc).persons.has(id))) return null;
  const [a, b] = ids as [Id, Id];
  const id = newId('emotional');
  return { commands: [addEmotional({ id, a, b, kind: 'close', direction: 'none' })], select: [id] };
}

/** A tie between two persons or organisations (the network). */
export function linkTie(doc: KringDocument, newId: IdMaker, ids: readonly Id[]): Intent | null {
  if (ids.length !== 2 || !ids.every((id) => isEntity(doc, id))) return null;
  const [from, to] = ids as [Id, Id];
  if (from === to) return null;
  const id = newId('tie');
  return { commands: [addTie({ id, from, to })], select: [id] };
}

/** Persons at home and the close family of the focus (parents, siblings, partners, children), live births. */
function closeFamily(doc: KringDocument): Map<Id, boolean> {
  const home = homeOf(doc);
  const focus = doc.focus;
  const out = new Map<Id, boolean>();
  for (const id of home) if (id !== focus) out.set(id, true);
  const parents = parentsOf(doc, focus).map((k) => k.person.id);
  const family = [
    ...parents,
    ...partnersOf(doc, focus).map((p) => p.person.id),
    ...doc.parentChild.filter((l) => l.parent === focus).map((l) => l.child),
    ...doc.parentChild.filter((l) => parents.includes(l.parent) && l.child !== focus).map((l) => l.child),
  ];
  for (const id of family) if (!out.has(id)) out.set(id, false);
  const persons = documentIndex(doc).persons;
  for (const id of out.keys()) if (!persons.has(id) || !isLiveBirth(persons.get(id)!)) out.delete(id);
  return out;
}

/** Persons at home and the close family of the focus (parents, siblings, partners, children) who are no alter yet. */
export function closeFamilyOfFocus(doc: KringDocument, alters: ReadonlySet<Id>): { id: Id; home: boolean }[] {
  return [...closeFamily(doc)].filter(([id]) => !alters.has(id)).map(([id, home]) => ({ id, home }));
}

/**
 * Ties from the focus to everyone at home and the close family not yet in the network circle: ring 1 for
 * home, ring 2 for the others (as if strong / moderate: proposedRing), the sector left to the derivation
 * (family). Those of them already placed without a ring ("none yet" in the tray, a tie drawn by hand) get
 * their ring by the same rule (from the tie's own strength or frequency when it has them). One undo step.
 */
export function placeCloseFamily(doc: KringDocument, newId: IdMaker, alters: ReadonlySet<Id>): Intent | null {
  const family = closeFamily(doc);
  const rings = doc.options.rings;
  const ringFor = (home: boolean, tie: Pick<Tie, 'strength' | 'frequency'> = {}) =>
    proposedRing(
      tie.strength === undefined && tie.frequency === undefined ? { strength: home ? 3 : 2 } : tie,
      rings,
    )!;
  const commands: Command[] = [...family]
    .filter(([id]) => !alters.has(id))
    .map(([id, home]) =>
      addTie({ id: newId('tie'), from: doc.focus, to: id, strength: home ? 3 : 2, ring: ringFor(home) }),
    );
  for (const tie of doc.ties) {
    if (tie.ring !== undefined || (tie.from !== doc.focus && tie.to !== doc.focus)) continue;
    const home = family.get(tie.from === doc.focus ? tie.to : tie.from);
    if (home !== undefined) commands.push(updateTie(tie.id, { ring: ringFor(home, tie) }));
  }
  return commands.length === 0 ? null : { commands };
}
