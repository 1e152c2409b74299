/**
 * What the plan document and the task cards say, as plain data, for every way of handing a plan out: the
 * demo's print view and HTML export, and the case-file PDF (`@kring/report`). Framework-free: no DOM, no
 * Svelte; strings come translated from the catalogue (`render.plan.*`, enumeration labels).
 *
 * - The **plan document**: goal, central question, meeting and evaluation dates, agreements, actions by owner
 *   (an action with two owners under both; actions nobody owns yet apart), the action team, the invitees.
 * - One **task card** per owner of an action ("Wat ik doe"): that owner's actions with due date and status,
 *   who else is on each action, the goal it serves, and whom to call (the action team and the co-owners).
 *
 * Privacy follows the format's rule for pseudonymised output (docs/format.md): names become initials, also
 * inside goal, question and action texts (the names of organisations too, which often hold a place); the
 * map's title, agreements, contacts and every date are left out.
 * Contact details appear only when asked for (`contacts: true`) and never when pseudonymised.
 */
import {
  parsePartialDate,
  type Id,
  type KringDocument,
  type Locale,
  type MessageParams,
  type PersonContact,
  type PlanAction,
} from '@kring/core';
import { displayName } from '../display-name.js';
import { nameReplacer } from '../privacy.js';
import { translatePlan, type PlanDocumentKey } from './plan-translator.js';

/** How {@link planDocument} and {@link taskCards} write the plan. */
export interface PlanDocumentOptions {
  /** Language of the headings, labels, statuses and dates. */
  locale: Locale;
  /** Initials instead of names, and no title, dates, agreements or contacts (docs/format.md). */
  pseudonymise?: boolean;
  /** Include the phone numbers, e-mail addresses and contact notes of persons (default false). */
  contacts?: boolean;
}

/** Someone named in a plan: a person or an organisation, as shown. */
export interface PlanPerson {
  /** The person's or organisation's document id. */
  id: Id;
  /** The name as shown: initials when pseudonymised; `?` for an id the document does not hold. */
  name: string;
  /** Whether it is a person or an organisation (school, care provider, team). */
  kind: 'person' | 'organisation';
}

/** How to reach someone, when the user chose to include contacts. */
export interface PlanContact extends PlanPerson {
  /** The phone number as entered. */
  phone?: string;
  /** The e-mail address as entered. */
  email?: string;
  /** The contact note as entered ("alleen 's avonds"). */
  note?: string;
}

/** One action of the plan (an *afspraak*), ready to print. */
export interface PlanActionLine {
  /** The action's document id. */
  id: Id;
  /** What is to be done, with initials for names when pseudonymised. */
  text: string;
  /** The status's label in the locale ("afgesproken"). */
  status: string;
  /** The status as data, for styling or sorting. */
  statusKey: PlanAction['status'];
  /** The due date as words ("15 maart 2026"); never when pseudonymised. */
  due?: string;
  /** The action's owners, as shown. */
  owners: string[];
  /** The other owners (beside the one whose list or card this line is on). */
  others: string[];
}

/** The actions one owner carries, in plan order. */
export interface PlanOwnerActions {
  /** Who carries them. */
  owner: PlanPerson;
  /** Their actions; `others` on each names the co-owners. */
  actions: PlanActionLine[];
}

/** A label and a value, in the order the document shows them ("Doel", "Centrale vraag", …). */
export interface PlanField {
  /** The field's label in the locale. */
  label: string;
  /** The field's value: text as shown (with initials when pseudonymised) or a date in words. */
  text: string;
}

/**
 * The plan document (*toekomstplan*) as plain data: what a printer, an HTML export or a PDF writes, in this
 * order. Built by {@link planDocument}.
 */
