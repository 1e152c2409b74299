/** The document the editor starts with when it is given none: one person, the focus, and nothing else. */
import { newDocument, type KringDocument } from '@kring/core';

export function emptyDocument(focusName: string): KringDocument {
  return newDocument({
    focus: 'person-1',
    persons: [{ id: 'person-1', name: focusName, gender: 'unknown' }],
  });
}
