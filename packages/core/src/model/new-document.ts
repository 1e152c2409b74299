import { CURRENT_VERSION, DEFAULT_OPTIONS, type Id, type KringDocument } from './types.js';

/**
 * A document with the format's defaults: every collection empty, the default options, no plan, no layouts.
 * `parts` adds or replaces top-level fields (options are merged with the defaults). The caller makes it valid
 * by adding the focus person.
 */
export function newDocument(parts: Partial<KringDocument> & { focus: Id }): KringDocument {
  return {
    format: 'kring',
    version: CURRENT_VERSION as 2,
    persons: [],
    organisations: [],
    partnerships: [],
    parentChild: [],
    multipleBirths: [],
    households: [],
    emotional: [],
    ties: [],
    plan: null,
    snapshots: [],
    layouts: {},
    ...parts,
    options: { ...DEFAULT_OPTIONS, ...parts.options },
  };
}
