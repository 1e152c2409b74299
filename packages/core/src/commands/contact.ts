/**
 * How to reach a person (format version 2, `person.contact`): phone, email and a note, free text. Sensitive:
 * the exports leave it out unless the user asks, pseudonymised output always. One command sets the whole
 * contact: blank fields are left out, and a contact with nothing left (or `null`) is removed.
 */
import type { Id, PersonContact } from '../model/types.js';
import { checkPerson, indexById, nameOf } from './lookup.js';
import { refuse, type Handlers } from './refusal.js';

export interface SetContact {
  type: 'person.contact.set';
  person: Id;
  contact: PersonContact | null;
}
export type ContactCommand = SetContact;

export const setContact = (person: Id, contact: PersonContact | null): SetContact => ({
  type: 'person.contact.set',
  person,
  contact,
});

const FIELDS = ['phone', 'email', 'note'] as const;

/** The contact without blank fields, or undefined when nothing is left. */
function kept(contact: PersonContact | null): PersonContact | undefined {
  if (contact === null) return undefined;
  const out: Record<string, unknown> = { ...contact };
  for (const field of FIELDS)
    if (typeof out[field] === 'string' && out[field].trim() === '') delete out[field];
  return Object.keys(out).length === 0 ? undefined : (out as PersonContact);
}

export const contactHandlers: Handlers<ContactCommand> = {
  'person.contact.set': (doc, { person, contact }) => {
    const problem = checkPerson(doc, person, false);
    if (problem) return problem;
    const i = indexById(doc.persons, person);
    const next = kept(contact);
    const { contact: _old, ...rest } = doc.persons[i]!;
    if (next === undefined && _old === undefined)
      return refuse('commands.noContact', { name: nameOf(doc, person) });
    return (draft) => {
      draft.persons[i] = next === undefined ? rest : { ...rest, contact: next };
    };
  },
};
