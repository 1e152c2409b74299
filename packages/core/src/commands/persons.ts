/** Commands on persons: add, update, remove (with every reference repaired, see remove-ids.ts). */
import { isLiveBirth } from '../model/defaults.js';
import type { Id, Person } from '../model/types.js';
import { checkNewId, checkPersonFields, indexById, isNeededAsLiveBirth, nameOf } from './lookup.js';
import { refuse, withChanges, type Changes, type Handlers } from './refusal.js';
import { removeIds } from './remove-ids.js';

export interface AddPerson {
  type: 'person.add';
  person: Person;
}
export interface UpdatePerson {
  type: 'person.update';
  id: Id;
  changes: Changes<Omit<Person, 'id'>>;
}
export interface RemovePerson {
  type: 'person.remove';
  id: Id;
}
export type PersonCommand = AddPerson | UpdatePerson | RemovePerson;

export const addPerson = (person: Person): AddPerson => ({ type: 'person.add', person });
export const updatePerson = (id: Id, changes: UpdatePerson['changes']): UpdatePerson => ({
  type: 'person.update',
  id,
  changes,
});
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
