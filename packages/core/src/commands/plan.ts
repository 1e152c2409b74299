/**
 * Commands on the plan (toekomstplan): goal, central question, meeting and evaluation dates, agreements,
 * invitees of the netwerkberaad with their status, action team and actions. Commands that add or set
 * something create an empty plan when there is none; clearing (`null`) needs a plan; `plan.remove` drops
 * the whole plan.
 */
import type { Draft } from 'immer';
import type { Message } from '../i18n/translate.js';
import type { InviteeStatus } from '../model/enums.js';
import type { Id, Invitee, KringDocument, Plan, PlanAction } from '../model/types.js';
import {
  checkDate,
  checkNewId,
  checkPerson,
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
/** Sets the central question of the netwerkberaad, or clears it with `null`. */
export interface SetQuestion {
  type: 'plan.question.set';
  question: string | null;
}
/** Sets when the plan is looked at again (a partial date), or clears it with `null`. */
export interface SetEvaluationDate {
  type: 'plan.evaluationDate.set';
  date: string | null;
}
/** Sets the agreements made at the meeting (free text), or clears them with `null`. */
export interface SetAgreements {
  type: 'plan.agreements.set';
  agreements: string | null;
}
/** Invites a person or organisation to the netwerkberaad (each at most once). */
export interface AddInvitee {
  type: 'plan.invitee.add';
  invitee: Invitee;
}
export interface RemoveInvitee {
  type: 'plan.invitee.remove';
  id: Id;
}
/** Whether an invitee comes: invited, confirmed, declined or attended. */
export interface SetInviteeStatus {
  type: 'plan.invitee.status.set';
  id: Id;
  status: InviteeStatus;
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
  | SetQuestion
  | SetEvaluationDate
  | SetAgreements
  | AddInvitee
  | RemoveInvitee
  | SetInviteeStatus
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
export const setQuestion = (question: string | null): SetQuestion => ({
  type: 'plan.question.set',
  question,
});
export const setEvaluationDate = (date: string | null): SetEvaluationDate => ({
  type: 'plan.evaluationDate.set',
  date,
});
export const setAgreements = (agreements: string | null): SetAgreements => ({
  type: 'plan.agreements.set',
  agreements,
});
export const addInvitee = (id: Id, status: InviteeStatus = 'invited'): AddInvitee => ({
  type: 'plan.invitee.add',
  invitee: { id, status },
});
export const removeInvitee = (id: Id): RemoveInvitee => ({ type: 'plan.invitee.remove', id });
export const setInviteeStatus = (id: Id, status: InviteeStatus): SetInviteeStatus => ({
  type: 'plan.invitee.status.set',
  id,
  status,
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
  'plan.question.set': (doc, { question }) => {
    if (question === null) {
      if (doc.plan === null) return refuse('commands.noPlan');
      return (draft) => {
        delete planOf(draft).question;
      };
    }
    return (draft) => {
      planOf(draft).question = question;
    };
  },
  'plan.evaluationDate.set': (doc, { date }) => {
    if (date === null) {
      if (doc.plan === null) return refuse('commands.noPlan');
      return (draft) => {
        delete planOf(draft).evaluationDate;
      };
    }
    const problem = checkDate(date);
    if (problem) return problem;
    return (draft) => {
      planOf(draft).evaluationDate = date;
    };
  },
  'plan.agreements.set': (doc, { agreements }) => {
    if (agreements === null) {
      if (doc.plan === null) return refuse('commands.noPlan');
      return (draft) => {
        delete planOf(draft).agreements;
      };
    }
    return (draft) => {
      planOf(draft).agreements = agreements;
    };
  },
  'plan.invitee.add': (doc, { invitee }) => {
    if (doc.plan && indexById(doc.plan.invitees, invitee.id) >= 0)
      return refuse('commands.duplicateMember', { name: nameOf(doc, invitee.id) });
    const problem = checkPersonOrOrganisationList(doc, [invitee.id]);
    if (problem) return problem;
    return (draft) => {
      planOf(draft).invitees.push(invitee);
    };
  },
  'plan.invitee.remove': (doc, { id }) => {
    if (doc.plan === null) return refuse('commands.noPlan');
    const at = indexById(doc.plan.invitees, id);
    if (at < 0) return refuse('commands.notAMember', { name: nameOf(doc, id) });
    return (draft) => {
      planOf(draft).invitees.splice(at, 1);
    };
  },
  'plan.invitee.status.set': (doc, { id, status }) => {
    if (doc.plan === null) return refuse('commands.noPlan');
    const at = indexById(doc.plan.invitees, id);
    if (at < 0) return refuse('commands.notAMember', { name: nameOf(doc, id) });
    return (draft) => {
      planOf(draft).invitees[at]!.status = status;
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
