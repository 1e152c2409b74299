/**
 * Removing things and repairing everything that pointed at them, in one recipe (so one undo step):
 *
 * - persons, organisations, relations and plan actions with a removed id go;
 * - partnerships with a removed partner, parent-child links with a removed parent or child, emotional lines
 *   with a removed end, and ties with a removed end go too (their ids join the removed set);
 * - children that hung under a removed partnership keep their links, with `partnership` cleared;
 * - removed persons leave multiple births (a group left with fewer than two members goes), households (an
 *   empty household goes), the action team, action owners and invitees;
 * - pinned layout positions of every removed id are dropped in every view.
 *
 * New arrays and records are built from the base document (not the draft) and set on the root draft only,
 * so immer makes no other draft (and so no deep walk of the new values, see layout-records.ts) and each
 * changed collection is one patch.
 */
import type { Draft } from 'immer';
import type { Id, KringDocument } from '../model/types.js';
import { withoutPositions } from './layout-records.js';

/** Keeps the entries that `keep` returns (possibly changed); undefined drops. Returns base when nothing changed. */
function rebuild<T>(base: readonly T[], keep: (item: T) => T | undefined): T[] | undefined {
  let out: T[] | undefined;
  for (let i = 0; i < base.length; i++) {
    const item = base[i]!;
    const next = keep(item);
    if (next !== item && !out) out = base.slice(0, i);
    if (out && next !== undefined) out.push(next);
  }
  return out;
}

function withoutMembers(list: readonly Id[], removed: ReadonlySet<Id>): readonly Id[] {
  return list.some((id) => removed.has(id)) ? list.filter((id) => !removed.has(id)) : list;
}

export function removeIds(doc: KringDocument, draft: Draft<KringDocument>, ids: Iterable<Id>): void {
  const removed = new Set(ids);

  const persons = rebuild(doc.persons, (p) => (removed.has(p.id) ? undefined : p));
  if (persons) draft.persons = persons;
  const organisations = rebuild(doc.organisations, (o) => (removed.has(o.id) ? undefined : o));
  if (organisations) draft.organisations = organisations;

  const partnerships = rebuild(doc.partnerships, (p) => {
    if (!removed.has(p.id) && !removed.has(p.a) && !removed.has(p.b)) return p;
    removed.add(p.id);
    return undefined;
  });
  if (partnerships) draft.partnerships = partnerships;

  const parentChild = rebuild(doc.parentChild, (l) => {
    if (removed.has(l.id) || removed.has(l.parent) || removed.has(l.child)) {
      removed.add(l.id);
      return undefined;
    }
    if (l.partnership !== undefined && removed.has(l.partnership)) {
      const { partnership: _cleared, ...rest } = l;
      return rest;
    }
    return l;
  });
  if (parentChild) draft.parentChild = parentChild;

  const multipleBirths = rebuild(doc.multipleBirths, (m) => {
    if (removed.has(m.id)) return undefined;
    const members = withoutMembers(m.members, removed);
    if (members === m.members) return m;
    if (members.length < 2) {
      removed.add(m.id);
      return undefined;
    }
    return { ...m, members: [...members] };
  });
  if (multipleBirths) draft.multipleBirths = multipleBirths;

  const households = rebuild(doc.households, (h) => {
    if (removed.has(h.id)) return undefined;
    const members = withoutMembers(h.members, removed);
    if (members === h.members) return h;
    if (members.length === 0) {
      removed.add(h.id);
      return undefined;
    }
    return { ...h, members: [...members] };
  });
  if (households) draft.households = households;

  const emotional = rebuild(doc.emotional, (e) => {
    if (!removed.has(e.id) && !removed.has(e.a) && !removed.has(e.b)) return e;
    removed.add(e.id);
    return undefined;
  });
  if (emotional) draft.emotional = emotional;

  const ties = rebuild(doc.ties, (t) => {
    if (!removed.has(t.id) && !removed.has(t.from) && !removed.has(t.to)) return t;
    removed.add(t.id);
    return undefined;
  });
  if (ties) draft.ties = ties;

  const plan = doc.plan;
  if (plan) {
    const team = withoutMembers(plan.actionTeam, removed);
    const actions = rebuild(plan.actions, (a) => {
      if (removed.has(a.id)) return undefined;
      const owners = withoutMembers(a.owners, removed);
      return owners === a.owners ? a : { ...a, owners: [...owners] };
    });
    const invitees = rebuild(plan.invitees ?? [], (i) => (removed.has(i.id) ? undefined : i));
    if (team !== plan.actionTeam || actions || invitees)
      draft.plan = {
        ...plan,
        ...(team !== plan.actionTeam ? { actionTeam: [...team] } : {}),
        ...(actions ? { actions } : {}),
        ...(invitees ? { invitees } : {}),
      };
  }

  const layouts = withoutPositions(doc.layouts, removed);
  if (layouts) draft.layouts = layouts;
}
