import { VIEWS } from '../model/enums.js';
import type { KringDocument } from '../model/types.js';
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

/** Every id of the document (entities, relations and plan actions). */
export function idsOf(doc: KringDocument): Set<string> {
  const ids = new Set<string>();
  for (const list of [
    doc.persons,
    doc.organisations,
    doc.partnerships,
    doc.parentChild,
    doc.multipleBirths,
    doc.households,
    doc.emotional,
    doc.ties,
    doc.plan?.actions ?? [],
  ] as readonly { id: string }[][])
    for (const item of list) ids.add(item.id);
  return ids;
}
