/**
 * The steps of trainer mode (pure functions of the document and the view).
 *
 * 1. `candidates`: what can be a step — every person and organisation (`node:<id>`), every tie
 *    (`tie:<id>`, which brings its ends along) and the plan (`plan`) — in the default order for a view: the
 *    focus first; then the rest of the focus's current household; in the genogram the family generation by
 *    generation from the oldest, then the ties ring by ring from the inner ring outwards; in the ecogram and
 *    sociogram the ties first, then the family; then anyone not yet shown; finally the plan.
 * 2. `sequence`: the reveals of items in a given order (the default, or a lesson's): each step adds what it
 *    names that is not shown yet, plus every relation (partnership, parent-child link, multiple birth,
 *    emotional line, household) whose ends are now all shown. A step that adds nothing is left out.
 * 3. `forView` (view-steps.ts): only the steps that change the picture in the chosen view.
 */
import { focusHousehold, generations, type Id, type KringDocument, type View } from '@kring/core';

export type StepKind = 'focus' | 'household' | 'family' | 'tie' | 'other' | 'plan' | 'text';

/** Something that can be a step, before the order decides what it reveals. */
export interface Candidate {
  /** Stable key: `node:<id>`, `tie:<id>` or `plan` (what a lesson refers to). */
  key: string;
  kind: Exclude<StepKind, 'text'>;
  /** The person or organisation the step is about (the plan step: the focus). */
  subject: Id;
  /** For `tie`: the other end of the tie. */
  other?: Id;
  /** For `tie`: the ring, when the tie has one. */
  ring?: number;
  /** For `family`: the generation relative to the focus (-1 parents, 0 own, +1 children). */
  generation?: number;
  /** The ids the step brings into the picture (a tie: its ends and itself). */
  targets: Id[];
}

/** What a lesson adds to a step (lesson.ts). */
export interface StepExtras {
  /** Speaker notes, for the trainer only. */
  note?: string;
  /** What to highlight instead of the step's new elements (ids of persons, organisations, relations). */
  highlight?: Id[];
  /** Skipped when presenting: what it adds appears with the next step shown. */
  hidden?: boolean;
}

/** One item of a walk: a candidate or a text slide, with a lesson's extras. */
export type StepItem =
  | (Candidate & StepExtras)
  | ({ key: string; kind: 'text'; slide: { title?: string; text: string } } & StepExtras);

export type TrainerStep = StepItem & {
  /** Ids (entities and relations) that this step adds to the picture. */
  reveal: Id[];
};

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

export const nodeKey = (id: Id) => `node:${id}`;
export const tieKey = (id: Id) => `tie:${id}`;
export const PLAN_KEY = 'plan';

/** Every candidate step of `doc`, in the default order for `view`. Empty when the focus is missing. */
export function candidates(doc: KringDocument, view: View = 'genogram'): Candidate[] {
  const entityIds = new Set<Id>([...doc.persons.map((p) => p.id), ...doc.organisations.map((o) => o.id)]);
  if (!entityIds.has(doc.focus)) return [];
  const out: Candidate[] = [];
  const placed = new Set<Id>();
  const generation = generations(doc);
  const householdMembers = new Set(focusHousehold(doc)?.members ?? []);
  const node = (id: Id): Candidate => {
    placed.add(id);
    if (id === doc.focus) return { key: nodeKey(id), kind: 'focus', subject: id, targets: [id] };
    if (householdMembers.has(id)) return { key: nodeKey(id), kind: 'household', subject: id, targets: [id] };
    const g = generation.get(id);
    if (g !== undefined)
      return { key: nodeKey(id), kind: 'family', subject: id, generation: g, targets: [id] };
    return { key: nodeKey(id), kind: 'other', subject: id, targets: [id] };
  };

  out.push(node(doc.focus));
  for (const member of householdMembers)
    if (!placed.has(member) && entityIds.has(member)) out.push(node(member));

  const order = new Map(doc.persons.map((p, i) => [p.id, i]));
  const family = () =>
    [...generation.entries()]
      .filter(([id]) => !placed.has(id) && entityIds.has(id))
      .sort(([a, ga], [b, gb]) => ga - gb || (order.get(a) ?? 0) - (order.get(b) ?? 0))
      .map(([id]) => node(id));

  // The subject of a tie is the end that is new in the default order, else the end that is not the focus.
  const shownBefore = new Set<Id>();
  const ties = () => {
    const list: Candidate[] = [];
    for (const c of out) shownBefore.add(c.subject);
    for (const tie of tiesByRing(doc)) {
      if (!entityIds.has(tie.from) || !entityIds.has(tie.to)) continue;
      const subject = !shownBefore.has(tie.to)
        ? tie.to
        : !shownBefore.has(tie.from)
          ? tie.from
          : tie.to === doc.focus
            ? tie.from
            : tie.to;
      const other = subject === tie.to ? tie.from : tie.to;
      shownBefore.add(tie.from);
      shownBefore.add(tie.to);
      const c: Candidate = {
        key: tieKey(tie.id),
        kind: 'tie',
        subject,
        other,
        targets: [tie.from, tie.to, tie.id],
      };
      if (tie.ring !== undefined) c.ring = tie.ring;
      list.push(c);
    }
    return list;
  };

  if (view === 'genogram') {
    out.push(...family());
    out.push(...ties());
  } else {
    out.push(...ties());
    for (const c of out) if (c.kind === 'tie') for (const id of c.targets) placed.add(id);
    out.push(...family());
  }
  for (const id of entityIds) if (!placed.has(id)) out.push(node(id));
  if (doc.plan) out.push({ key: PLAN_KEY, kind: 'plan', subject: doc.focus, targets: [] });
  return out;
}

/**
 * The reveals of `items` in their order. Steps that add nothing are left out, except text slides and the
 * plan. With `keepEmpty`, they stay (with an empty reveal), for the lesson editor.
 */
export function sequence(
  doc: KringDocument,
  items: readonly StepItem[],
  options: { keepEmpty?: boolean } = {},
): TrainerStep[] {
  const steps: TrainerStep[] = [];
  const shown = new Set<Id>();
  const relations = relationEnds(doc);
  for (const item of items) {
    const reveal: Id[] = [];
    if (item.kind !== 'text') {
      for (const id of item.targets) {
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
    }
    if (reveal.length > 0 || item.kind === 'text' || item.kind === 'plan' || options.keepEmpty)
      steps.push({ ...item, reveal });
  }
  return steps;
}

/** The default walk through `doc` in `view` (every step, before the view's filter). */
export function trainerSteps(doc: KringDocument, view: View = 'genogram'): TrainerStep[] {
  return sequence(doc, candidates(doc, view));
}

/** Everything shown after step `index` (0-based), i.e. the union of the reveals of steps 0..index. */
export function shownAfter(steps: readonly TrainerStep[], index: number): Set<Id> {
  const out = new Set<Id>();
  for (let i = 0; i <= index && i < steps.length; i++) for (const id of steps[i]!.reveal) out.add(id);
  return out;
}
