/**
 * How to reach a person (format version 2, `person.contact`): phone, email and a note, free text. Sensitive:
 * the exports leave it out unless the user asks, pseudonymised output always. One command sets the whole
 * contact: blank fields are left out, and a contact with nothing left (or `null`) is removed.
 */
import type { Id, PersonContact } from '../model/types.js';
import { checkPerson, indexById, nameOf } from './lookup.js';
import { refuse, type Handlers } from './refusal.js';

/**
 * Sets or clears how to reach a person (`person.contact`: phone, email, note). The whole contact is
 * replaced: blank fields are left out, and a contact with nothing left, or `null`, removes it. Refused with
 * `commands.notFound` / `commands.notAPerson` when `person` names no person, and with `commands.noContact`
 * when clearing a contact the person does not have (an edit that would change nothing).
 */
export interface SetContact {
  /** Discriminant of the {@link Command} union. */
  type: 'person.contact.set';
  /** The person whose contact details these are. */
  person: Id;
  /** The new contact details, or `null` to remove them. */
  contact: PersonContact | null;
}
/** The commands on a person's contact details (one: {@link SetContact}). */
export type ContactCommand = SetContact;

/** The command that replaces `person`'s contact details with `contact` (`null` removes them). */
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