export interface PlanDocument {
  /** The language everything in it is written in. */
  locale: Locale;
  /** "Toekomstplan" / "Future plan". */
  heading: string;
  /** The map's title; never when pseudonymised. */
  title?: string;
  /** The future goal (the *uitzicht*), as shown; empty when not yet written. */
  goal: string;
  /** The central question of the meeting, when there is one. */
  question?: string;
  /** The date of the network meeting, in words; never when pseudonymised. */
  meetingDate?: string;
  /** The date of the evaluation, in words; never when pseudonymised. */
  evaluationDate?: string;
  /** Goal, question and dates as labelled fields, ready to print. */
  fields: PlanField[];
  /** Agreements, one entry per line of the text; never when pseudonymised. */
  agreements: string[];
  /** Actions by owner, owners in the order they first appear. */
  byOwner: PlanOwnerActions[];
  /** Actions nobody owns yet. */
  unowned: PlanActionLine[];
  /** The action team, with contacts when asked for. */
  actionTeam: PlanContact[];
  /** Who is invited to the meeting, each with the invitation's status in words and as data. */
  invitees: (PlanPerson & { status: string; statusKey: string })[];
  /** Every action in plan order, with all its owners. */
  actions: PlanActionLine[];
  /** The section headings, translated: what a printer or PDF writes above each part. */
  labels: PlanLabels;
}

/** The headings and labels of a plan document, in its locale (catalogue keys `render.plan.*`). */
export interface PlanLabels {
  /** Label of the goal ("Doel"). */
  goal: string;
  /** Label of the central question. */
  question: string;
  /** Label of the meeting date. */
  meetingDate: string;
  /** Label of the evaluation date. */
  evaluationDate: string;
  /** Heading of the agreements. */
  agreements: string;
  /** Heading of the actions by owner. */
  actionsByOwner: string;
  /** Heading of the actions nobody owns yet. */
  unowned: string;
  /** Heading of the action team. */
  actionTeam: string;
  /** Heading of the invitees. */
  invitees: string;
  /** Label of an action's due date. */
  due: string;
  /** Label of an action's status. */
  status: string;
  /** Label before an action's co-owners ("met"). */
  with: string;
  /** Said when the plan has no actions yet. */
  noActions: string;
  /** Said when the action team is empty. */
  noTeam: string;
  /** Label of a phone number. */
  phone: string;
  /** Label of an e-mail address. */
  email: string;
  /** Label of a contact note. */
  note: string;
}

/**
 * A task card ("Wat ik doe"): one owner's part of the plan on one sheet, to hand to that person. Built by
 * {@link taskCards}.
 */
export interface TaskCard {
  /** The language everything on it is written in. */
  locale: Locale;
  /** "Wat ik doe" / "What I do". */
  heading: string;
  /** Whose card it is. */
  owner: PlanPerson;
  /** The goal these actions serve (with initials when pseudonymised). */
  goal: string;
  /** The owner's actions, in plan order; `others` on each names the co-owners. */
  actions: PlanActionLine[];
  /** Everyone else on this owner's actions. */
  involved: PlanPerson[];
  /** Whom to call: the action team and the co-owners (persons with contacts when asked for). */
  call: PlanContact[];
  /** The date of the evaluation, in words; never when pseudonymised. */
  evaluationDate?: string;
  /** The card's headings and labels, translated. */
  labels: TaskCardLabels;
}

/** The headings and labels of a task card, in its locale (catalogue keys `render.plan.*`). */
export interface TaskCardLabels {
  /** Label of the goal. */
  goal: string;
  /** Heading of the owner's actions. */
  myActions: string;
  /** Heading of the others on these actions. */
  involved: string;
  /** Heading of whom to call. */
  call: string;
  /** Label of the evaluation date. */
  evaluationDate: string;
  /** Label of an action's due date. */
  due: string;
  /** Label of an action's status. */
  status: string;
  /** Label before an action's co-owners. */
  with: string;
  /** Said when nobody else is on the owner's actions. */
  nobodyElse: string;
  /** Label of a phone number. */
  phone: string;
  /** Label of an e-mail address. */
  email: string;
  /** Label of a contact note. */
  note: string;
}

const present = (value: string | undefined): value is string => value !== undefined && value.trim() !== '';

