/**
 * New `layouts` records built from the base document, for recipes that set `draft.layouts` whole.
 *
 * Why whole: immer walks every plain value assigned into a draft, deeply, looking for drafts nested in it
 * (its `handleValue`), whenever the recipe has made more than the root draft. Assigning a rebuilt positions
 * record at `draft.layouts[view].positions` made that walk visit every pinned point on every drag step.
 * A recipe that only assigns properties of the root draft makes no other draft, so immer skips the walk;
 * the patch is then one `replace` of `layouts`, and undo puts the old record back by reference.

 */
import { VIEWS, type View } from '../model/enums.js';
import type { Id, Layouts, Point } from '../model/types.js';

type Positions = Record<Id, Point>;

/** `positions` without the keys in `removed` (a fresh object), or undefined when none of them is there. */
function without(positions: Positions, removed: ReadonlySet<Id>): Positions | undefined {
  let hit = false;
  for (const id of removed) if (Object.prototype.hasOwnProperty.call(positions, id)) hit = true;
  if (!hit) return undefined;
  const next: Positions = {};
  for (const key of Object.keys(positions)) if (!removed.has(key)) next[key] = positions[key]!;
  return next;
}

/** `layouts` with `id` pinned at `point` in `view`. */
export function withPosition(layouts: Layouts, view: View, id: Id, point: Point): Layouts {
  const layout = layouts[view];
  return { ...layouts, [view]: { ...layout, positions: { ...layout?.positions, [id]: point } } };
}

/**
 * `layouts` with the positions of every id in `removed` dropped in `views` (default: all); undefined when
 * none of them was pinned there.
 */
export function withoutPositions(
  layouts: Layouts,
  removed: ReadonlySet<Id>,
  views: readonly View[] = VIEWS,
): Layouts | undefined {
  let next: Layouts | undefined;
  for (const view of views) {
    const layout = layouts[view];
    const positions = layout?.positions && without(layout.positions, removed);
    if (!positions) continue;
    next ??= { ...layouts };
    next[view] = { ...layout, positions };
  }
  return next;
}
