import type { KringDocument } from '../../model/types.js';
import type { ProblemSink } from '../problem-collector.js';
import { error } from '../problems.js';

/** Parent links that make descent: the graph over these must be acyclic (format.md invariant 3). */
const DESCENT_KINDS: ReadonlySet<string> = new Set(['biological', 'adoptive']);

/**
 * Invariant 3: at most two biological parents per child; no cycles in the biological/adoptive graph.
 * Also: a link that names a partnership hangs under a couple the parent is part of (donors excepted).
 */
export function checkParents(doc: KringDocument, problems: ProblemSink): void {
  const biological = new Map<string, number>();
  /** child → [parent, link index] over descent links. */
  const parentsOf = new Map<string, [string, number][]>();
  const partnerships = new Map(doc.partnerships.map((p) => [p.id, p]));

  doc.parentChild.forEach((link, i) => {
    if (link.kind === 'biological') {
      const count = (biological.get(link.child) ?? 0) + 1;
      biological.set(link.child, count);
      if (count === 3)
        problems.push(
          error(['parentChild', i, 'child'], 'read.tooManyBiologicalParents', { id: link.child, count }),
        );
    }
    if (DESCENT_KINDS.has(link.kind) && link.parent !== link.child) {
      const list = parentsOf.get(link.child);
      if (list) list.push([link.parent, i]);
      else parentsOf.set(link.child, [[link.parent, i]]);
    }
    if (link.partnership !== undefined && link.kind !== 'donor') {
      const couple = partnerships.get(link.partnership);
      if (couple && couple.a !== link.parent && couple.b !== link.parent)
        problems.push(
          error(['parentChild', i, 'partnership'], 'read.parentNotInPartnership', {
            parent: link.parent,
            partnership: link.partnership,
          }),
        );
    }
  });

  // Iterative depth-first search (no recursion: descent chains can be long). 1 = on the stack, 2 = done.
  const state = new Map<string, 1 | 2>();
  for (const start of parentsOf.keys()) {
    if (state.has(start)) continue;
    const stack: [string, number][] = [[start, 0]];
    state.set(start, 1);
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const edges = parentsOf.get(top[0]) ?? [];
      if (top[1] >= edges.length) {
        state.set(top[0], 2);
        stack.pop();
        continue;
      }
      const [parent, linkIndex] = edges[top[1]++]!;
      const seen = state.get(parent);
      if (seen === 1)
        problems.push(error(['parentChild', linkIndex, 'parent'], 'read.parentCycle', { id: parent }));
      else if (seen === undefined) {
        state.set(parent, 1);
        stack.push([parent, 0]);
      }
    }
  }
}
