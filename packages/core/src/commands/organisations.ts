/** Commands on organisations (outside systems): add, update, remove (their ties and pins go with them). */
import type { Id, Organisation } from '../model/types.js';
import { checkNewId, indexById } from './lookup.js';
import { refuse, withChanges, type Changes, type Handlers } from './refusal.js';
import { removeIds } from './remove-ids.js';

/**
 * Adds an organisation: an outside system around the client (school, GP, youth care, debt help, club…),
 * drawn in the ecogram and, with a tie, in the sociogram. Refused when the id is empty, reserved or already
 * used (`commands.emptyId`, `commands.forbiddenId`, `commands.duplicateId`).
 */
export interface AddOrganisation {
  /** Discriminant of the {@link Command} union. */
  type: 'organisation.add';
  /** The new organisation, stored as given (appended to `organisations`). */
  organisation: Organisation;
}
/**
 * Changes fields of an organisation (name, category, notes). Refused with `commands.notFound` for an unknown
 * id.
 */
export interface UpdateOrganisation {
  /** Discriminant of the {@link Command} union. */
  type: 'organisation.update';
  /** The organisation to change. */
  id: Id;
  /** The fields to set; `null` clears an optional one (see {@link Changes}). */
  changes: Changes<Omit<Organisation, 'id'>>;
}
/**
 * Removes an organisation and, in the same undo step, its ties, its place as action owner or invitee of the
 * plan and its pinned positions. Refused with `commands.notFound` for an unknown id.
 */
export interface RemoveOrganisation {
  /** Discriminant of the {@link Command} union. */
  type: 'organisation.remove';
  /** The organisation to remove. */
  id: Id;
}
/** The commands on organisations. */
export type OrganisationCommand = AddOrganisation | UpdateOrganisation | RemoveOrganisation;

/** The command that adds `organisation` (see {@link AddOrganisation}). */
export const addOrganisation = (organisation: Organisation): AddOrganisation => ({
  type: 'organisation.add',
  organisation,
});
/** The command that changes fields of organisation `id`; `null` clears an optional field. */
export const updateOrganisation = (id: Id, changes: UpdateOrganisation['changes']): UpdateOrganisation => ({
  type: 'organisation.update',
  id,
  changes,
});
/** The command that removes organisation `id` with its ties and pins (see {@link RemoveOrganisation}). */
export const removeOrganisation = (id: Id): RemoveOrganisation => ({ type: 'organisation.remove', id });

export const organisationHandlers: Handlers<OrganisationCommand> = {
  'organisation.add': (doc, { organisation }) => {
    const problem = checkNewId(doc, organisation.id);
    if (problem) return problem;
    return (draft) => {
      draft.organisations.push(organisation);
    };
  },
  'organisation.update': (doc, { id, changes }) => {
    const i = indexById(doc.organisations, id);
    if (i < 0) return refuse('commands.notFound', { id });
    const after = withChanges(doc.organisations[i]!, changes);
    return (draft) => {
      draft.organisations[i] = after;
    };
  },
  'organisation.remove': (doc, { id }) => {
    if (indexById(doc.organisations, id) < 0) return refuse('commands.notFound', { id });
    return (draft) => removeIds(doc, draft, [id]);
  },
};
