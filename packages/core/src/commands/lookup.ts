/**
 * Targeted, cheap checks that commands make against the base document: linear scans over the one or two
 * arrays concerned, never a full revalidation. Documents hold hundreds of entities, and immer copies a
 * touched array anyway, so a scan costs no more than the edit itself.
 */
import { isLiveBirth } from '../model/defaults.js';
import { comparePartialDates, isPartialDate } from '../model/partial-date.js';
import { RELATION_COLLECTIONS } from '../model/relation-collections.js';
import type { Message } from '../i18n/translate.js';
import type { Id, KringDocument, Person } from '../model/types.js';
import { refuse } from './refusal.js';

export function indexById<T extends { id: Id }>(list: readonly T[], id: Id): number {
  for (let i = 0; i < list.length; i++) if (list[i]!.id === id) return i;
  return -1;
}

export function findById<T extends { id: Id }>(list: readonly T[], id: Id): T | undefined {
  const i = indexById(list, id);
  return i < 0 ? undefined : list[i];
}

/** Whether any entity, relation or plan action of the document has this id (one id space). */
export function isIdTaken(doc: KringDocument, id: Id): boolean {
  if (indexById(doc.persons, id) >= 0 || indexById(doc.organisations, id) >= 0) return true;
  for (const name of RELATION_COLLECTIONS) {
    const list: readonly { id: Id }[] = doc[name];
    if (indexById(list, id) >= 0) return true;
  }
  return doc.plan !== null && indexById(doc.plan.actions, id) >= 0;
}

/** Ids that would be unsafe as keys of plain objects (`layouts.<view>.positions`); the reader refuses them too. */
const FORBIDDEN_IDS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * How a refusal names an entity to people: the person's or organisation's name, a household's label, a
 * relationship as "A & B"; never its id. An unnamed or unknown entity reads as "?".
 */
export function nameOf(doc: KringDocument, id: Id): string {
  const partnership = findById(doc.partnerships, id);
  const name = partnership
    ? `${nameOf(doc, partnership.a)} & ${nameOf(doc, partnership.b)}`
    : (findById(doc.persons, id)?.name ??
      findById(doc.organisations, id)?.name ??
      findById(doc.households, id)?.label ??
      '');
  return name.trim() === '' ? '?' : name.trim();
}

/** Refusal for an id that names nothing, or `refusal` for one that names something of the wrong kind. */
function missingOr(
  doc: KringDocument,
  id: Id,
  key: 'commands.notAPerson' | 'commands.notAPersonOrOrganisation',
): Message {
  return isIdTaken(doc, id) ? refuse(key, { name: nameOf(doc, id) }) : refuse('commands.notFound', { id });
}

/** Refusal for a new id that is empty, forbidden or already used, else undefined. */
export function checkNewId(doc: KringDocument, id: unknown): Message | undefined {
  if (typeof id !== 'string' || id === '') return refuse('commands.emptyId');
  if (FORBIDDEN_IDS.has(id)) return refuse('commands.forbiddenId', { id });
  if (isIdTaken(doc, id)) return refuse('commands.duplicateId', { id });
  return undefined;
}

/** Refusal unless `id` names a person (and, with `liveBirth`, one who is a live birth). */
export function checkPerson(doc: KringDocument, id: Id, liveBirth: boolean): Message | undefined {
  const person = findById(doc.persons, id);
  if (!person) return missingOr(doc, id, 'commands.notAPerson');
  if (liveBirth && !isLiveBirth(person)) return refuse('commands.notLiveBirth', { name: nameOf(doc, id) });
  return undefined;
}

/** Refusal unless `id` names an organisation or a person who is a live birth (a tie end). */
export function checkTieEnd(doc: KringDocument, id: Id): Message | undefined {
  if (indexById(doc.organisations, id) >= 0) return undefined;
  const person = findById(doc.persons, id);
  if (!person) return missingOr(doc, id, 'commands.notAPersonOrOrganisation');
  if (!isLiveBirth(person)) return refuse('commands.notLiveBirth', { name: nameOf(doc, id) });
  return undefined;
}

/** Refusal for a list of person ids with a repeat or a person that is missing (or not a live birth). */
export function checkPersonList(
  doc: KringDocument,
  ids: readonly Id[],
  liveBirth: boolean,
): Message | undefined {
  const seen = new Set<Id>();
  for (const id of ids) {
    if (seen.has(id)) return refuse('commands.duplicateMember', { name: nameOf(doc, id) });
    seen.add(id);
    const problem = checkPerson(doc, id, liveBirth);
    if (problem) return problem;
  }
  return undefined;
}

/** Refusal for a list of person or organisation ids (plan owners, invitees) with a repeat or a missing id. */
export function checkPersonOrOrganisationList(doc: KringDocument, ids: readonly Id[]): Message | undefined {
  const seen = new Set<Id>();
  for (const id of ids) {
    if (seen.has(id)) return refuse('commands.duplicateMember', { name: nameOf(doc, id) });
    seen.add(id);
    if (indexById(doc.organisations, id) >= 0) continue;
    if (!findById(doc.persons, id)) return missingOr(doc, id, 'commands.notAPersonOrOrganisation');
  }
  return undefined;
}

/** Refusal for a value that is set but not a partial date. */
export function checkDate(value: unknown): Message | undefined {
  if (value === undefined) return undefined;
  return isPartialDate(value) ? undefined : refuse('commands.badDate', { value: String(value) });
}

/** Refusal for a person with a bad date or a death before their birth. */
export function checkPersonFields(person: Person): Message | undefined {
  const bad = checkDate(person.birth) ?? checkDate(person.death);
  if (bad) return bad;
  for (const c of person.conditions ?? []) {
    const badSince = checkDate(c.since);
    if (badSince) return badSince;
  }
  if (
    person.birth !== undefined &&
    person.death !== undefined &&
    comparePartialDates(person.death, person.birth) < 0
  )
    return refuse('commands.deathBeforeBirth', { death: person.death, birth: person.birth });
  if (person.death !== undefined && person.lifeStatus === 'alive') return refuse('commands.deathButAlive');
  return undefined;
}

/** Whether any relation or the plan needs `id` to be a live birth (partner, parent, member, tie end, team). */
export function isNeededAsLiveBirth(doc: KringDocument, id: Id): boolean {
  if (doc.focus === id) return true;
  for (const p of doc.partnerships) if (p.a === id || p.b === id) return true;
  for (const l of doc.parentChild) if (l.parent === id) return true;
  for (const h of doc.households) if (h.members.includes(id)) return true;
  for (const t of doc.ties) if (t.from === id || t.to === id) return true;
  return doc.plan?.actionTeam.includes(id) ?? false;
}
