/**
 * The plan workspace's pure parts: who can own or be invited (persons who are live births and
 * organisations), sorting and filtering the actions table, whom the map keeps in full colour, and the
 * people insight proposes for the plan's actions (who could help, core's whoCouldHelp).
 */
import {
  ACTION_STATUSES,
  comparePartialDates,
  isLiveBirth,
  whoCouldHelp,
  type ActionStatus,
  type Id,
  type KringDocument,
  type PlanAction,
} from '@kring/core';

export interface Party {
  id: Id;
  name: string;
  kind: 'person' | 'organisation';
}

/** Everyone who can own an action or be invited: persons who are live births, then organisations. */
export function parties(doc: KringDocument, unnamed: string): Party[] {
  const named = (name: string) => (name.trim() === '' ? unnamed : name);
  return [
    ...doc.persons
      .filter((p) => isLiveBirth(p))
      .map((p) => ({ id: p.id, name: named(p.name), kind: 'person' as const })),
    ...doc.organisations.map((o) => ({ id: o.id, name: named(o.name), kind: 'organisation' as const })),
  ];
}

export type SortKey = 'plan' | 'text' | 'owners' | 'due' | 'status';

export interface ActionFilter {
  /** An owner's id, '' for everyone, or NOBODY for actions without an owner. */
  owner: string;
  /** A status, or '' for any. */
  status: ActionStatus | '';
  /** A partial date: only actions due on or before it (actions without a date are left out); '' for none. */
  dueBy: string;
}

export const NOBODY = '\u0000nobody';

export interface ActionRow {
  action: PlanAction;
  /** 1-based place in the plan: the action's number everywhere ("Action 3"). */
  n: number;
}

/** The actions that pass the filter, sorted (the plan's order breaks ties). */
export function actionRows(
  actions: readonly PlanAction[],
  filter: ActionFilter,
  sort: { key: SortKey; descending: boolean },
  nameOf: (id: Id) => string,
): ActionRow[] {
  const rows = actions
    .map((action, i) => ({ action, n: i + 1 }))
    .filter(({ action }) => {
      if (
        filter.owner === NOBODY
          ? action.owners.length > 0
          : filter.owner !== '' && !action.owners.includes(filter.owner)
      )
        return false;
      if (filter.status !== '' && action.status !== filter.status) return false;
      if (filter.dueBy !== '') {
        if (action.due === undefined) return false;
        if (comparePartialDates(action.due.replace('~', ''), filter.dueBy.replace('~', '')) > 0) return false;
      }
      return true;
    });
  const compare = comparator(sort.key, nameOf);
  const sign = sort.descending ? -1 : 1;
  return rows.sort((a, b) => sign * compare(a.action, b.action) || a.n - b.n);
}

function comparator(key: SortKey, nameOf: (id: Id) => string): (a: PlanAction, b: PlanAction) => number {
  const text = (s: string) => s.toLocaleLowerCase();
  switch (key) {
    case 'plan':
      return () => 0;
    case 'text':
      return (a, b) => text(a.text).localeCompare(text(b.text));
    case 'owners': {
      const first = (a: PlanAction) => (a.owners.length === 0 ? '\uffff' : text(nameOf(a.owners[0]!)));
      return (a, b) => first(a).localeCompare(first(b));
    }
    case 'status':
      return (a, b) => ACTION_STATUSES.indexOf(a.status) - ACTION_STATUSES.indexOf(b.status);
    case 'due':
      // Without a date last, whichever the direction of the rest.
      return (a, b) =>
        a.due === undefined
          ? b.due === undefined
            ? 0
            : 1
          : b.due === undefined
            ? -1
            : comparePartialDates(a.due.replace('~', ''), b.due.replace('~', ''));
  }
}

/** Who owns at least one action. */
export function ownerIds(doc: KringDocument): Set<Id> {
  return new Set(doc.plan?.actions.flatMap((a) => a.owners) ?? []);
}

/**
 * What the map greys out while the plan shows: with an owner chosen, everyone else; otherwise everyone who
 * owns no action. Nothing when nobody owns anything yet (a plan without owners greys out no one).
 */
export function planDimmed(doc: KringDocument, owner: string): ReadonlySet<Id> | undefined {
  const keep = owner !== '' && owner !== NOBODY ? new Set([owner]) : ownerIds(doc);
  if (keep.size === 0) return undefined;
  const dimmed = new Set<Id>();
  for (const p of doc.persons) if (!keep.has(p.id)) dimmed.add(p.id);
  for (const o of doc.organisations) if (!keep.has(o.id)) dimmed.add(o.id);
  return dimmed;
}

/** The people insight proposes for the plan's actions, who are not invited yet (at most `limit`). */
export function invitationProposals(doc: KringDocument, limit = 6): Id[] {
  if (!doc.plan) return [];
  const invited = new Set(doc.plan.invitees.map((i) => i.id));
  const out: Id[] = [];
  for (const help of whoCouldHelp(doc))
    for (const candidate of help.candidates)
      if (!invited.has(candidate.id) && !out.includes(candidate.id)) out.push(candidate.id);
  return out.slice(0, limit);
}
