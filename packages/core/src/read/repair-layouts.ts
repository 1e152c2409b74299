import { VIEWS } from '../model/enums.js';
import type { KringDocument } from '../model/types.js';
import type { Problem } from './problem.js';
import { warning } from './problems.js';

/**
 * Lossless repair: drops saved layout positions of ids that name nothing in the document (left behind by an
 * older editor or a hand edit). Mutates `doc`, which must be the reader's own fresh copy. One warning per drop.
 */
export function dropDanglingPositions(doc: KringDocument, ids: ReadonlySet<string>): Problem[] {
  const problems: Problem[] = [];
  for (const view of VIEWS) {
    const positions = doc.layouts[view]?.positions;
    if (!positions) continue;
    for (const id of Object.keys(positions)) {
      if (ids.has(id)) continue;
      delete positions[id];
      problems.push(warning(['layouts', view, 'positions', id], 'read.warn.layoutPositionDropped', { id }));
    }
  }
  return problems;
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
