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

/**
 * Sets the goal of the plan (*toekomstplan*): what the network works towards, free text. Creates an empty
 * plan when there is none. Never refused.
 */
export interface SetGoal {
  /** Discriminant of the {@link Command} union. */
  type: 'plan.goal.set';
  /** The goal, free text. */
  goal: string;
}
/** Empties the goal of the plan (the plan stays). Refused with `commands.noPlan` when there is no plan. */
export interface ClearGoal {
  /** Discriminant of the {@link Command} union. */
  type: 'plan.goal.clear';
}
/**
 * Sets the date of the *netwerkberaad* (a partial date), or clears it with `null`. Refused with
 * `commands.badDate` for a value that is not a partial date and, when clearing, `commands.noPlan`.
 */
export interface SetMeetingDate {
  /** Discriminant of the {@link Command} union. */
  type: 'plan.meetingDate.set';
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, optionally after `~`; or `null` to remove it. */
  date: string | null;
}
/**
 * Sets the central question or worry the *netwerkberaad* works on, or clears it with `null` (refused with
 * `commands.noPlan` without a plan).
 */
export interface SetQuestion {
  /** Discriminant of the {@link Command} union. */
  type: 'plan.question.set';
  /** The question, free text; or `null` to remove it. */
  question: string | null;
}
/**
 * Sets when the plan is looked at again (a partial date), or clears it with `null`. Refused as
 * {@link SetMeetingDate} is.
 */
export interface SetEvaluationDate {
  /** Discriminant of the {@link Command} union. */
  type: 'plan.evaluationDate.set';
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, optionally after `~`; or `null` to remove it. */
  date: string | null;
}
/**
 * Sets the agreements made at the meeting (free text), or clears them with `null` (refused with
 * `commands.noPlan` without a plan).
 */
export interface SetAgreements {
  /** Discriminant of the {@link Command} union. */
  type: 'plan.agreements.set';
  /** The agreements, free text; or `null` to remove them. */
  agreements: string | null;
}
/**
 * Invites a person or organisation to the *netwerkberaad* (each at most once). Creates an empty plan when
 * there is none. Refused with `commands.duplicateMember` when already invited, and with `commands.notFound` /
 * `commands.notAPersonOrOrganisation` when the id names no person or organisation.
 */
export interface AddInvitee {
  /** Discriminant of the {@link Command} union. */
  type: 'plan.invitee.add';
  /** Who is invited and whether they come. */
  invitee: Invitee;
}
/**
 * Takes someone off the invitation list. Refused with `commands.noPlan` without a plan and
 * `commands.notAMember` when not invited.
 */
export interface RemoveInvitee {
  /** Discriminant of the {@link Command} union. */
  type: 'plan.invitee.remove';
  /** The invited person or organisation. */
  id: Id;
}
/**
 * Whether an invitee comes: invited, confirmed, declined or attended. Refused with `commands.noPlan` without
 * a plan and `commands.notAMember` when `id` is not invited.
 */
export interface SetInviteeStatus {
  /** Discriminant of the {@link Command} union. */
  type: 'plan.invitee.status.set';
  /** The invited person or organisation. */
  id: Id;
  /** The new status. */
  status: InviteeStatus;
}
/**
 * Adds a person to the action team: the people of the network who carry the plan (the soft rules warn about a
 * team of fewer than three, or of professionals only). Creates an empty plan when there is none. Refused with
 * `commands.duplicateMember` for a member already in the team and the refusals of a person who is missing or
 * not a live birth.
 */
export interface AddTeamMember {
  /** Discriminant of the {@link Command} union. */
  type: 'plan.team.add';
  /** The live-born person who joins the team. */
  person: Id;
}
/**
 * Takes a person out of the action team. Refused with `commands.noPlan` without a plan and
 * `commands.notAMember` when not in the team.
 */
export interface RemoveTeamMember {
  /** Discriminant of the {@link Command} union. */
  type: 'plan.team.remove';
  /** The team member who leaves. */
  person: Id;
}
/**
 * Adds an action to the plan: who does what (and with which kind of support) by when. Creates an empty plan
 * when there is none. Refused when the id is empty, reserved or taken (actions share the document's id
 * space), when an owner is repeated or names no person or organisation, and for a `due` date that is not a
 * partial date.
 */
