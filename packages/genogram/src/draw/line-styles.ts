/**
 * Line styles of the genogram's structural lines, one per relationship type and descent kind, chosen to
 * be told apart in black and white (docs/notation-spec.md §1.4, §1.5 and §5.7–5.8):
 * marriage and registered partnership solid; living together dashed (McGoldrick "LT"); engagement long
 * dashes; LAT dash-dot; dating short dashes; affair dotted; brief dash-dot-dot; parents without a recorded
 * relationship a thin grey line. Descent: biological solid; adopted dashed + "A"; foster dotted + letter;
 * step dash-dot + letter; guardian long dash-dot + letter; donor short dashes + letter.
 */
import type { ParentChildKind, PartnershipType } from '@kring/core';
import type { Style } from '@kring/scene';

export const PARTNERSHIP_STYLE: Record<PartnershipType, Style> = {
  marriage: { stroke: 'ink', strokeWidth: 1.6 },
  registered_partnership: { stroke: 'ink', strokeWidth: 1.6 },
  cohabitation: { stroke: 'ink', strokeWidth: 1.6, dash: [6, 4] },
  engagement: { stroke: 'ink', strokeWidth: 1.6, dash: [12, 4] },
  lat: { stroke: 'ink', strokeWidth: 1.6, dash: [9, 3, 2, 3] },
  dating: { stroke: 'ink', strokeWidth: 1.6, dash: [3, 3] },
  affair: { stroke: 'ink', strokeWidth: 1.8, dash: [0.1, 4], round: true },
  brief: { stroke: 'ink', strokeWidth: 1.6, dash: [7, 2, 1.5, 2, 1.5, 2] },
};

export const UNRECORDED_UNION_STYLE: Style = { stroke: 'muted', strokeWidth: 1 };

export const DESCENT_STYLE: Record<ParentChildKind, Style> = {
  biological: { stroke: 'ink', strokeWidth: 1.4 },
  adoptive: { stroke: 'ink', strokeWidth: 1.4, dash: [5, 3] },
  foster: { stroke: 'ink', strokeWidth: 1.6, dash: [0.1, 3.5], round: true },
  step: { stroke: 'ink', strokeWidth: 1.4, dash: [8, 3, 1.5, 3] },
  guardian: { stroke: 'ink', strokeWidth: 1.4, dash: [12, 3, 3, 3] },
  donor: { stroke: 'ink', strokeWidth: 1.4, dash: [2, 2] },
};
