import { isLiveBirth } from '../../model/defaults.js';
import type { KringDocument } from '../../model/types.js';
import type { ProblemSink } from '../problem-collector.js';
import { error } from '../problems.js';
import type { EntityIndex } from './entity-index.js';

/** Invariant 1: `focus` names a person who is a live birth. */
export function checkFocus(doc: KringDocument, index: EntityIndex, problems: ProblemSink): void {
  const entity = index.entities.get(doc.focus);
  if (!entity) problems.push(error(['focus'], 'read.focusMissing', { id: doc.focus }));
  else if (entity.kind !== 'person') problems.push(error(['focus'], 'read.refNotPerson', { id: doc.focus }));
  else {
    const person = index.persons.get(doc.focus);
    if (person && !isLiveBirth(person)) problems.push(error(['focus'], 'read.focusNotLiveBirth'));
  }
}
