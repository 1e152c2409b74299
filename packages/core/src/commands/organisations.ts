/** Commands on organisations (outside systems): add, update, remove (their ties and pins go with them). */
import type { Id, Organisation } from '../model/types.js';
import { checkNewId, indexById } from './lookup.js';
import { refuse, withChanges, type Changes, type Handlers } from './refusal.js';
import { removeIds } from './remove-ids.js';

export interface AddOrganisation {
  type: 'organisation.add';
  organisation: Organisation;
}
export interface UpdateOrganisation {
  type: 'organisation.update';
  id: Id;
  changes: Changes<Omit<Organisation, 'id'>>;
}
export interface RemoveOrganisation {
  type: 'organisation.remove';
  id: Id;
}
export type OrganisationCommand = AddOrganisation | UpdateOrganisation | RemoveOrganisation;

export const addOrganisation = (organisation: Organisation): AddOrganisation => ({
  type: 'organisation.add',
  organisation,
});
export const updateOrganisation = (id: Id, changes: UpdateOrganisation['changes']): UpdateOrganisation => ({
  type: 'organisation.update',
  id,
  changes,
});
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
