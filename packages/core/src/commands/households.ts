/**
 * Commands on households: add, update, remove, and membership (add/remove one member). Members are
 * live-born persons, each once. Removing the last member removes the household.
 */
import type { Id, Household } from '../model/types.js';
import { checkNewId, checkPerson, checkPersonList, indexById, nameOf } from './lookup.js';
import { refuse, withChanges, type Changes, type Handlers } from './refusal.js';
import { removeIds } from './remove-ids.js';

export interface AddHousehold {
  type: 'household.add';
  household: Household;
}
export interface UpdateHousehold {
  type: 'household.update';
  id: Id;
  changes: Changes<Omit<Household, 'id'>>;
}
export interface RemoveHousehold {
  type: 'household.remove';
  id: Id;
}
export interface AddHouseholdMember {
  type: 'household.member.add';
  household: Id;
  person: Id;
}
export interface RemoveHouseholdMember {
  type: 'household.member.remove';
  household: Id;
  person: Id;
}
export type HouseholdCommand =
  AddHousehold | UpdateHousehold | RemoveHousehold | AddHouseholdMember | RemoveHouseholdMember;

export const addHousehold = (household: Household): AddHousehold => ({ type: 'household.add', household });
export const updateHousehold = (id: Id, changes: UpdateHousehold['changes']): UpdateHousehold => ({
  type: 'household.update',
  id,
  changes,
});
export const removeHousehold = (id: Id): RemoveHousehold => ({ type: 'household.remove', id });
export const addHouseholdMember = (household: Id, person: Id): AddHouseholdMember => ({
  type: 'household.member.add',
  household,
  person,
});
export const removeHouseholdMember = (household: Id, person: Id): RemoveHouseholdMember => ({
  type: 'household.member.remove',
  household,
  person,
});

export const householdHandlers: Handlers<HouseholdCommand> = {
  'household.add': (doc, { household }) => {
    const problem = checkNewId(doc, household.id) ?? checkPersonList(doc, household.members, true);
    if (problem) return problem;
    return (draft) => {
      draft.households.push(household);
    };
  },
  'household.update': (doc, { id, changes }) => {
    const i = indexById(doc.households, id);
    if (i < 0) return refuse('commands.notFound', { id });
    const after = withChanges(doc.households[i]!, changes);
    const problem = checkPersonList(doc, after.members, true);
    if (problem) return problem;
    return (draft) => {
      draft.households[i] = after;
    };
  },
  'household.remove': (doc, { id }) => {
    if (indexById(doc.households, id) < 0) return refuse('commands.notFound', { id });
    return (draft) => removeIds(doc, draft, [id]);
  },
  'household.member.add': (doc, { household, person }) => {
    const i = indexById(doc.households, household);
    if (i < 0) return refuse('commands.notFound', { id: household });
    if (doc.households[i]!.members.includes(person))
      return refuse('commands.duplicateMember', { name: nameOf(doc, person) });
    const problem = checkPerson(doc, person, true);
    if (problem) return problem;
    return (draft) => {
      draft.households[i]!.members.push(person);
    };
  },
  'household.member.remove': (doc, { household, person }) => {
    const i = indexById(doc.households, household);
    if (i < 0) return refuse('commands.notFound', { id: household });
    const members = doc.households[i]!.members;
    const at = members.indexOf(person);
    if (at < 0) return refuse('commands.notAMember', { name: nameOf(doc, person) });
    if (members.length === 1) return (draft) => removeIds(doc, draft, [household]);
    return (draft) => {
      draft.households[i]!.members.splice(at, 1);
    };
  },
};
