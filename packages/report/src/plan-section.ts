/**
 * What the report's plan and task cards say, as plain data: a minimal plan document (goal, question, dates,
 * invitees, action team, actions by owner, agreements) and one task card per owner ("Wat ik doe": that
 * owner's actions with their dates, who else is on them, whom to call). Built from a document whose names are
 * already as they should be shown (initials when pseudonymised, see report.ts), so nothing here decides privacy
 * except what `pseudonymised` leaves out: dates, agreements and contacts.
 */
import {
  t,
  type ActionStatus,
  type Id,
  type InviteeStatus,
  type KringDocument,
  type Locale,
} from '@kring/core';
import { displayName } from '@kring/scene';

export interface ActionLine {
  text: string;
  status: string;
  due?: string;
  /** The other owners of the action. */
  others: string[];
}

export interface OwnerActions {
  owner: string;
  actions: ActionLine[];
}

export interface PlanSection {
  goal: string;
  question?: string;
  meetingDate?: string;
  evaluationDate?: string;
  invitees: { name: string; status: string }[];
  actionTeam: string[];
  /** Actions by owner, owners in the order they first appear; an action with two owners is listed under both. */
  byOwner: OwnerActions[];
  /** Actions nobody owns yet. */
  unowned: ActionLine[];
  agreements?: string;
}

export interface Contact {
  name: string;
  phone?: string;
  email?: string;
}

export interface TaskCard {
  owner: string;
  actions: ActionLine[];
  /** Whom to call: the action team (without the owner), with phone and e-mail unless pseudonymised. */
  call: Contact[];
}

function namer(doc: KringDocument): (id: Id) => string {
  const names = new Map<Id, string>();
  for (const p of doc.persons) names.set(p.id, displayName(p.name));
  for (const o of doc.organisations) names.set(o.id, displayName(o.name));
  return (id) => names.get(id) ?? id;
}

const present = (value: string | undefined): value is string => value !== undefined && value.trim() !== '';

/** The plan as the report shows it; undefined when the document has no plan. */
export function planSection(
  doc: KringDocument,
  locale: Locale,
  pseudonymised: boolean,
): PlanSection | undefined {
  const plan = doc.plan;
  if (!plan) return undefined;
  const name = namer(doc);
  const line = (action: (typeof plan.actions)[number], owner?: Id): ActionLine => ({
    text: action.text,
    status: t(locale, `actionStatus.${action.status satisfies ActionStatus}`),
    ...(!pseudonymised && present(action.due) ? { due: action.due } : {}),
    others: action.owners.filter((id) => id !== owner).map(name),
  });
  const byOwner = new Map<Id, ActionLine[]>();
  const unowned: ActionLine[] = [];
  for (const action of plan.actions) {
    if (action.owners.length === 0) unowned.push(line(action));
    for (const owner of new Set(action.owners)) {
      let list = byOwner.get(owner);
      if (!list) byOwner.set(owner, (list = []));
      list.push(line(action, owner));
    }
  }
  return {
    goal: plan.goal,
    ...(present(plan.question) ? { question: plan.question } : {}),
    ...(!pseudonymised && present(plan.meetingDate) ? { meetingDate: plan.meetingDate } : {}),
    ...(!pseudonymised && present(plan.evaluationDate) ? { evaluationDate: plan.evaluationDate } : {}),
    invitees: (plan.invitees ?? []).map((i) => ({
      name: name(i.id),
      status: t(locale, `inviteeStatus.${i.status satisfies InviteeStatus}`),
    })),
    actionTeam: plan.actionTeam.map(name),
    byOwner: [...byOwner].map(([owner, actions]) => ({ owner: name(owner), actions })),
    unowned,
    ...(!pseudonymised && present(plan.agreements) ? { agreements: plan.agreements } : {}),
  };
}

/** One task card per owner of an action, in the order owners first appear in the plan. */
export function taskCards(doc: KringDocument, locale: Locale, pseudonymised: boolean): TaskCard[] {
  const section = planSection(doc, locale, pseudonymised);
  if (!section || !doc.plan) return [];
  const name = namer(doc);
  const persons = new Map(doc.persons.map((p) => [p.id, p]));
  const owners = [...new Set(doc.plan.actions.flatMap((a) => a.owners))];
  return owners.map((ownerId, i) => {
    const call: Contact[] = doc
      .plan!.actionTeam.filter((id) => id !== ownerId)
      .map((id) => {
        const contact = pseudonymised ? undefined : persons.get(id)?.contact;
        return {
          name: name(id),
          ...(present(contact?.phone) ? { phone: contact.phone } : {}),
          ...(present(contact?.email) ? { email: contact.email } : {}),
        };
      });
    return { owner: section.byOwner[i]!.owner, actions: section.byOwner[i]!.actions, call };
  });
}
