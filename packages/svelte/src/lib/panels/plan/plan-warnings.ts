/**
 * The soft rules about the plan (format.md: an action team of fewer than 3 or more than 6, or only
 * professionals), taken from the reader's own checks so panel and file validation never disagree. Only the
 * network soft rules warn about the plan, so the editor runs those alone and carries no other invariant.
 */
import { checkNetworkSoftRules, type KringDocument, type Message } from '@kring/core';

export function planWarnings(doc: KringDocument): Message[] {
  if (doc.plan === null) return [];
  return checkNetworkSoftRules(doc)
    .filter((p) => p.severity === 'warning' && p.path[0] === 'plan')
    .map((p) => p.message);
}