/** A partial date as words in the locale: "15 maart 2026", "maart 2026", "2026", "ca. 2026". */
export function partialDateWords(date: string, locale: Locale): string {
  const parsed = parsePartialDate(date);
  if (!parsed) return date;
  const at = new Date(0);
  at.setUTCFullYear(parsed.year, (parsed.month ?? 1) - 1, parsed.day ?? 1);
  const words = new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', {
    timeZone: 'UTC',
    year: 'numeric',
    ...(parsed.month !== undefined ? { month: 'long' } : {}),
    ...(parsed.day !== undefined ? { day: 'numeric' } : {}),
  }).format(at);
  return parsed.approximate ? translatePlan(locale, 'render.plan.about', { date: words }) : words;
}

/** The shared reading of a document for both builders: names, texts and dates as they may be shown. */
function reader(doc: KringDocument, options: PlanDocumentOptions) {
  const { locale } = options;
  const pseudonymise = options.pseudonymise === true;
  const contacts = options.contacts === true && !pseudonymise;
  const tr = (key: PlanDocumentKey, params?: MessageParams) => translatePlan(locale, key, params);
  // Organisations' names too ("WIJ-team Eindhoven"): they are drawn as initials, and often name a place.
  const names = pseudonymise ? nameReplacer([...doc.persons, ...doc.organisations]) : (text: string) => text;
  const entities = new Map<Id, PlanContact>();
  for (const p of doc.persons) {
    const contact: PersonContact | undefined = contacts ? p.contact : undefined;
    entities.set(p.id, {
      id: p.id,
      name: displayName(p.name, pseudonymise),
      kind: 'person',
      ...(present(contact?.phone) ? { phone: contact.phone } : {}),
      ...(present(contact?.email) ? { email: contact.email } : {}),
      ...(present(contact?.note) ? { note: contact.note } : {}),
    });
  }
  for (const o of doc.organisations)
    entities.set(o.id, { id: o.id, name: displayName(o.name, pseudonymise), kind: 'organisation' });
  const who = (id: Id): PlanContact => entities.get(id) ?? { id, name: '?', kind: 'person' };
  const person = (id: Id): PlanPerson => {
    const { id: pid, name, kind } = who(id);
    return { id: pid, name, kind };
  };
  const date = (value: string | undefined) =>
    !pseudonymise && present(value) ? partialDateWords(value, locale) : undefined;
  const line = (action: PlanAction, owner?: Id): PlanActionLine => {
    const due = date(action.due);
    return {
      id: action.id,
      text: names(action.text),
      status: tr(`actionStatus.${action.status}`),
      statusKey: action.status,
      ...(due !== undefined ? { due } : {}),
      owners: action.owners.map((id) => who(id).name),
      others: action.owners.filter((id) => id !== owner).map((id) => who(id).name),
    };
  };
  return { locale, pseudonymise, tr, names, who, person, date, line };
}

/** The owners of the plan's actions, in the order they first appear. */
function ownersOf(doc: KringDocument): Id[] {
  return [...new Set(doc.plan?.actions.flatMap((a) => a.owners) ?? [])];
}

/**
 * The plan document; undefined when the document has no plan.
 *
 * @example
 * ```ts
 * const plan = planDocument(doc, { locale: 'nl', contacts: true });
 * if (plan) for (const field of plan.fields) print(`${field.label}: ${field.text}`);
 * ```
 */
