/**
 * The document as far as trainer mode has shown it: only the entities and relations in `shown`, with
 * references to anything not yet shown dropped, and the plan only once its step is reached. With `pins`
 * (centres of every node in the drawing of the whole map) everyone is pinned where they will end up, so
 * the genogram does not rearrange itself as it grows.
 */
import type { Id, KringDocument, Point, View } from '@kring/core';

export function partialDocument(
  doc: KringDocument,
  shown: ReadonlySet<Id>,
  options: { withPlan?: boolean; view?: View; pins?: Readonly<Record<Id, Point>> } = {},
): KringDocument {
  const has = (id: Id) => shown.has(id);
  const out: KringDocument = {
    ...doc,
    persons: doc.persons.filter((p) => has(p.id)),
    organisations: doc.organisations.filter((o) => has(o.id)),
    partnerships: doc.partnerships.filter((p) => has(p.id) && has(p.a) && has(p.b)),
    parentChild: doc.parentChild
      .filter((l) => has(l.id) && has(l.parent) && has(l.child))
      .map((l) => {
        if (l.partnership === undefined || has(l.partnership)) return l;
        const { partnership: _dropped, ...rest } = l;
        return rest;
      }),
    multipleBirths: doc.multipleBirths.filter((m) => has(m.id) && m.members.every(has)),
    households: doc.households.filter((h) => has(h.id) && h.members.every(has)),
    emotional: doc.emotional.filter((e) => has(e.id) && has(e.a) && has(e.b)),
    ties: doc.ties.filter((t) => has(t.id) && has(t.from) && has(t.to)),
    plan:
      options.withPlan && doc.plan
        ? {
            ...doc.plan,
            actionTeam: doc.plan.actionTeam.filter(has),
            invitees: doc.plan.invitees.filter((i) => has(i.id)),
            actions: doc.plan.actions.map((a) => ({ ...a, owners: a.owners.filter(has) })),
          }
        : null,
    layouts: { ...doc.layouts },
  };
  if (options.view && options.pins) {
    const positions: Record<Id, Point> = {};
    for (const [id, point] of Object.entries(options.pins)) if (has(id)) positions[id] = point;
    out.layouts[options.view] = { ...doc.layouts[options.view], positions };
  }
  return out;
}
