/**
 * Steps that follow the chosen view: a step is presented only when it changes the picture in that view
 * (it adds a drawn symbol or line: the genogram draws no ties and no network, the sociogram no family without
 * a tie). What a left-out step adds comes along with the next step presented (a hidden step's too), so the
 * last step still holds everything. Text slides and the plan step always stay, unless hidden.
 */
import type { Id } from '@kring/core';
import type { Scene } from '@kring/scene';
import type { TrainerStep } from './steps.js';

/** The ids the whole map draws in a view: its nodes and its edges. */
export function visibleIds(scene: Scene): Set<Id> {
  return new Set<Id>([...scene.nodes.map((n) => n.id), ...scene.edges.map((e) => e.id)]);
}

/** Whether a step changes the picture in a view whose drawn ids are `visible`. */
export function changesPicture(step: TrainerStep, visible: ReadonlySet<Id>): boolean {
  if (step.kind === 'text' || step.kind === 'plan') return true;
  return step.reveal.some((id) => visible.has(id));
}

/** The steps presented in a view: not hidden, and changing its picture; the others' reveals carried forward. */
export function forView(steps: readonly TrainerStep[], visible: ReadonlySet<Id>): TrainerStep[] {
  const out: TrainerStep[] = [];
  let carried: Id[] = [];
  for (const step of steps) {
    if (step.hidden || !changesPicture(step, visible)) {
      carried.push(...step.reveal);
      continue;
    }
    out.push(carried.length > 0 ? { ...step, reveal: [...carried, ...step.reveal] } : step);
    carried = [];
  }
  // Whatever is left over joins the last step presented, so the end shows the whole map.
  const last = out.at(-1);
  if (last && carried.length > 0) out[out.length - 1] = { ...last, reveal: [...last.reveal, ...carried] };
  return out;
}

/**
 * What a step highlights: the lesson's choice when it made one, else what the step adds that the view draws
 * (the plan step: its action team and the owners of its actions).
 */
export function highlightOf(
  step: TrainerStep | undefined,
  visible: ReadonlySet<Id>,
  plan: { actionTeam: readonly Id[]; actions: readonly { owners: readonly Id[] }[] } | null,
): Set<Id> {
  if (!step) return new Set();
  if (step.highlight) return new Set(step.highlight);
  if (step.kind === 'plan' && plan)
    return new Set(
      [...plan.actionTeam, ...plan.actions.flatMap((a) => a.owners)].filter((id) => visible.has(id)),
    );
  // Carried-over ids are part of the reveal, but only what the step itself names is marked.
  const own = step.kind === 'text' ? [] : step.reveal.filter((id) => visible.has(id));
  return new Set(own);
}
