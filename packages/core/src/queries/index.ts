/**
 * Queries: read-only questions about a document, answered from a per-document cached index. The tables and
 * caching helpers the queries use among themselves (sector roles per preset, the parent-link kinds of kin,
 * descent and siblings, `perDocument`) stay inside core.
 */
export { documentIndex, type DocumentIndex, type Relation } from './document-index.js';
export * from './relatives.js';
export { siblingsOf, type Sibling } from './siblings-of.js';
export * from './generations.js';
export { kinOfFocus } from './kin-of-focus.js';
export * from './focus-household.js';
export {
  alterEndOf,
  derivedSector,
  effectiveSector,
  isInCentre,
  isSectorOfPreset,
} from './effective-sector.js';
export * from './alters-of-focus.js';
export * from './proposed-ring.js';
export * from './kinship.js';
export { descentCycleLinks } from './descent-cycles.js';
