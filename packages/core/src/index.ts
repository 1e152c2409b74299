/**
 * The Kring document model: typed `.kring.json` documents for genograms, ecograms and sociograms, the safe
 * reader ({@link readDocument}, with migrations of older versions), the stable writer ({@link writeDocument}),
 * undoable edit commands, read-only queries and the nl/en message catalogue. No DOM, no framework, no network.
 *
 * @packageDocumentation
 */
export * from './model/enums.js';
export * from './model/types.js';
export * from './model/partial-date.js';
export * from './model/defaults.js';
export * from './model/new-document.js';
export * from './i18n/en.js';
export * from './i18n/translate.js';
export * from './i18n/catalogue.js';
export * from './i18n/message-parts.js';
// Insight's, the comparisons', kinship's and the plan document's parts are modules of their own, exported
// from here and not from message-parts.ts: a bundle holds their words only beside a module that shows them.
export * from './i18n/parts/insight.js';
export * from './i18n/parts/compare.js';
export * from './i18n/parts/kinship.js';
export * from './i18n/parts/plan.js';
export * from './queries/index.js';
export * from './insight/index.js';
export * from './compare/index.js';
export * from './read/problem.js';
export * from './read/read-result.js';
export * from './read/read-document.js';
export * from './read/limits.js';
export { utf8Length } from './read/parse-json-text.js';
export * from './read/decode-input.js';
export * from './read/svg-payload.js';
export * from './read/read-document-bytes.js';
export { checkInvariants } from './read/invariants/check-invariants.js';
export { checkNetworkSoftRules } from './read/invariants/soft-network.js';
export { OLDEST_VERSION } from './migrate/oldest-version.js';
export * from './write/write-document.js';
export { WriteRefusedError, type WriteRefusalReason } from './write/writable.js';
export { MAX_LISTED_PROBLEMS, MORE_PROBLEMS_KEY, isMoreProblems } from './read/problem-collector.js';
export { drawablePositions } from './read/repair-layouts.js';
export * from './commands/index.js';
export * from './edits/index.js';
export * from './history/index.js';
export * from './ids/new-ids.js';
