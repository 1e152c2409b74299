import { DIRECTED_EMOTIONAL_KINDS } from '../../model/enums.js';
import type { KringDocument } from '../../model/types.js';
import type { ProblemSink } from '../problem-collector.js';
import { error } from '../problems.js';

/** Invariant 7: directed emotional kinds have a direction other than `none` (a missing one counts as none). */
export function checkEmotional(doc: KringDocument, problems: ProblemSink): void {
  doc.emotional.forEach((line, i) => {
    if (DIRECTED_EMOTIONAL_KINDS.has(line.kind) && (line.direction ?? 'none') === 'none')
      problems.push(error(['emotional', i, 'direction'], 'read.directionRequired', { kind: line.kind }));
  });
}
