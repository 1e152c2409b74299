import type { KringDocument } from '../../model/types.js';
import { descentCycleLinks } from '../../queries/descent-cycles.js';
import type { ProblemSink } from '../problem-collector.js';
import { error } from '../problems.js';

/**
 * Invariant 3: at most two biological parents per child; no cycles in the biological/adoptive graph.
 * Also: a link that names a partnership hangs under a couple the parent is part of (donors excepted).
 */
export function checkParents(doc: KringDocument, problems: ProblemSink): void {
  const biological = new Map<string, number>();
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

  for (const i of descentCycleLinks(doc.parentChild))
    problems.push(
      error(['parentChild', i, 'parent'], 'read.parentCycle', { id: doc.parentChild[i]!.parent }),
    );
}
