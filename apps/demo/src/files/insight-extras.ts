/**
 * What an export adds from insight, computed from the document: the map's highlight in words (what stays in
 * full colour) and the insight block (the figures and findings of the insight tab and `kring insight`). Names
 * as the export draws them: initials when pseudonymised. Loaded on first use, like the insight tab.
 */
import { insightBlock, mapHighlight, type Highlight, type Id } from '@kring/core';
import { documentForText, type SvgHighlight, type SvgTextBlock } from '@kring/scene';
import type { ExportChoice, ExportTarget } from './export-map.js';

export interface InsightExtras {
  highlight?: SvgHighlight;
  insight?: SvgTextBlock;
}

export function insightExtras(
  target: ExportTarget & { highlight?: { highlight?: Highlight; whatIf: Id | null } },
  choice: ExportChoice,
): InsightExtras {
  const shown = documentForText(target.doc, {
    locale: target.locale,
    pseudonymise: choice.pseudonymise,
    hideHealth: choice.hideHealth,
  });
  const out: InsightExtras = {};
  if (choice.highlight && target.highlight) {
    const mapped = mapHighlight(shown, target.highlight.highlight, target.highlight.whatIf, target.locale);
    if (mapped) out.highlight = mapped;
  }
  if (choice.insight) out.insight = insightBlock(shown, target.locale);
  return out;
}
