/** Dutch messages of core's edit helpers; must have every key of edits.en.ts. */
import type { editsEn } from './edits.en.js';

export const editsNl: Record<keyof typeof editsEn, string> = {
  'edits.marriageInserted':
    'Ook "getrouwd" (zonder datum) toegevoegd vóór "{kind}": een scheiding of nietigverklaring vraagt om een eerder huwelijk.',
  'edits.option.symbols': 'symbolen',
  'edits.option.deathMark': 'overlijdensteken',
  'edits.option.rings': 'aantal ringen',
  'edits.option.sectors': 'sectoren',
};
