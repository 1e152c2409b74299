/**
 * Fragility, "als X wegvalt" (what if X drops out): the network without one or more people, and for each
 * alter the support types that would be left with no one.
 *
 * Without someone means: every tie with them at either end is gone, and they are no longer a member of a
 * household, of the action team or an owner of an action. They stay in the document (so names still
 * resolve) but are no alter any more; alters that were reached only through them (a home member who drops
 * out) drop out with them. The focus never drops out.
 */
import { SUPPORT_TYPES, type SupportType } from '../model/enums.js';
import type { Id, KringDocument } from '../model/types.js';
import { networkInsight } from './network-insight.js';

/** The document as if `ids` dropped out (see above); the same object when nothing changes. */
export function withoutPeople(doc: KringDocument, ids: Iterable<Id>): KringDocument {
  const gone = new Set(ids);
  gone.delete(doc.focus);
  if (gone.size === 0) return doc;
  const keep = (id: Id) => !gone.has(id);
  return {
    ...doc,
    ties: doc.ties.filter((t) => keep(t.from) && keep(t.to)),
    households: doc.households.map((h) =>
      h.members.some((m) => gone.has(m)) ? { ...h, members: h.members.filter(keep) } : h,
    ),
    plan:
      doc.plan === null
        ? null
        : {
            ...doc.plan,
            actionTeam: doc.plan.actionTeam.filter(keep),
            invitees: doc.plan.invitees.filter((i) => !gone.has(i.id)),
            actions: doc.plan.actions.map((a) =>
              a.owners.some((o) => gone.has(o)) ? { ...a, owners: a.owners.filter(keep) } : a,
            ),
          },
  };
}

/** The support types someone gives now that nobody would give without `ids`. */
export function supportLostWithout(doc: KringDocument, ids: Iterable<Id>): SupportType[] {
  const before = networkInsight(doc).support;
  const after = networkInsight(withoutPeople(doc, ids)).support;
  return SUPPORT_TYPES.filter((t) => before[t].received.length > 0 && after[t].received.length === 0);
}

/**
 * For each alter (in the order of the network query) whose dropping out leaves at least one support type
 * with no one: those types.
 */
export function fragility(doc: KringDocument): { id: Id; lost: SupportType[] }[] {
  const out: { id: Id; lost: SupportType[] }[] = [];
  for (const alter of networkInsight(doc).alters) {
    const lost = supportLostWithout(doc, [alter.id]);
    if (lost.length > 0) out.push({ id: alter.id, lost });
  }
  return out;
}
