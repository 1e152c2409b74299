/**
 * Insight: what the network around the client can do, in figures and plain sentences (docs/insight.md).
 * Built on core's one query for the network around the client (queries/alters-of-focus.ts).
 */
export * from './network-insight.js';
export * from './findings.js';
export * from './fragility.js';
export * from './who-could-help.js';
export * from './report.js';
export * from './highlight.js';
export * from './insight-lines.js';
