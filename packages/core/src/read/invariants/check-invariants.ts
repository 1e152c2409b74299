import type { KringDocument } from '../../model/types.js';
import type { JsonPath, Problem } from '../problem.js';
import type { ProblemSink } from '../problem-collector.js';
import { error } from '../problems.js';
import { checkEmotional } from './check-emotional.js';
import { checkFocus } from './check-focus.js';
import { checkMultipleBirths } from './check-multiple-births.js';
import { checkParents } from './check-parents.js';
import { checkPartnershipEvents } from './check-partnership-events.js';
import { checkPersons } from './check-persons.js';
import { checkReferences } from './check-references.js';
import { checkTies } from './check-ties.js';
import { indexEntities } from './entity-index.js';
import { checkFamilySoftRules } from './soft-family.js';
import { collectNetworkSoftRules } from './soft-network.js';

/**
 * Every invariant of format.md §Invariants (errors) and the soft rules (warnings) on an already typed
 * document. Used by the reader after structural validation, and by commands and tests after an edit.
 * An empty list of errors means the document may be saved.
 */
export function checkInvariants(doc: KringDocument): Problem[] {
  const problems: Problem[] = [];
  collectInvariants(doc, problems);
  return problems;
}

/**
 * checkInvariants into a sink: the reader passes its bounded collector, so a million problems stay cheap.
 * Every snapshot is checked too, as a document of its own (its ids form their own id space), with the hard
 * rules only: a warning about how the network was then would be noise.
 */
export function collectInvariants(doc: KringDocument, problems: ProblemSink): void {
  collectDocumentInvariants(doc, problems, true);
  const seen = new Set<string>();
  (doc.snapshots ?? []).forEach((snapshot, i) => {
    if (seen.has(snapshot.id))
      problems.push(error(['snapshots', i, 'id'], 'read.duplicateSnapshotId', { id: snapshot.id }));
    seen.add(snapshot.id);
    const state: KringDocument = { ...doc, ...snapshot.state, snapshots: [] };
    collectDocumentInvariants(state, prefixed(problems, ['snapshots', i, 'state']), false);
  });
}

/** A sink that puts `prefix` before the path of every problem (a snapshot's problems point into it). */
function prefixed(problems: ProblemSink, prefix: JsonPath): ProblemSink {
  return { push: (problem: Problem) => problems.push({ ...problem, path: [...prefix, ...problem.path] }) };
}

function collectDocumentInvariants(doc: KringDocument, problems: ProblemSink, soft: boolean): void {
  const index = indexEntities(doc, problems);
  checkFocus(doc, index, problems);
  checkReferences(doc, index, problems);
  checkParents(doc, problems);
  checkPartnershipEvents(doc, problems);
  checkPersons(doc, problems);
  checkMultipleBirths(doc, problems);
  checkTies(doc, problems);
  checkEmotional(doc, problems);
  if (!soft) return;
  checkFamilySoftRules(doc, index, problems);
  collectNetworkSoftRules(doc, problems);
}
