/**
 * Commands on households: add, update, remove, and membership (add/remove one member). Members are
 * live-born persons, each once. Removing the last member removes the household.
 */
import type { Id, Household } from '../model/types.js';
import { checkNewId, checkPerson, checkPersonList, indexById, nameOf } from './lookup.js';
import { refuse, withChanges, type Changes, type Handlers } from './refusal.js';
import { removeIds } from './remove-ids.js';

/**
 * Adds a household: people who live together, drawn as a closed line around them in the genogram; the
 * focus's current household is the centre of the ecogram and the sociogram. Refused when the id is empty,
 * reserved or taken, or when a member is repeated (`commands.duplicateMember`), no person
 * (`commands.notFound`, `commands.notAPerson`) or not a live birth (`commands.notLiveBirth`).
 */
export interface AddHousehold {
  /** Discriminant of the {@link Command} union. */
  type: 'household.add';
  /** The new household, stored as given (appended to `households`). */
  household: Household;
}
/**
 * Changes a household: its members, label or whether it is current. The members are checked as for
 * {@link AddHousehold}. Refused with `commands.notFound` for an unknown id.
 */
export interface UpdateHousehold {
  /** Discriminant of the {@link Command} union. */
  type: 'household.update';
  /** The household to change. */
  id: Id;
  /** The fields to set; `null` clears an optional one (see {@link Changes}). */
  changes: Changes<Omit<Household, 'id'>>;
}
/** Removes a household (its members stay in the map). Refused with `commands.notFound` for an unknown id. */
export interface RemoveHousehold {
  /** Discriminant of the {@link Command} union. */
  type: 'household.remove';
  /** The household to remove. */
  id: Id;
}
/**
 * Adds one person to a household's members (at the end). Refused with `commands.notFound` for an unknown
 * household, `commands.duplicateMember` when the person is a member already, and the refusals of a person
 * who is missing or not a live birth.
 */
export interface AddHouseholdMember {
  /** Discriminant of the {@link Command} union. */
  type: 'household.member.add';
  /** The household to join. */
  household: Id;
  /** The live-born person who joins it. */
  person: Id;
}
/**
 * Takes one person out of a household; taking out the last member removes the household, in the same undo
 * step. Refused with `commands.notFound` for an unknown household and `commands.notAMember` when the person
 * is not a member.
 */
export interface RemoveHouseholdMember {
  /** Discriminant of the {@link Command} union. */
  type: 'household.member.remove';
  /** The household to leave. */
  household: Id;
  /** The member who leaves it. */
  person: Id;
}
/** The commands on households and their members. */
export type HouseholdCommand =
  AddHousehold | UpdateHousehold | RemoveHousehold | AddHouseholdMember | RemoveHouseholdMember;

/** The command that adds `household` (see {@link AddHousehold}). */
export const addHousehold = (household: Household): AddHousehold => ({ type: 'household.add', household });
/** The command that changes household `id` (members, label, current). */
export const updateHousehold = (id: Id, changes: UpdateHousehold['changes']): UpdateHousehold => ({
  type: 'household.update',
  id,
  changes,
});
/** The command that removes household `id`; its members stay. */
export const removeHousehold = (id: Id): RemoveHousehold => ({ type: 'household.remove', id });
/** The command that adds `person` to the members of `household`. */
export const addHouseholdMember = (household: Id, person: Id): AddHouseholdMember => ({
  type: 'household.member.add',
  household,
  person,
});
/** The command that takes `person` out of `household` (the household goes with its last member). */
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
