/** English messages of the reader (keys `read.*`). Placeholders are `{name}`. */
export const readEn = {
  // Before the structure is looked at.
  'read.tooLarge':
    'The file is too large ({size} bytes); Kring reads at most 20 MiB (20,971,520 bytes of UTF-8 text).',
  'read.tooManyEntities': 'The document holds too many entries ({count}; at most {limit} are read).',
  'read.tooDeep': 'The document is nested too deeply (more than {limit} levels).',
  'read.syntax': 'This is not valid JSON (line {line}, column {column}).',
  'read.syntaxNoPosition': 'This is not valid JSON.',
  // SVG exports (read/svg-payload.ts); reading a file's bytes and writing say more (files.en.ts).
  'read.svgPayloadVersion':
    'The map in this SVG was stored by another Kring (payload version {version}); this Kring reads version {current}.',
  'read.notJsonValue':
    'This value cannot be stored in JSON (functions, dates, NaN and the like are not allowed).',
  'read.unreadable':
    'This value could not be read as data: looking at a part of it failed (a getter or a Proxy that throws).',
  'read.notAnObject': 'The document must be a JSON object.',
  'read.notKring': 'This is not a Kring document: "format" must be "kring".',
  'read.versionNotInteger': '"version" must be a whole number.',
  'read.tooNew':
    'This document was made by a newer Kring (format version {version}); this Kring reads up to version {current}. Update Kring to open it.',
  'read.tooOld': 'Format version {version} is unknown; the oldest version Kring reads is {oldest}.',
  'read.forbiddenKey': 'The key "{key}" is not allowed anywhere in a document.',
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
  // The end of a shortened problem list (at most 200 problems are listed).
  'read.moreProblems': '… and {count} more problems.',
  // Migration notes (shown with read.warn.migrated) and migration failures.
  'read.migration.v0_to_v1':
    'Converted from the draft format: people and relations were split into persons, partnerships, parent links, interaction lines and ties; sex M/F became gender man/woman; dates became partial dates.',
  'read.migration.v1_to_v2':
    'Updated to format version 2: the plan got a list of invitees and the map a place for snapshots. Nothing was changed or left out.',
  'read.migrationFailed':
    'Kring could not convert this document from version {from}: this is a fault in Kring, not in your file. Please report it.',
} as const;
