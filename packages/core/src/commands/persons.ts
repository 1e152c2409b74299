/** Commands on persons: add, update, remove (with every reference repaired, see remove-ids.ts). */
import { isLiveBirth } from '../model/defaults.js';
import type { Id, Person } from '../model/types.js';
import { checkNewId, checkPersonFields, indexById, isNeededAsLiveBirth, nameOf } from './lookup.js';
import { refuse, withChanges, type Changes, type Handlers } from './refusal.js';
import { removeIds } from './remove-ids.js';

/**
 * Adds a person (a symbol in the genogram, an alter in the ecogram and the sociogram). The handler refuses
 * an id that is empty, reserved (`__proto__`, `constructor`, `prototype`) or already used anywhere in the
 * document (`commands.emptyId`, `commands.forbiddenId`, `commands.duplicateId`: entities and relations share
 * one id space), a birth, death or condition date that is not a partial date (`commands.badDate`), a death
 * before the birth (`commands.deathBeforeBirth`) and a date of death on someone marked alive
 * (`commands.deathButAlive`). Undo takes the person out again.
 */
export interface AddPerson {
  /** Discriminant of the {@link Command} union. */
  type: 'person.add';
  /** The new person, stored as given (appended to `persons`). */
  person: Person;
}
/**
 * Changes fields of a person. Refused with `commands.notFound` when `id` names no person, with the date
 * refusals of {@link AddPerson} when the result has a bad date, and with `commands.stillNeededAsLiveBirth`
 * when the change makes someone who is not a live birth (a pregnancy, miscarriage, …) of a person who is a
 * partner, parent, focus, household member, tie end or action-team member.
 */
export interface UpdatePerson {
  /** Discriminant of the {@link Command} union. */
  type: 'person.update';
  /** The person to change. */
  id: Id;
  /** The fields to set; `null` clears an optional one (see {@link Changes}). The id itself cannot change. */
  changes: Changes<Omit<Person, 'id'>>;
}
/**
 * Removes a person and, in the same undo step, everything that needs them: their partnerships, parent-child
 * links, emotional lines and ties go; they leave multiple births, households, the action team, action owners
 * and invitees; their pinned positions go from every view. Snapshots keep them (see
 * {@link EraseFromSnapshots}). Refused with `commands.notFound` for an unknown id and with
 * `commands.removeFocus` for the focus person (choose another focus first).
 */
export interface RemovePerson {
  /** Discriminant of the {@link Command} union. */
  type: 'person.remove';
  /** The person to remove. */
  id: Id;
}
/** The commands on persons. */
export type PersonCommand = AddPerson | UpdatePerson | RemovePerson;

/**
 * The command that adds `person` (see {@link AddPerson} for what is refused).
 *
 * @example
 * ```ts
 * addPerson({ id: 'p-oma', name: 'Oma Jansen', gender: 'woman', birth: '~1948' });
 * ```
 */
export const addPerson = (person: Person): AddPerson => ({ type: 'person.add', person });
/**
 * The command that changes fields of person `id`; `null` clears an optional field.
 *
 * @example
 * ```ts
 * updatePerson('p-oma', { death: '2021-03', lifeStatus: null });
 * ```
 */
export const updatePerson = (id: Id, changes: UpdatePerson['changes']): UpdatePerson => ({
  type: 'person.update',
  id,
  changes,
});
/** The command that removes person `id` with every reference to them (see {@link RemovePerson}). */
export const removePerson = (id: Id): RemovePerson => ({ type: 'person.remove', id });

export const personHandlers: Handlers<PersonCommand> = {
  'person.add': (doc, { person }) => {
    const problem = checkNewId(doc, person.id) ?? checkPersonFields(person);
    if (problem) return problem;
    return (draft) => {
      draft.persons.push(person);
    };
  },
  'person.update': (doc, { id, changes }) => {
    const i = indexById(doc.persons, id);
    if (i < 0) return refuse('commands.notFound', { id });
    const before = doc.persons[i]!;
    const after = withChanges(before, changes);
    const problem = checkPersonFields(after);
    if (problem) return problem;
    if (isLiveBirth(before) && !isLiveBirth(after) && isNeededAsLiveBirth(doc, id))
      return refuse('commands.stillNeededAsLiveBirth', { name: nameOf(doc, id) });
    return (draft) => {
      draft.persons[i] = after;
    };
  },
  'person.remove': (doc, { id }) => {
    if (indexById(doc.persons, id) < 0) return refuse('commands.notFound', { id });
    if (doc.focus === id) return refuse('commands.removeFocus', { name: nameOf(doc, id) });
    return (draft) => removeIds(doc, draft, [id]);
  },
};
