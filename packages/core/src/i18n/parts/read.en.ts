/** English messages of the reader (keys `read.*`). Placeholders are `{name}`. */
export const readEn = {
  // Before the structure is looked at.
  'read.tooLarge': 'The file is too large ({size} bytes; at most {limit} bytes are read).',
  'read.tooManyEntities': 'The document holds too many entries ({count}; at most {limit} are read).',
  'read.tooDeep': 'The document is nested too deeply (more than {limit} levels).',
  'read.syntax': 'This is not valid JSON (line {line}, column {column}).',
  'read.syntaxNoPosition': 'This is not valid JSON.',
  'read.notJsonValue':
    'This value cannot be stored in JSON (functions, dates, NaN and the like are not allowed).',
  'read.notAnObject': 'The document must be a JSON object.',
  'read.notKring': 'This is not a Kring document: "format" must be "kring".',
  'read.versionNotInteger': '"version" must be a whole number.',
  'read.tooNew':
    'This document was made by a newer Kring (format version {version}); this Kring reads up to version {current}. Update Kring to open it.',
  'read.tooOld': 'Format version {version} is unknown; the oldest version Kring reads is {oldest}.',
  'read.forbiddenKey': 'The key "{key}" is not allowed anywhere in a document.',
  'read.forbiddenId': 'The id "{id}" is not allowed.',
  // Structure (one message per kind of validation issue).
  'read.missingKey': 'The key "{key}" is missing.',
  'read.expectedString': 'Expected text.',
  'read.expectedNumber': 'Expected a number.',
  'read.expectedInteger': 'Expected a whole number.',
  'read.expectedBoolean': 'Expected true or false.',
  'read.expectedArray': 'Expected a list.',
  'read.expectedObject': 'Expected an object.',
  'read.expectedObjectOrNull': 'Expected an object or null.',
  'read.notOneOf': '"{value}" is not allowed here; choose one of: {allowed}.',
  'read.emptyString': 'This must not be empty.',
  'read.tooSmall': 'This must be at least {min}.',
  'read.tooBig': 'This must be at most {max}.',
  'read.badDate':
    '"{value}" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD, optionally with ~ in front for "about".',
  'read.invalid': 'This value is not valid here.',
  // Invariants (format.md §Invariants).
  'read.duplicateId': 'The id "{id}" is used more than once (first at {first}).',
  'read.focusMissing': 'The focus "{id}" is not a person in this document.',
  'read.focusNotLiveBirth': 'The focus person must be a live birth.',
  'read.refMissing': 'Nothing in this document has the id "{id}".',
  'read.refNotPerson': '"{id}" must be a person.',
  'read.refNotPersonOrOrganisation': '"{id}" must be a person or an organisation.',
  'read.refNotPartnership': '"{id}" must be a partnership.',
  'read.selfLink': 'A link must join two different entries, not "{id}" to itself.',
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
  'read.warn.migrated':
    'This document was written in format version {from} and was converted to version {to}.',
  // Migration notes (shown with read.warn.migrated) and migration failures.
  'read.migration.v0_to_v1':
    'Converted from the draft format: people and relations were split into persons, partnerships, parent links, interaction lines and ties; sex M/F became gender man/woman; dates became partial dates.',
  'read.migrationFailed':
    'Kring could not convert this document from version {from}: this is a fault in Kring, not in your file. Please report it.',
  // The command line (kring validate, kring migrate).
  'read.cli.usage': 'Usage: kring <command> [options]. Commands:',
  'read.cli.validate.summary':
    'validate <file…> [--locale nl|en]    check .kring.json files and list every problem',
  'read.cli.migrate.summary':
    'migrate <in> -o <out> [--locale nl|en]    rewrite a file in the current format version',
  'read.cli.validate.usage': 'Usage: kring validate <file…> [--locale nl|en]',
  'read.cli.migrate.usage':
    'Usage: kring migrate <in> -o <out> [--locale nl|en]   (use -o - to write to standard output)',
  'read.cli.unknownCommand': 'Unknown command "{command}".',
  'read.cli.badOption': 'The command line is not understood: {detail}',
  'read.cli.badLocale': 'Unknown language "{value}": use nl or en.',
  'read.cli.noFiles': 'Name at least one file.',
  'read.cli.fileMissing': 'The file does not exist.',
  'read.cli.cannotRead': 'The file cannot be read ({detail}).',
  'read.cli.cannotWrite': 'Cannot write {file} ({detail}).',
  'read.cli.valid': 'valid',
  'read.cli.warning': 'warning',
  'read.cli.summary': '{valid} of {total} files valid.',
  'read.cli.migrated': 'Wrote {file} in format version {to} (read as version {from}).',
  'read.cli.rewritten': 'Wrote {file}; it was already in format version {to}.',
} as const;
