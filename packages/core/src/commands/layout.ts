/**
 * Commands on a view's layout: pin a node where the user dropped it (`layouts.<view>.positions[id]`), or
 * unpin it so the layout places it again. Any id of the document can be pinned (persons and organisations,
 * and households or partnerships for views that draw them as nodes); unknown ids are refused. A position
 * beyond the reader's bound of ±1,000,000 units is moved to the bound.
 */
import { VIEWS, type View } from '../model/enums.js';
import type { Id, Point } from '../model/types.js';
import { clampCoordinate } from '../read/repair-layouts.js';
import { withPosition, withoutPositions } from './layout-records.js';
import { isIdTaken, nameOf } from './lookup.js';
import { refuse, type Handlers } from './refusal.js';

/**
 * Pins a node of one view where the user dropped it: sets `layouts.<view>.positions[id]`, the node's centre
 * in the view's drawing units. The view's layout keeps a pinned node there and places the rest around it. A
 * coordinate beyond ±1,000,000 is moved to that bound. Refused with `commands.badView` for an unknown view,
 * `commands.notFound` for an id that names nothing in the document, and `commands.badPosition` for a
 * coordinate that is not a finite number.
 */
export interface MoveNode {
  /** Discriminant of the {@link Command} union. */
  type: 'node.move';
  /** The view whose layout holds the pin: `genogram`, `ecogram` or `sociogram`. */
  view: View;
  /** The node: a person or organisation, or a household or partnership in views that draw them as nodes. */
  id: Id;
  /** The node's centre, in the view's drawing units. */
  position: Point;
}
/**
 * Unpins a node, so that the view's layout places it again. Refused with `commands.badView` for an unknown
 * view and `commands.notPinned` when the node has no pin in that view.
 */
export interface UnpinNode {
  /** Discriminant of the {@link Command} union. */
  type: 'node.unpin';
  /** The view whose pin goes. */
  view: View;
  /** The pinned node. */
  id: Id;
}
/** The commands on a view's layout (pins). */
export type LayoutCommand = MoveNode | UnpinNode;

/**
 * The command that pins node `id` of `view` with its centre at `position`.
 *
 * @example
 * ```ts
 * moveNode('genogram', 'p-oma', { x: 120, y: -40 });
 * ```
 */
export const moveNode = (view: View, id: Id, position: Point): MoveNode => ({
  type: 'node.move',
  view,
  id,
  position,
});
/** The command that unpins node `id` of `view`. */
export const unpinNode = (view: View, id: Id): UnpinNode => ({ type: 'node.unpin', view, id });

export const layoutHandlers: Handlers<LayoutCommand> = {
  'node.move': (doc, { view, id, position }) => {
    if (!VIEWS.includes(view)) return refuse('commands.badView', { view: String(view) });
    if (!isIdTaken(doc, id)) return refuse('commands.notFound', { id });
    const { x, y } = position;
    if (!Number.isFinite(x) || !Number.isFinite(y))
      return refuse('commands.badPosition', { name: nameOf(doc, id) });
    // Kept within the reader's bound (±MAX_COORDINATE), as a file's pins are. `layouts` rebuilt from the
    // base and set whole (see layout-records.ts for why).
    const layouts = withPosition(doc.layouts, view, id, { x: clampCoordinate(x), y: clampCoordinate(y) });
    return (draft) => {
      draft.layouts = layouts;
    };
  },
  'node.unpin': (doc, { view, id }) => {
    if (!VIEWS.includes(view)) return refuse('commands.badView', { view: String(view) });
    const positions = doc.layouts[view]?.positions;
    if (!positions || !Object.prototype.hasOwnProperty.call(positions, id))
      return refuse('commands.notPinned', { name: nameOf(doc, id) });
    const layouts = withoutPositions(doc.layouts, new Set([id]), [view])!;
    return (draft) => {
      draft.layouts = layouts;
    };
  },
};
