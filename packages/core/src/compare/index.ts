/**
 * Comparisons over time: the network of a map at one moment (snapshots), and what changed between two
 * moments by core's one rule for the network around the client, in figures and in practice words.
 */
export { networkStateOf, snapshotDocument } from './network-state.js';
export { NOW, findSnapshot, stateAt, type SnapshotLookup, type StateLookup } from './find-snapshot.js';
export {
  SUPPORT_SIDES,
  compareNetworks,
  hasDifferences,
  type ComparisonFigures,
  type FromTo,
  type NetworkComparison,
  type RingChange,
  type StrengthChange,
  type SupportChange,
  type SupportSide,
} from './compare-networks.js';
export {
  compareT,
  describeComparison,
  comparisonReport,
  type ComparisonLine,
  type ComparisonLineCode,
  type ComparisonReport,
} from './describe-comparison.js';
export { statesInOrder, type TimedState } from './states-in-order.js';
