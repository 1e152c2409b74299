import { isLiveBirth } from '../../model/defaults.js';
import type { KringDocument } from '../../model/types.js';
import type { Problem } from '../problem.js';
import { error } from '../problems.js';
import type { EntityIndex } from './entity-index.js';

/** Invariant 1: `focus` names a person who is a live birth. */
export function checkFocus(doc: KringDocument, index: EntityIndex): Problem[] {
  const entity = index.entities.get(doc.focus);
  if (!entity) return [error(['focus'], 'read.focusMissing', { id: doc.focus })];
  if (entity.kind !== 'person') return [error(['focus'], 'read.refNotPerson', { id: doc.focus })];
  const person = index.persons.get(doc.focus);
  if (person && !isLiveBirth(person)) return [error(['focus'], 'read.focusNotLiveBirth')];
  return [];
}
