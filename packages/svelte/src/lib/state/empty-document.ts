/** The document the editor starts with when it is given none: one person, the focus, and nothing else. */
import { CURRENT_VERSION, DEFAULT_OPTIONS, type KringDocument } from '@kring/core';

export function emptyDocument(focusName: string): KringDocument {
  return {
    format: 'kring',
    version: CURRENT_VERSION as 1,
    focus: 'person-1',
    options: { ...DEFAULT_OPTIONS },
    persons: [{ id: 'person-1', name: focusName, gender: 'unknown' }],
    organisations: [],
    partnerships: [],
    parentChild: [],
    multipleBirths: [],
    households: [],
    emotional: [],
    ties: [],
    plan: null,
    layouts: {},
  };
}
