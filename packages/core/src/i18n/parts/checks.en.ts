/**
 * English messages of the invariants that checkInvariants() reports as errors (keys `read.*`, kept apart
 * from read.en.ts so that a consumer which checks documents need not carry the reader's and the CLI's text).
 */
export const checksEn = {
  // Invariants (format.md §Invariants).
  'read.forbiddenId': 'The id "{id}" is not allowed.',
  'read.duplicateId': 'The id "{id}" is used more than once (first at {first}).',
  'read.focusMissing': 'The focus "{id}" is not a person in this document.',
  'read.focusNotLiveBirth': 'The focus person must be a live birth.',
  'read.refMissing': 'Nothing in this document has the id "{id}".',
  'read.refNotPerson': '"{id}" must be a person.',
  'read.refNotPersonOrOrganisation': '"{id}" must be a person or an organisation.',
  'read.refNotPartnership': '"{id}" must be a partnership.',
  'read.selfLink': 'A link must join two different entries, not "{id}" to itself.',
  'read.duplicateSnapshotId': 'Two snapshots have the same id "{id}".',
  'read.duplicateMember': '"{id}" is listed more than once.',
  'read.tooManyBiologicalParents': '"{id}" has {count} biological parents; a child has at most two.',
  'read.parentCycle':
    'This parent link makes "{id}" their own ancestor (biological and adoptive links must not form a loop).',
  'read.parentNotInPartnership':
    'The parent "{parent}" is not one of the two partners of partnership "{partnership}".',
  'read.eventNeedsStart':
    '"{kind}" needs an earlier start of the partnership (started, engaged, cohabiting or married).',
  'read.eventNeedsMarriage': '"{kind}" needs an earlier "married" event.',
  'read.reconcileNeedsSeparation': '"reconciled" needs an earlier "separated" event.',
  'read.eventsOutOfOrder': 'Partnership events must be in time order: {date} comes before {previous}.',
  'read.deathBeforeBirth': 'The death date {death} is before the birth date {birth}.',
  'read.deathButAlive': 'A person with a death date cannot have life status "alive".',
  'read.notLiveBirthPartner': '"{id}" is not a live birth and cannot be a partner.',
  'read.notLiveBirthParent': '"{id}" is not a live birth and cannot be a parent.',
  'read.notLiveBirthHousehold': '"{id}" is not a live birth and cannot be a household member.',
  'read.notLiveBirthTie': '"{id}" is not a live birth and cannot be in a tie.',
  'read.notLiveBirthActionTeam': '"{id}" is not a live birth and cannot be in the action team.',
  'read.multipleBirthTooSmall': 'A multiple birth needs at least two members.',
  'read.multipleBirthParentsDiffer':
    '"{a}" and "{b}" are in one multiple birth but have different biological parents.',
  'read.ringOutOfRange': 'Ring {ring} does not exist: the map has rings 1 to {max}.',
  'read.sectorNotInPreset':
    'Sector "{sector}" is not part of the preset "{preset}"; choose one of: {allowed}.',
  'read.directionRequired': 'The kind "{kind}" points from one person to the other: choose a direction.',
} as const;
