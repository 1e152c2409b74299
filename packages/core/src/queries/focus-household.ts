/**
 * The household of the focus: the first household in document order that is marked `current: true` and
 * has the focus among its members. A household without `current` is a past one. Undefined when the focus
 * lives in no current household.
 */
import type { Household, KringDocument } from '../model/types.js';
import { documentIndex } from './document-index.js';

/**
 * The household of the focus: the first household in document order that is marked `current: true` and has
 * the focus among its members; undefined when the focus lives in no current household. A map lookup once the
 * document's index is built.
 */
export function focusHousehold(doc: KringDocument): Household | undefined {
  return documentIndex(doc)
    .householdsByMember.get(doc.focus)
    ?.find((h) => h.current === true);
}
