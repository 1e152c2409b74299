import type { KringDocument } from '../../model/types.js';
import { countedOnly, type ProblemSink } from '../problem-collector.js';
import { error } from '../problems.js';

/**
 * Multiple births (docs/notation-spec.md §4.4 rule 9): at least two members, and members whose biological parents
 * are both recorded share them. Member references are checked by check-references.ts.
 */
export function checkMultipleBirths(doc: KringDocument, problems: ProblemSink): void {
  const parents = new Map<string, string[]>();
  for (const link of doc.parentChild) {
    if (link.kind !== 'biological') continue;
    const list = parents.get(link.child);
    if (list) list.push(link.parent);
    else parents.set(link.child, [link.parent]);
  }
  const key = (id: string): string | undefined => parents.get(id)?.slice().sort().join('\u0000');
  doc.multipleBirths.forEach((group, i) => {
    if (group.members.length < 2)
      problems.push(error(['multipleBirths', i, 'members'], 'read.multipleBirthTooSmall'));
    const first = group.members[0];
    if (first === undefined) return;
    const firstKey = key(first);
    group.members.forEach((member, m) => {
      const memberKey = key(member);
      if (
        m > 0 &&
        firstKey !== undefined &&
        memberKey !== undefined &&
        memberKey !== firstKey &&
        !countedOnly(problems, 'error', 'read.multipleBirthParentsDiffer')
      )
        problems.push(
          error(['multipleBirths', i, 'members', m], 'read.multipleBirthParentsDiffer', {
            a: first,
            b: member,
          }),
        );
    });
  });
}
