import type { KringDocument } from '../../model/types.js';
import type { Problem } from '../problem.js';
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
import { checkNetworkSoftRules } from './soft-network.js';

/**
 * Every invariant of format.md §Invariants (errors) and the soft rules (warnings) on an already typed
 * document. Used by the reader after structural validation, and by commands and tests after an edit.
 * An empty list of errors means the document may be saved.
 */
export function checkInvariants(doc: KringDocument): Problem[] {
  const index = indexEntities(doc);
  return [
    ...index.problems,
    ...checkFocus(doc, index),
    ...checkReferences(doc, index),
    ...checkParents(doc),
    ...checkPartnershipEvents(doc),
    ...checkPersons(doc),
    ...checkMultipleBirths(doc),
    ...checkTies(doc),
    ...checkEmotional(doc),
    ...checkFamilySoftRules(doc, index),
    ...checkNetworkSoftRules(doc),
  ];
}
