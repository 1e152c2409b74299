/**
 * The order in which trainer mode builds a map up, one person or tie at a time (a pure function of the
 * document): the focus first; then the rest of the focus's current household; then the family, generation
 * by generation from the oldest; then the ties, ring by ring from the inner ring outwards; then anyone not
 * yet shown; finally the plan and its action team. Relations between people already shown (partnerships,
 * parent-child links, multiple births, emotional lines, households) appear as soon as all their ends are shown.
 */
import { focusHousehold, generations, type Id, type KringDocument } from '@kring/core';

export type StepKind = 'focus' | 'household' | 'family' | 'tie' | 'other' | 'plan';

export interface TrainerStep {
  kind: StepKind;
  /** Ids (entities and relations) that this step adds to the picture. */
  reveal: Id[];
  /** The person or organisation the step is about (the plan step: the focus). */
  subject: Id;
  /** For `tie`: the other end of the tie (often the focus). */
  other?: Id;
  /** For `tie`: the ring, when the tie has one. */
  ring?: number;
  /** For `family`: the generation relative to the focus (-1 parents, 0 own, +1 children). */
  generation?: number;
}

/** The relations of a document with the ids they join. */
function relationEnds(doc: KringDocument): { id: Id; ends: Id[] }[] {
  return [
    ...doc.partnerships.map((p) => ({ id: p.id, ends: [p.a, p.b] })),
    ...doc.parentChild.map((l) => ({ id: l.id, ends: [l.parent, l.child] })),
    ...doc.multipleBirths.map((m) => ({ id: m.id, ends: m.members })),
    ...doc.emotional.map((e) => ({ id: e.id, ends: [e.a, e.b] })),
    ...doc.households.map((h) => ({ id: h.id, ends: h.members })),
  ];
}

/** Ties by ring, inner first (ties without a ring last), keeping document order within a ring. */
function tiesByRing(doc: KringDocument) {
  const ringOf = (ring: number | undefined) => (ring === undefined ? Number.POSITIVE_INFINITY : ring);
  return doc.ties
    .map((tie, index) => ({ tie, index }))
    .sort((a, b) => ringOf(a.tie.ring) - ringOf(b.tie.ring) || a.index - b.index)
    .map(({ tie }) => tie);
}

export function trainerSteps(doc: KringDocument): TrainerStep[] {
  const steps: TrainerStep[] = [];
  const shown = new Set<Id>();
  const relations = relationEnds(doc);
  const entityIds = new Set<Id>([...doc.persons.map((p) => p.id), ...doc.organisations.map((o) => o.id)]);

  /** Adds a step that shows `ids` plus every relation whose ends are now all shown. */
  const push = (step: Omit<TrainerStep, 'reveal'>, ids: Id[]) => {
    const reveal: Id[] = [];
    for (const id of ids) {
      if (!shown.has(id)) {
        shown.add(id);
        reveal.push(id);
      }
    }
    for (const r of relations) {
      if (!shown.has(r.id) && r.ends.length > 0 && r.ends.every((end) => shown.has(end))) {
        shown.add(r.id);
        reveal.push(r.id);
      }
    }
    steps.push({ ...step, reveal });
  };

  if (!entityIds.has(doc.focus)) return steps;
  push({ kind: 'focus', subject: doc.focus }, [doc.focus]);

  const household = focusHousehold(doc);
  for (const member of household?.members ?? []) {
    if (!shown.has(member) && entityIds.has(member)) push({ kind: 'household', subject: member }, [member]);
  }

  const generation = generations(doc);
  const order = new Map(doc.persons.map((p, i) => [p.id, i]));
  const family = [...generation.entries()]
    .filter(([id]) => !shown.has(id))
    .sort(([a, ga], [b, gb]) => ga - gb || (order.get(a) ?? 0) - (order.get(b) ?? 0));
  for (const [id, g] of family) push({ kind: 'family', subject: id, generation: g }, [id]);

  for (const tie of tiesByRing(doc)) {
    if (!entityIds.has(tie.from) || !entityIds.has(tie.to)) continue;
    // The subject is the end that is new to the picture, else the end that is not the focus.
    const subject = !shown.has(tie.to)
      ? tie.to
      : !shown.has(tie.from)
        ? tie.from
        : tie.to === doc.focus
          ? tie.from
          : tie.to;
    const other = subject === tie.to ? tie.from : tie.to;
    const step: Omit<TrainerStep, 'reveal'> = { kind: 'tie', subject, other };
    if (tie.ring !== undefined) step.ring = tie.ring;
    push(step, [tie.from, tie.to, tie.id]);
  }

  for (const id of entityIds) if (!shown.has(id)) push({ kind: 'other', subject: id }, [id]);

  if (doc.plan) push({ kind: 'plan', subject: doc.focus }, []);
  return steps;
}

/** Everything shown after step `index` (0-based), i.e. the union of the reveals of steps 0..index. */
export function shownAfter(steps: readonly TrainerStep[], index: number): Set<Id> {
  const out = new Set<Id>();
  for (let i = 0; i <= index && i < steps.length; i++) for (const id of steps[i]!.reveal) out.add(id);
  return out;
}
