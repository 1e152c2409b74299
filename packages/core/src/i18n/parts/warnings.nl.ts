/** Dutch messages of the soft rules and repairs; must have every key of warnings.en.ts. */
import type { warningsEn } from './warnings.en.js';

export const warningsNl: Record<keyof typeof warningsEn, string> = {
  'read.warn.parentTooYoung':
    'De ouder "{parent}" is maar {years} jaar vóór "{child}" geboren (minder dan 12).',
  'read.warn.twoCurrentHouseholds': '"{id}" is lid van meer dan één huidig huishouden.',
  'read.warn.actionTeamSmall': 'Het actieteam heeft {count} leden; minstens 3 is aan te raden.',
  'read.warn.actionTeamLarge': 'Het actieteam heeft {count} leden; hoogstens 6 is aan te raden.',
  'read.warn.actionTeamOnlyProfessionals':
    'Het actieteam bestaat alleen uit professionals; het plan hoort gedragen te worden door het netwerk.',
  'read.warn.duplicateTie': 'Er is al een verbinding tussen "{a}" en "{b}" (bij {first}).',
  'read.warn.monozygoticSexDiffers':
    '"{a}" en "{b}" zijn een eeneiige tweeling maar hebben een verschillend geslacht bij geboorte.',
  'read.warn.layoutPositionDropped':
    'De bewaarde plaats van "{id}" is weggelaten: niets in het document heeft die id.',
  'read.warn.layoutPositionClamped':
    'De bewaarde plaats van "{id}" lag te ver weg en is verplaatst tot binnen {limit} tekeneenheden van het midden.',
  'read.warn.migrated': 'Dit document is geschreven in formaatversie {from} en is omgezet naar versie {to}.',
};
