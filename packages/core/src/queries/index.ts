/** Queries: read-only questions about a document, answered from a per-document cached index. */
export * from './document-index.js';
export * from './relatives.js';
export * from './siblings-of.js';
export * from './generations.js';
export * from './kin-of-focus.js';
export * from './focus-household.js';
export * from './effective-sector.js';
export * from './alters-of-focus.js';
export * from './proposed-ring.js';
export * from './kinship.js';
export * from './descent-cycles.js';
