/** Dutch messages of the insight report as lines of text; must have every key of insight-lines.en.ts. */
import type { insightLinesEn } from './insight-lines.en.js';

export const insightLinesNl: Record<keyof typeof insightLinesEn, string> = {
  'insight.cli.byRing': 'Per ring:',
  'insight.cli.bySector': 'Per sector:',
  'insight.cli.support': 'Steun (ontvangen / gegeven / mogelijk):',
  'insight.cli.findings': 'Wat opvalt:',
  'insight.cli.noFindings': 'Wat opvalt: niets.',
};
