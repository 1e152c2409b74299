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
 * document. Used by the reader after structural validation, and by commands and tests after an edit. An empty
 * list of errors means the document may be saved.
 *
 * @remarks
 * Errors: the focus is a live-born person; ids are unique and not forbidden; every reference names an entity
 * of the right kind, without self-links or duplicate members; at most two biological parents and no descent
 * cycle; partnership events in a valid order; death not before birth; only live births in relations; rings
 * and sectors fitting the options; directed emotional kinds with a direction; multiple births of at least two
 * members with the same recorded biological parents. Every snapshot is checked as a document of its own (hard
 * rules only; paths point into `snapshots[i].state`). Warnings: the soft family rules (a biological parent
 * born less than 12 years before the child, a person in two current households, identical twins with a
 * different sex at birth) and {@link checkNetworkSoftRules}.
 *
 * Unlike {@link readDocument}, the list is not shortened: a document with a million broken entries gives a
 * million problems. It expects a structurally valid document (as the reader or a command makes). Cost: linear
 * in the size of the document.
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
