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

export interface MoveNode {
  type: 'node.move';
  view: View;
  id: Id;
  position: Point;
}
export interface UnpinNode {
  type: 'node.unpin';
  view: View;
  id: Id;
}
export type LayoutCommand = MoveNode | UnpinNode;

export const moveNode = (view: View, id: Id, position: Point): MoveNode => ({
  type: 'node.move',
  view,
  id,
  position,
});
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