export function planDocument(doc: KringDocument, options: PlanDocumentOptions): PlanDocument | undefined {
  const plan = doc.plan;
  if (!plan) return undefined;
  const r = reader(doc, options);
  const { tr } = r;
  const labels: PlanLabels = {
    goal: tr('render.plan.goal'),
    question: tr('render.plan.question'),
    meetingDate: tr('render.plan.meetingDate'),
    evaluationDate: tr('render.plan.evaluationDate'),
    agreements: tr('render.plan.agreements'),
    actionsByOwner: tr('render.plan.actionsByOwner'),
    unowned: tr('render.plan.unowned'),
    actionTeam: tr('render.plan.actionTeam'),
    invitees: tr('render.plan.invitees'),
    due: tr('render.plan.due'),
    status: tr('render.plan.status'),
    with: tr('render.plan.with'),
    noActions: tr('render.plan.noActions'),
    noTeam: tr('render.plan.noTeam'),
    phone: tr('render.plan.phone'),
    email: tr('render.plan.email'),
    note: tr('render.plan.note'),
  };
  const goal = r.names(plan.goal);
  const question = present(plan.question) ? r.names(plan.question) : undefined;
  const meetingDate = r.date(plan.meetingDate);
  const evaluationDate = r.date(plan.evaluationDate);
  const fields: PlanField[] = [
    { label: labels.goal, text: goal.trim() === '' ? '—' : goal },
    ...(question !== undefined ? [{ label: labels.question, text: question }] : []),
    ...(meetingDate !== undefined ? [{ label: labels.meetingDate, text: meetingDate }] : []),
    ...(evaluationDate !== undefined ? [{ label: labels.evaluationDate, text: evaluationDate }] : []),
  ];
  const byOwner = ownersOf(doc).map((owner) => ({
    owner: r.person(owner),
    actions: plan.actions.filter((a) => a.owners.includes(owner)).map((a) => r.line(a, owner)),
  }));
  const title = !r.pseudonymise && present(doc.title) ? doc.title : undefined;
  return {
    locale: r.locale,
    heading: tr('render.plan.heading'),
    ...(title !== undefined ? { title } : {}),
    goal,
    ...(question !== undefined ? { question } : {}),
    ...(meetingDate !== undefined ? { meetingDate } : {}),
    ...(evaluationDate !== undefined ? { evaluationDate } : {}),
    fields,
    agreements:
      !r.pseudonymise && present(plan.agreements)
        ? plan.agreements
            .split(/\r?\n/u)
            .map((s) => s.trim())
            .filter((s) => s !== '')
        : [],
    byOwner,
    unowned: plan.actions.filter((a) => a.owners.length === 0).map((a) => r.line(a)),
    actionTeam: plan.actionTeam.map(r.who),
    invitees: (plan.invitees ?? []).map((i) => ({
      ...r.person(i.id),
      status: tr(`inviteeStatus.${i.status}`),
      statusKey: i.status,
    })),
    actions: plan.actions.map((a) => r.line(a)),
    labels,
  };
}

/**
 * One task card per owner of an action, in the order owners first appear; `only` limits them to some owners
 * (e.g. the person chosen in the workspace).
 */
export function taskCards(
  doc: KringDocument,
  options: PlanDocumentOptions & { only?: readonly Id[] },
): TaskCard[] {
  const plan = doc.plan;
  if (!plan) return [];
  const r = reader(doc, options);
  const { tr } = r;
  const labels: TaskCardLabels = {
    goal: tr('render.plan.goal'),
    myActions: tr('render.plan.card.actions'),
    involved: tr('render.plan.card.involved'),
    call: tr('render.plan.card.call'),
    evaluationDate: tr('render.plan.evaluationDate'),
    due: tr('render.plan.due'),
    status: tr('render.plan.status'),
    with: tr('render.plan.with'),
    nobodyElse: tr('render.plan.card.nobodyElse'),
    phone: tr('render.plan.phone'),
    email: tr('render.plan.email'),
    note: tr('render.plan.note'),
  };
  const evaluationDate = r.date(plan.evaluationDate);
  const owners = ownersOf(doc).filter((id) => options.only === undefined || options.only.includes(id));
  return owners.map((owner) => {
    const mine = plan.actions.filter((a) => a.owners.includes(owner));
    const coOwners = [...new Set(mine.flatMap((a) => a.owners))].filter((id) => id !== owner);
    const call = [...new Set([...plan.actionTeam, ...coOwners])].filter((id) => id !== owner);
    return {
      locale: r.locale,
      heading: tr('render.plan.card.heading'),
      owner: r.person(owner),
      goal: r.names(plan.goal),
      actions: mine.map((a) => r.line(a, owner)),
      involved: coOwners.map(r.person),
      call: call.map(r.who),
      ...(evaluationDate !== undefined ? { evaluationDate } : {}),
      labels,
    };
  });
}
