/**
 * English messages of interop (`interop.*`): GEDCOM import and export, the research exports (GraphML, CSV),
 * `kring import` / `kring export` and the demo's import report (packages/gedcom, docs/interop.md).
 */
export const interopEn = {
  // Refusals of a GEDCOM file (packages/gedcom/src/parse.ts, import.ts)
  'interop.gedcom.binary': 'This is no GEDCOM text: it holds control characters (a binary file?).',
  'interop.gedcom.badLine': 'This line is no GEDCOM line (level, tag, value): "{text}".',
  'interop.gedcom.noHeader': 'A GEDCOM file starts with "0 HEAD"; this one does not.',
  'interop.gedcom.afterTrailer': 'There is text after the end of the file ("0 TRLR").',
  'interop.gedcom.badLevel':
    'Level {level} cannot follow level {previous}: a level goes up by one at a time.',
  'interop.gedcom.xrefNotRecord': 'Only records (level 0) have an identifier (@…@).',
  'interop.gedcom.empty': 'The file is empty.',
  'interop.gedcom.truncated':
    'The file ends at line {line} without its last line ("0 TRLR"): it seems cut off. Export it again from the program that made it.',
  'interop.gedcom.tooLarge': 'The file is too large: {size} bytes, at most {limit}.',
  'interop.gedcom.noIndividuals':
    'This GEDCOM file holds no persons (no INDI records): there is no family to draw.',
  'interop.gedcom.tooManyEntities':
    'The family is too large for one map: {count} persons and relations, at most {limit}. Import only the family of one person (--generations).',
  'interop.gedcom.focusNotFound': 'No person in the file is called or has the id "{query}".',
  'interop.gedcom.line': 'line {line}: {text}',
  // What an import changed or left out (the report's notes)
  'interop.note.duplicateId': 'The identifier @{id}@ is used for two records; the second got a new id.',
  'interop.note.deathBeforeBirth':
    '{name}: the death ({death}) is before the birth ({birth}); the death date was left out (deceased is kept).',
  'interop.note.presumedDeceased':
    '{count} persons born more than {years} years ago without a recorded death are shown as deceased.',
  'interop.note.missingRecord': 'A link to @{id}@, which is not in the file, was left out.',
  'interop.note.secondSpouse': 'Family @{id}@ names a second husband or wife; only the first is kept.',
  'interop.note.selfCouple': 'Family @{id}@ names the same person twice as partner; it became no couple.',
  'interop.note.marriageInserted':
    '{names}: divorced without a recorded marriage; a marriage without date was added before it.',
  'interop.note.eventDropped':
    '{names}: "{kind}" cannot come before the relationship began; it was left out.',
  'interop.note.pedigreeUnknown':
    '{child} and {parent}: the kind of parenthood "{value}" has no Kring kind; read as biological.',
  'interop.note.ownParent': '{name} is listed as their own child; that link was left out.',
  'interop.note.tooManyParents':
    '{child} has more than two birth parents in the file; the link to {parent} was left out.',
  'interop.note.cycle': '{child} would be their own ancestor (through {parent}); that link was left out.',
  'interop.note.twinsParentsDiffer':
    'Marked as twins but with different parents: {names}; not drawn as twins.',
  'interop.note.focusAmbiguous':
    '{count} persons match "{query}"; the first was chosen: {name} ({id}). Give the id to choose another.',
  // The report, as the CLI and the demo show it
  'interop.report.summary':
    'Read {persons} persons, {partnerships} couples and {parentChild} parent-child links from {individuals} individuals and {families} families.',
  'interop.report.format': 'GEDCOM {version}, {encoding}',
  'interop.report.versionUnknown': 'no version given',
  'interop.report.encodingMismatch': 'The file says it is {declared}; it was read as {encoding}.',
  'interop.report.focus': 'Focus: {name} ({id})',
  'interop.report.leftOut': '{count} persons outside the focus’s family were left out.',
  'interop.report.multipleBirths': 'Multiple births: {count}',
  'interop.report.dates':
    'Dates that are not exact or could not be read ({count}), with their original text:',
  'interop.report.date': '{name}, {field}: "{original}" → {mapped}',
  'interop.report.dateUnread': '{name}, {field}: "{original}" could not be read and was left out',
  'interop.report.field.birth': 'birth',
  'interop.report.field.death': 'death',
  'interop.report.field.event': 'relationship',
  'interop.report.notes': 'Changed on import ({count}):',
  'interop.report.unmapped': 'Not imported ({count} kinds of data):',
  'interop.report.unmappedTag': '{tag}: {count}×',
  'interop.report.extension': '{tag}: {count}× (extension of the program that wrote the file)',
  'interop.report.nothingLeftOut': 'Everything in the file was imported.',
  // kring import / kring export (packages/cli/src/commands/import.ts, export.ts)
  'interop.cli.import.summary':
    'import <file.ged|.csv> [-o out.kring.json] [--focus <name or id>] [--generations N] [--into <map>]    a GEDCOM file or contact list as a map',
  'interop.cli.import.usage':
    'Usage: kring import <file.ged> [-o out.kring.json] [--focus <name or id>] [--generations N] [--locale nl|en]\n' +
    '       kring import <list.csv|.tsv|.txt> [-o out.kring.json] [--focus <name>] [--into <map.kring.json>] [--delimiter ";"|,|tab|line] [--locale nl|en]',
  'interop.cli.export.summary':
    'export <file> --to gedcom|gedcom5|graphml|csv [-o out] [--pseudonymise]    the family as GEDCOM, the network for research',
  'interop.cli.export.usage':
    'Usage: kring export <file> --to gedcom|gedcom5|graphml|csv [-o out] [--pseudonymise] [--locale nl|en]',
  'interop.cli.fileRequired': 'Name one file.',
  'interop.cli.unknownFormat': 'Unknown format "{value}": gedcom, gedcom5, graphml or csv.',
  'interop.cli.formatRequired': 'Say which format: --to gedcom|gedcom5|graphml|csv.',
  'interop.cli.badGenerations': '--generations takes a whole number from 0 to 50, not "{value}".',
  'interop.cli.unknownInput':
    'Kring can import a GEDCOM file (.ged) or a contact list (.csv, .tsv, .txt), not "{file}".',
  'interop.cli.badDelimiter': '--delimiter is ";", ",", tab or line, not "{value}".',
  'interop.cli.gedcomOnly': '{option} goes with a GEDCOM file, not with a contact list.',
  'interop.cli.contactsOnly': '{option} goes with a contact list (.csv, .tsv, .txt).',
  'interop.cli.contacts.read':
    'Read {rows} rows (columns separated by "{delimiter}", {encoding}, header row: {header}).',
  'interop.cli.contacts.headerYes': 'yes',
  'interop.cli.contacts.headerNo': 'no',
  'interop.cli.contacts.focus': 'Focus: {name}',
  'interop.cli.contacts.added': 'Added, not yet placed: {persons} persons and {organisations} organisations.',
  'interop.cli.contacts.onMap': '{name} is already on the map: not added again.',
  'interop.cli.contacts.repeated': '{name} is twice in the list (first on line {first}): added once.',
  'interop.cli.csvNeedsOutputDir': 'CSV export writes four files: name a folder with -o.',
  'interop.cli.written': 'Written: {file}',
  'interop.cli.gedcomPrivate':
    'GEDCOM holds full names and dates: it cannot be pseudonymised. Use graphml or csv.',
  // The demo: importing a GEDCOM file (apps/demo/src/ui/GedcomImportDialog.svelte) and exporting for other programs
  'interop.demo.openHint':
    'A family tree from a genealogy program (GEDCOM, .ged) opens here too: you choose whose map it is.',
  'interop.demo.import.heading': 'Import a family tree (GEDCOM): {file}',
  'interop.demo.import.focus': 'Whose map is it? (the client)',
  'interop.demo.import.focusHint': 'Type a name or choose one from the list of persons in the file.',
  'interop.demo.import.focusUnknown': 'No person in the file has this name or id.',
  'interop.demo.import.generations': 'Who comes along',
  'interop.demo.import.generationsAll': 'Everyone in the file ({count} persons)',
  'interop.demo.import.generationsN': 'The family {n} generations up and down from the client',
  'interop.demo.import.report': 'What was not taken over or was changed ({count})',
  'interop.demo.import.more': '… and {count} more',
  'interop.demo.import.submit': 'Import',
  'interop.demo.import.reading': 'Reading the family tree…',
  'interop.demo.import.making': 'Making the map…',
  'interop.demo.import.progress': '{percent}% done',
  'interop.demo.import.failed': 'The file could not be read. Try again or choose another file.',
  'interop.demo.import.refused': 'This file cannot be imported: {file}',
  'interop.demo.export.button': 'Export for other programs',
  'interop.demo.export.heading': 'Export for other programs',
  'interop.demo.export.format': 'Format',
  'interop.demo.export.gedcom': 'GEDCOM 7.0: the family, for genealogy programs',
  'interop.demo.export.gedcom5': 'GEDCOM 5.5.1: the family, for older genealogy programs',
  'interop.demo.export.graphml': 'GraphML: the network, for Gephi, R or Python',
  'interop.demo.export.csv': 'CSV: the network as four tables (persons, organisations, ties, relations)',
  'interop.demo.export.pseudonymise': 'Initials instead of names, no birth years',
  'interop.demo.export.pseudonymiseHint': 'For research data that leaves your organisation.',
  'interop.demo.export.gedcomNotPrivate':
    'A GEDCOM file holds full names and dates: it cannot be pseudonymised.',
  'interop.demo.export.submit': 'Export',
  // Contact lists ("groslijst", packages/gedcom/src/contacts)
  'interop.contacts.tooLarge': 'The list is too large: {size} bytes, at most {limit}.',
  'interop.contacts.workbook':
    'This is a spreadsheet workbook (.xlsx, .xls or .ods), not a text list. Save it as CSV first ("Save as" → CSV).',
  'interop.contacts.binary': 'This is no text list: it holds control characters (a binary file?).',
  'interop.contacts.empty': 'The list is empty: there are no names in it.',
  'interop.contacts.tooManyRows':
    'The list has more than {limit} rows. A network map holds tens of people: split the list or choose who matters.',
  'interop.contacts.remark.cut': 'A cell longer than {limit} characters was cut off.',
  'interop.contacts.remark.zero': 'The leading zero the spreadsheet dropped was put back: {phone}.',
  'interop.contacts.note.relation': 'Relation: {relation}',
  'interop.contacts.note.sector': 'Proposed sector: {sector}',
  'interop.contacts.note.phone': 'Phone: {phone}',
  'interop.contacts.note.email': 'E-mail: {email}',
  'interop.contacts.title': 'Network of {name}',
  'interop.contacts.focusEmpty': 'Say whose map it is: the client’s name.',
  'interop.contacts.focusOrganisation': '“{name}” is an organisation: the client of a map is a person.',
  'interop.contacts.noPersons': 'The list holds no persons: say whose map it is (the client’s name).',
  // The demo: a contact list (apps/demo/src/ui/ContactListDialog.svelte)
  'interop.demo.contacts.menu': 'Add a contact list',
  'interop.demo.contacts.openHint':
    'A contact list (.csv, .tsv or .txt, for example from Excel) becomes a new map too; or paste one:',
  'interop.demo.contacts.pasteButton': 'Paste a list',
  'interop.demo.contacts.headingAdd': 'Add a contact list',
  'interop.demo.contacts.headingNew': 'New map from a contact list',
  'interop.demo.contacts.intro':
    'A list of names from Excel, a case system or an e-mail: one person per row, with a relation, sector or phone number when you have them. They come into the map without a place: you place them yourself in the ecogram or sociogram (“Not yet in this view”).',
  'interop.demo.contacts.paste': 'Paste a list',
  'interop.demo.contacts.pasteHint': 'Copy the rows in Excel or elsewhere and paste them here (Ctrl+V).',
  'interop.demo.contacts.chooseFile': 'Or choose a file (.csv, .tsv, .txt)',
  'interop.demo.contacts.otherFile': 'Choose another file',
  'interop.demo.contacts.file': 'File: {file} ({encoding})',
  'interop.demo.contacts.unclosedQuote':
    'A quotation mark opened on line {line} is never closed: the rest of the list was read as one cell. Check the list.',
  'interop.demo.contacts.delimiter': 'Columns separated by',
  'interop.demo.contacts.delimiter.semicolon': 'semicolon (;)',
  'interop.demo.contacts.delimiter.comma': 'comma (,)',
  'interop.demo.contacts.delimiter.tab': 'tab',
  'interop.demo.contacts.delimiter.line': 'no columns: one name per line',
  'interop.demo.contacts.header': 'The first row holds the column names',
  'interop.demo.contacts.columns': 'Which column holds what?',
  'interop.demo.contacts.role.name': 'Name',
  'interop.demo.contacts.role.surname': 'Surname (in a column of its own)',
  'interop.demo.contacts.role.relation': 'Relation',
  'interop.demo.contacts.role.sector': 'Sector',
  'interop.demo.contacts.role.phone': 'Phone',
  'interop.demo.contacts.role.email': 'E-mail',
  'interop.demo.contacts.role.kind': 'Person or organisation',
  'interop.demo.contacts.column': 'Column {n}: {sample}',
  'interop.demo.contacts.none': '— none —',
  'interop.demo.contacts.preview': 'Preview: the first {shown} of {total} rows',
  'interop.demo.contacts.col.line': 'Line',
  'interop.demo.contacts.col.sector': 'Sector (proposal)',
  'interop.demo.contacts.col.contact': 'Phone, e-mail',
  'interop.demo.contacts.col.outcome': 'What happens',
  'interop.demo.contacts.status.new': 'added',
  'interop.demo.contacts.status.newOrganisation': 'added as an organisation',
  'interop.demo.contacts.status.onMap': 'already on the map: not added again',
  'interop.demo.contacts.status.repeated': 'twice in the list (line {line}): added once',
  'interop.demo.contacts.status.noName': 'no name: skipped',
  'interop.demo.contacts.summary':
    'To add: {new}. Already on the map: {onMap}. Twice in the list: {repeated}. Without a name: {noName}.',
  'interop.demo.contacts.focusHint': 'The first person of the list, or type another name.',
  'interop.demo.contacts.submitAdd': 'Add {count} to the map',
  'interop.demo.contacts.updates': 'Update the details of people already on the map',
  'interop.demo.contacts.update.row': 'Update {name}: {changes}',
  'interop.demo.contacts.update.phone': 'phone {value}',
  'interop.demo.contacts.update.phoneReplaces': 'phone {value} (was {previous})',
  'interop.demo.contacts.update.email': 'e-mail {value}',
  'interop.demo.contacts.update.emailReplaces': 'e-mail {value} (was {previous})',
  'interop.demo.contacts.submitUpdate': 'Update {count}',
  'interop.demo.contacts.submitAddUpdate': 'Add {added} and update {updated}',
  'interop.demo.contacts.updated': 'Updated from the list: {count}.',
  'interop.demo.contacts.submitNew': 'Make the map from the list',
  'interop.demo.contacts.added':
    '{count} added from the list. They wait in “Not yet in this view” of the ecogram and sociogram.',
} as const;
