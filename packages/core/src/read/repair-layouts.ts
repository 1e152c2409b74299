import { VIEWS } from '../model/enums.js';
import type { View } from '../model/enums.js';
import { COLLECTIONS, type KringDocument, type Point } from '../model/types.js';
import { MAX_COORDINATE } from './limits.js';
import { countedOnly, type ProblemSink } from './problem-collector.js';
import { warning } from './problems.js';

/**
 * Repairs of saved layout positions, one warning each: a position of an id that names nothing in the
 * document is dropped (lossless: left behind by an older editor or a hand edit), and a coordinate beyond
 * ±MAX_COORDINATE is moved to that bound (so that a drawing never spans 1e308 units and exports as an empty
 * picture). Mutates `doc`, which must be the reader's own fresh copy. Loops only: any number of positions.
 */
export function repairLayouts(doc: KringDocument, ids: ReadonlySet<string>, problems: ProblemSink): void {
  for (const view of VIEWS) {
    const positions = doc.layouts[view]?.positions;
    if (!positions) continue;
    for (const id of Object.keys(positions)) {
      if (!ids.has(id)) {
        delete positions[id];
        if (!countedOnly(problems, 'warning', 'read.warn.layoutPositionDropped'))
          problems.push(
            warning(['layouts', view, 'positions', id], 'read.warn.layoutPositionDropped', { id }),
          );
        continue;
      }
      const point = positions[id]!;
      const x = clampCoordinate(point.x);
      const y = clampCoordinate(point.y);
      if (x === point.x && y === point.y) continue;
      point.x = x;
      point.y = y;
      if (!countedOnly(problems, 'warning', 'read.warn.layoutPositionClamped'))
        problems.push(
          warning(['layouts', view, 'positions', id], 'read.warn.layoutPositionClamped', {
            id,
            limit: MAX_COORDINATE,
          }),
        );
    }
  }
}

/**
 * A coordinate within ±MAX_COORDINATE: larger ones are moved to the bound, NaN becomes 0. For the reader's
 * repair and for renderers handed a document that did not come through the reader.
 */
export function clampCoordinate(value: number): number {
  if (Number.isNaN(value)) return 0;
  return value > MAX_COORDINATE ? MAX_COORDINATE : value < -MAX_COORDINATE ? -MAX_COORDINATE : value;
}

/**
 * The saved positions of `view`, safe to draw from a document that may not have come through the reader
 * (an editor's state, a host's value): coordinates beyond ±MAX_COORDINATE are moved to the bound, and
 * positions with a coordinate that is not a finite number are left out (the node is placed as if it were
 * not pinned). The document's own object when nothing needed that; the document is never changed.
 */
export function drawablePositions(doc: KringDocument, view: View): Readonly<Record<string, Point>> {
  const positions = doc.layouts[view]?.positions;
  if (!positions) return {};
  let safe: Record<string, Point> | undefined;
  const ids = Object.keys(positions);
  for (let i = 0; i < ids.length; i++) {
    const point = positions[ids[i]!]!;
    const { x, y } = point;
    const finite = Number.isFinite(x) && Number.isFinite(y);
    if (finite && clampCoordinate(x) === x && clampCoordinate(y) === y) {
      if (safe) safe[ids[i]!] = point;
      continue;
    }
    if (!safe) {
      safe = Object.create(null) as Record<string, Point>;
      for (let j = 0; j < i; j++) safe[ids[j]!] = positions[ids[j]!]!;
    }
    if (finite) safe[ids[i]!] = { x: clampCoordinate(x), y: clampCoordinate(y) };
  }
  return safe ?? positions;
}

/** Every id of the document (entities, relations and plan actions). */
export function idsOf(doc: KringDocument): Set<string> {
  const ids = new Set<string>();
  for (const name of COLLECTIONS) for (const item of doc[name] as readonly { id: string }[]) ids.add(item.id);
  for (const action of doc.plan?.actions ?? []) ids.add(action.id);
  return ids;
}