export interface AddAction {
  /** Discriminant of the {@link Command} union. */
  type: 'plan.action.add';
  /** The new action, stored as given (appended to `plan.actions`). */
  action: PlanAction;
}
/**
 * Changes an action (text, owners, support, due date, status); the result is checked as {@link AddAction}
 * checks a new one. Refused with `commands.notFound` for an unknown action.
 */
export interface UpdateAction {
  /** Discriminant of the {@link Command} union. */
  type: 'plan.action.update';
  /** The action to change. */
  id: Id;
  /** The fields to set; `null` clears an optional one (see {@link Changes}). */
  changes: Changes<Omit<PlanAction, 'id'>>;
}
/** Removes an action from the plan. Refused with `commands.notFound` for an unknown action. */
export interface RemoveAction {
  /** Discriminant of the {@link Command} union. */
  type: 'plan.action.remove';
  /** The action to remove. */
  id: Id;
}
/**
 * Drops the whole plan (`plan` becomes `null`); undo brings it back whole. Refused with `commands.noPlan`
 * without a plan.
 */
export interface RemovePlan {
  /** Discriminant of the {@link Command} union. */
  type: 'plan.remove';
}
/** The commands on the plan (*toekomstplan*) and the *netwerkberaad*. */
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

/** The command that sets the plan's goal (creating the plan when there is none). */
export const setGoal = (goal: string): SetGoal => ({ type: 'plan.goal.set', goal });
/** The command that empties the plan's goal. */
export const clearGoal = (): ClearGoal => ({ type: 'plan.goal.clear' });
/** The command that sets the date of the *netwerkberaad* (`null` removes it). */
export const setMeetingDate = (date: string | null): SetMeetingDate => ({
  type: 'plan.meetingDate.set',
  date,
});
/** The command that sets the central question (`null` removes it). */
export const setQuestion = (question: string | null): SetQuestion => ({
  type: 'plan.question.set',
  question,
});
/** The command that sets the evaluation date (`null` removes it). */
export const setEvaluationDate = (date: string | null): SetEvaluationDate => ({
  type: 'plan.evaluationDate.set',
  date,
});
/** The command that sets the agreements of the meeting (`null` removes them). */
export const setAgreements = (agreements: string | null): SetAgreements => ({
  type: 'plan.agreements.set',
  agreements,
});
/**
 * The command that invites person or organisation `id` to the *netwerkberaad*.
 *
 * @param id - the person or organisation to invite
 * @param status - whether they come; default `invited`
 */
export const addInvitee = (id: Id, status: InviteeStatus = 'invited'): AddInvitee => ({
  type: 'plan.invitee.add',
  invitee: { id, status },
});
/** The command that takes `id` off the invitation list. */
export const removeInvitee = (id: Id): RemoveInvitee => ({ type: 'plan.invitee.remove', id });
/** The command that sets whether invitee `id` comes. */
export const setInviteeStatus = (id: Id, status: InviteeStatus): SetInviteeStatus => ({
  type: 'plan.invitee.status.set',
  id,
  status,
});
/** The command that adds `person` to the action team. */
export const addTeamMember = (person: Id): AddTeamMember => ({ type: 'plan.team.add', person });
/** The command that takes `person` out of the action team. */
export const removeTeamMember = (person: Id): RemoveTeamMember => ({ type: 'plan.team.remove', person });
/**
 * The command that adds `action` to the plan (see {@link AddAction}).
 *
 * @example
 * ```ts
 * addAction({
 *   id: 'a-1',
 *   text: 'Oma haalt Sophia op woensdag van school',
 *   owners: ['p-oma'],
 *   support: 'practical',
 *   status: 'agreed',
 * });
 * ```
 */
export const addAction = (action: PlanAction): AddAction => ({ type: 'plan.action.add', action });
/** The command that changes action `id` (text, owners, support, due date, status). */
export const updateAction = (id: Id, changes: UpdateAction['changes']): UpdateAction => ({
  type: 'plan.action.update',
  id,
  changes,
});
/** The command that removes action `id`. */
export const removeAction = (id: Id): RemoveAction => ({ type: 'plan.action.remove', id });
/** The command that drops the whole plan. */
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
