/**
 * English messages of the insight report as lines of text (`insight.cli.*` headings of `kring insight` and
 * the case-file report: insight/insight-lines.ts). A part of its own so that the editor, which shows the
 * report in its panel instead, leaves these words out.
 */
export const insightLinesEn = {
  'insight.cli.byRing': 'Per ring:',
  'insight.cli.bySector': 'Per sector:',
  'insight.cli.support': 'Support (received / given / potential):',
  'insight.cli.findings': 'Findings:',
  'insight.cli.noFindings': 'Findings: nothing stands out.',
} as const;
