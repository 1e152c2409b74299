/**
 * English messages of the soft rules and repairs (keys `read.warn.*`): warnings of the reader and of
 * checkInvariants(). The editor shows the plan's (action team) without the rest of the reader's text.
 */
export const warningsEn = {
  // Soft rules and repairs (warnings).
  'read.warn.parentTooYoung':
    'The parent "{parent}" was born only {years} years before "{child}" (less than 12).',
  'read.warn.twoCurrentHouseholds': '"{id}" is a member of more than one current household.',
  'read.warn.actionTeamSmall': 'The action team has {count} members; at least 3 are advised.',
  'read.warn.actionTeamLarge': 'The action team has {count} members; at most 6 are advised.',
  'read.warn.actionTeamOnlyProfessionals':
    'The action team holds only professionals; the plan is meant to be carried by the network.',
  'read.warn.duplicateTie': 'There is already a tie between "{a}" and "{b}" (at {first}).',
  'read.warn.monozygoticSexDiffers': '"{a}" and "{b}" are identical twins but have a different sex at birth.',
  'read.warn.layoutPositionDropped':
    'The saved position of "{id}" was dropped: nothing in the document has that id.',
  'read.warn.layoutPositionClamped':
    'The saved position of "{id}" lay too far away and was moved to within {limit} drawing units of the centre.',
  'read.warn.migrated':
    'This document was written in format version {from} and was converted to version {to}.',
} as const;
