/**
 * Commands on the plan (toekomstplan): goal, meeting date, action team and actions. Commands that add
 * something create an empty plan when there is none; `plan.remove` drops the whole plan.
 */
import type { Draft } from 'immer';
import type { Message } from '../i18n/translate.js';
import type { Id, KringDocument, Plan, PlanAction } from '../model/types.js';
import {
  checkDate,
  checkNewId,
  checkPerson,
  checkPersonList,
  checkPersonOrOrganisationList,
  indexById,
  nameOf,
} from './lookup.js';
import { refuse, withChanges, type Changes, type Handlers } from './refusal.js';
import { removeIds } from './remove-ids.js';

export interface SetGoal {
  type: 'plan.goal.set';
  goal: string;
}
export interface ClearGoal {
  type: 'plan.goal.clear';
}
/** Sets the meeting date (a partial date), or clears it with `null`. */
export interface SetMeetingDate {
  type: 'plan.meetingDate.set';
  date: string | null;
}
export interface AddTeamMember {
  type: 'plan.team.add';
  person: Id;
}
export interface RemoveTeamMember {
  type: 'plan.team.remove';
  person: Id;
}
export interface AddAction {
  type: 'plan.action.add';
  action: PlanAction;
}
export interface UpdateAction {
  type: 'plan.action.update';
  id: Id;
  changes: Changes<Omit<PlanAction, 'id'>>;
}
export interface RemoveAction {
  type: 'plan.action.remove';
  id: Id;
}
export interface RemovePlan {
  type: 'plan.remove';
}
export type PlanCommand =
  | SetGoal
  | ClearGoal
  | SetMeetingDate
  | AddTeamMember
  | RemoveTeamMember
  | AddAction
  | UpdateAction
  | RemoveAction
  | RemovePlan;

export const setGoal = (goal: string): SetGoal => ({ type: 'plan.goal.set', goal });
export const clearGoal = (): ClearGoal => ({ type: 'plan.goal.clear' });
export const setMeetingDate = (date: string | null): SetMeetingDate => ({
  type: 'plan.meetingDate.set',
  date,
});
export const addTeamMember = (person: Id): AddTeamMember => ({ type: 'plan.team.add', person });
export const removeTeamMember = (person: Id): RemoveTeamMember => ({ type: 'plan.team.remove', person });
export const addAction = (action: PlanAction): AddAction => ({ type: 'plan.action.add', action });
export const updateAction = (id: Id, changes: UpdateAction['changes']): UpdateAction => ({
  type: 'plan.action.update',
  id,
  changes,
});
export const removeAction = (id: Id): RemoveAction => ({ type: 'plan.action.remove', id });
export const removePlan = (): RemovePlan => ({ type: 'plan.remove' });

/** The draft's plan, created empty when there is none. */
function planOf(draft: Draft<KringDocument>): Draft<Plan> {
  if (draft.plan === null) draft.plan = { goal: '', actionTeam: [], invitees: [], actions: [] };
  return draft.plan;
}

function checkAction(doc: KringDocument, action: PlanAction): Message | undefined {
  return checkPersonOrOrganisationList(doc, action.owners) ?? checkDate(action.due);
}

export const planHandlers: Handlers<PlanCommand> = {
  'plan.goal.set':
    (_doc, { goal }) =>
    (draft) => {
      planOf(draft).goal = goal;
    },
  'plan.goal.clear': (doc) => {
    if (doc.plan === null) return refuse('commands.noPlan');
    return (draft) => {
      planOf(draft).goal = '';
    };
  },
  'plan.meetingDate.set': (doc, { date }) => {
    if (date === null) {
      if (doc.plan === null) return refuse('commands.noPlan');
      return (draft) => {
        delete planOf(draft).meetingDate;
      };
    }
    const problem = checkDate(date);
    if (problem) return problem;
    return (draft) => {
      planOf(draft).meetingDate = date;
    };
  },
  'plan.team.add': (doc, { person }) => {
    if (doc.plan?.actionTeam.includes(person))
      return refuse('commands.duplicateMember', { name: nameOf(doc, person) });
    const problem = checkPerson(doc, person, true);
    if (problem) return problem;
    return (draft) => {
      planOf(draft).actionTeam.push(person);
    };
  },
  'plan.team.remove': (doc, { person }) => {
    if (doc.plan === null) return refuse('commands.noPlan');
    const at = doc.plan.actionTeam.indexOf(person);
    if (at < 0) return refuse('commands.notAMember', { name: nameOf(doc, person) });
    return (draft) => {
      planOf(draft).actionTeam.splice(at, 1);
    };
  },
  'plan.action.add': (doc, { action }) => {
    const problem = checkNewId(doc, action.id) ?? checkAction(doc, action);
    if (problem) return problem;
    return (draft) => {
      planOf(draft).actions.push(action);
    };
  },
  'plan.action.update': (doc, { id, changes }) => {
    const i = doc.plan ? indexById(doc.plan.actions, id) : -1;
    if (i < 0) return refuse('commands.notFound', { id });
    const after = withChanges(doc.plan!.actions[i]!, changes);
    const problem = checkAction(doc, after);
    if (problem) return problem;
    return (draft) => {
      planOf(draft).actions[i] = after;
    };
  },
  'plan.action.remove': (doc, { id }) => {
    if (!doc.plan || indexById(doc.plan.actions, id) < 0) return refuse('commands.notFound', { id });
    return (draft) => removeIds(doc, draft, [id]);
  },
  'plan.remove': (doc) => {
    if (doc.plan === null) return refuse('commands.noPlan');
    return (draft) => {
      draft.plan = null;
    };
  },
};
