/**
 * Insight: what the network around the client can do, in figures and plain sentences (docs/insight.md).
 * Built on core's one query for the network around the client (queries/alters-of-focus.ts). The helpers
 * the modules share (names, lists, the strongest tie, the overloaded owners) stay inside core.
 */
export { networkInsight, isReciprocal, type NetworkInsight, type SupportSources } from './network-insight.js';
export { FINDING_CODES, FINDING_THRESHOLDS, findingsOf, type Finding, type FindingCode } from './findings.js';
export { withoutPeople, supportLostWithout, fragility } from './fragility.js';
export {
  whoCouldHelp,
  whoCouldBeAsked,
  whoCouldTakeOver,
  type ActionHelp,
  type HelpCandidate,
  type TakeOver,
} from './who-could-help.js';
export {
  insightT,
  shownEntityName,
  supportLabel,
  describeFinding,
  insightReport,
  insightFigureLines,
  insightBlock,
  type InsightReport,
} from './report.js';
export {
  highlightedIds,
  dimmedIds,
  parseHighlight,
  describeHighlight,
  mapHighlight,
  type Highlight,
} from './highlight.js';
export { insightLines } from './insight-lines.js';
