/** Dutch messages of the document checks; must have every key of checks.en.ts. */
import type { checksEn } from './checks.en.js';

export const checksNl: Record<keyof typeof checksEn, string> = {
  'read.forbiddenId': 'De id "{id}" is niet toegestaan.',
  'read.duplicateId': 'De id "{id}" wordt meer dan eens gebruikt (eerst bij {first}).',
  'read.focusMissing': 'De hoofdpersoon "{id}" is geen persoon in dit document.',
  'read.focusNotLiveBirth': 'De hoofdpersoon moet levend geboren zijn.',
  'read.refMissing': 'Niets in dit document heeft de id "{id}".',
  'read.refNotPerson': '"{id}" moet een persoon zijn.',
  'read.refNotPersonOrOrganisation': '"{id}" moet een persoon of een organisatie zijn.',
  'read.refNotPartnership': '"{id}" moet een partnerrelatie zijn.',
  'read.selfLink': 'Een verbinding moet twee verschillende onderdelen verbinden, niet "{id}" met zichzelf.',
  'read.duplicateSnapshotId': 'Twee momentopnamen hebben hetzelfde id "{id}".',
  'read.duplicateMember': '"{id}" staat er meer dan eens in.',
  'read.tooManyBiologicalParents':
    '"{id}" heeft {count} biologische ouders; een kind heeft er hoogstens twee.',
  'read.parentCycle':
    'Door deze ouderlijn wordt "{id}" zijn of haar eigen voorouder (biologische en adoptielijnen mogen geen kring vormen).',
  'read.parentNotInPartnership':
    'De ouder "{parent}" is geen van beide partners van partnerrelatie "{partnership}".',
  'read.eventNeedsStart':
    '"{kind}" vraagt om een eerder begin van de relatie (begonnen, verloofd, samenwonend of getrouwd).',
  'read.eventNeedsMarriage': '"{kind}" vraagt om een eerdere gebeurtenis "getrouwd/geregistreerd".',
  'read.reconcileNeedsSeparation': '"verzoend" vraagt om een eerdere gebeurtenis "uit elkaar".',
  'read.eventsOutOfOrder':
    'Gebeurtenissen van een relatie moeten in tijdsvolgorde staan: {date} ligt vóór {previous}.',
  'read.deathBeforeBirth': 'De overlijdensdatum {death} ligt vóór de geboortedatum {birth}.',
  'read.deathButAlive': 'Iemand met een overlijdensdatum kan niet als "in leven" gemarkeerd zijn.',
  'read.notLiveBirthPartner': '"{id}" is niet levend geboren en kan geen partner zijn.',
  'read.notLiveBirthParent': '"{id}" is niet levend geboren en kan geen ouder zijn.',
  'read.notLiveBirthHousehold': '"{id}" is niet levend geboren en kan geen lid van een huishouden zijn.',
  'read.notLiveBirthTie': '"{id}" is niet levend geboren en kan geen deel van een verbinding zijn.',
  'read.notLiveBirthActionTeam': '"{id}" is niet levend geboren en kan niet in het actieteam.',
  'read.multipleBirthTooSmall': 'Een meerling heeft minstens twee leden nodig.',
  'read.multipleBirthParentsDiffer':
    '"{a}" en "{b}" horen bij één meerling maar hebben verschillende biologische ouders.',
  'read.ringOutOfRange': 'Ring {ring} bestaat niet: de kaart heeft ring 1 tot en met {max}.',
  'read.sectorNotInPreset': 'Sector "{sector}" hoort niet bij de indeling "{preset}"; kies uit: {allowed}.',
  'read.directionRequired': 'De soort "{kind}" wijst van de een naar de ander: kies een richting.',
};
