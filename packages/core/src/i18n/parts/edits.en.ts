/** English messages of core's edit helpers (keys `edits.*`): what an edit did besides what was asked. */
export const editsEn = {
  'edits.marriageInserted':
    'Also added an undated "married" before "{kind}": a divorce or annulment needs an earlier marriage.',
  'edits.option.symbols': 'symbols',
  'edits.option.deathMark': 'death mark',
  'edits.option.rings': 'number of rings',
  'edits.option.sectors': 'sectors',
} as const;
