/**
 * Comparisons over time: the network of a map at one moment (snapshots), and what changed between two
 * moments by core's one rule for the network around the client, in figures and in practice words.
 */
export * from './network-state.js';
export * from './find-snapshot.js';
export * from './compare-networks.js';
export * from './describe-comparison.js';
export * from './states-in-order.js';
