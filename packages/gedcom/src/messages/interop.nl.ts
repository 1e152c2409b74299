/** Dutch messages of interop; must have every key of interop.en.ts. */
import type { interopEn } from './interop.en.js';

export const interopNl: Record<keyof typeof interopEn, string> = {
  'interop.gedcom.binary': 'Dit is geen GEDCOM-tekst: er staan stuurtekens in (een binair bestand?).',
  'interop.gedcom.badLine': 'Deze regel is geen GEDCOM-regel (niveau, tag, waarde): "{text}".',
  'interop.gedcom.noHeader': 'Een GEDCOM-bestand begint met "0 HEAD"; dit bestand niet.',
  'interop.gedcom.afterTrailer': 'Er staat nog tekst na het einde van het bestand ("0 TRLR").',
  'interop.gedcom.badLevel':
    'Niveau {level} kan niet volgen op niveau {previous}: een niveau gaat per stap één omhoog.',
  'interop.gedcom.xrefNotRecord': 'Alleen records (niveau 0) hebben een kenmerk (@…@).',
  'interop.gedcom.empty': 'Het bestand is leeg.',
  'interop.gedcom.truncated':
    'Het bestand houdt op bij regel {line} zonder de laatste regel ("0 TRLR"): het lijkt afgebroken. Exporteer het opnieuw uit het programma waarmee het is gemaakt.',
  'interop.gedcom.tooLarge': 'Het bestand is te groot: {size} bytes, hoogstens {limit}.',
  'interop.gedcom.noIndividuals':
    'Dit GEDCOM-bestand bevat geen personen (geen INDI-records): er is geen familie om te tekenen.',
  'interop.gedcom.tooManyEntities':
    'De familie is te groot voor één kaart: {count} personen en relaties, hoogstens {limit}. Importeer alleen de familie van één persoon (--generations).',
  'interop.gedcom.focusNotFound': 'Niemand in het bestand heet "{query}" of heeft dat kenmerk.',
  'interop.gedcom.line': 'regel {line}: {text}',
  'interop.note.duplicateId':
    'Het kenmerk @{id}@ wordt voor twee records gebruikt; het tweede kreeg een nieuw kenmerk.',
  'interop.note.deathBeforeBirth':
    '{name}: het overlijden ({death}) ligt vóór de geboorte ({birth}); de overlijdensdatum is weggelaten (overleden blijft staan).',
  'interop.note.presumedDeceased':
    '{count} personen die meer dan {years} jaar geleden zijn geboren en van wie geen overlijden bekend is, staan als overleden.',
  'interop.note.missingRecord': 'Een verwijzing naar @{id}@, dat niet in het bestand staat, is weggelaten.',
  'interop.note.secondSpouse': 'Gezin @{id}@ noemt een tweede man of vrouw; alleen de eerste is gehouden.',
  'interop.note.selfCouple': 'Gezin @{id}@ noemt dezelfde persoon twee keer als partner; het werd geen paar.',
  'interop.note.marriageInserted':
    '{names}: gescheiden zonder vastgelegd huwelijk; er is een huwelijk zonder datum vóór gezet.',
  'interop.note.eventDropped': '{names}: "{kind}" kan niet vóór het begin van de relatie; weggelaten.',
  'interop.note.pedigreeUnknown':
    '{child} en {parent}: het soort ouderschap "{value}" kent Kring niet; gelezen als biologisch.',
  'interop.note.ownParent': '{name} staat als eigen kind vermeld; die verbinding is weggelaten.',
  'interop.note.tooManyParents':
    '{child} heeft in het bestand meer dan twee biologische ouders; de verbinding met {parent} is weggelaten.',
  'interop.note.cycle': '{child} zou eigen voorouder worden (via {parent}); die verbinding is weggelaten.',
  'interop.note.twinsParentsDiffer':
    'Als tweeling gemarkeerd maar met verschillende ouders: {names}; niet als tweeling getekend.',
  'interop.note.focusAmbiguous':
    '{count} personen passen bij "{query}"; de eerste is gekozen: {name} ({id}). Geef het kenmerk om een ander te kiezen.',
  'interop.report.summary':
    '{persons} personen, {partnerships} paren en {parentChild} ouder-kindverbindingen gelezen uit {individuals} personen en {families} gezinnen.',
  'interop.report.format': 'GEDCOM {version}, {encoding}',
  'interop.report.versionUnknown': 'geen versie opgegeven',
  'interop.report.encodingMismatch': 'Het bestand zegt {declared} te zijn; het is gelezen als {encoding}.',
  'interop.report.focus': 'Centrale persoon: {name} ({id})',
  'interop.report.leftOut': '{count} personen buiten de familie van de centrale persoon zijn weggelaten.',
  'interop.report.multipleBirths': 'Meerlingen: {count}',
  'interop.report.dates':
    'Datums die niet exact zijn of niet te lezen waren ({count}), met hun oorspronkelijke tekst:',
  'interop.report.date': '{name}, {field}: "{original}" → {mapped}',
  'interop.report.dateUnread': '{name}, {field}: "{original}" was niet te lezen en is weggelaten',
  'interop.report.field.birth': 'geboorte',
  'interop.report.field.death': 'overlijden',
  'interop.report.field.event': 'relatie',
  'interop.report.notes': 'Bij het importeren aangepast ({count}):',
  'interop.report.unmapped': 'Niet geïmporteerd ({count} soorten gegevens):',
  'interop.report.unmappedTag': '{tag}: {count}×',
  'interop.report.extension': '{tag}: {count}× (uitbreiding van het programma dat het bestand schreef)',
  'interop.report.nothingLeftOut': 'Alles in het bestand is geïmporteerd.',
  'interop.cli.import.summary':
    'import <bestand.ged|.csv> [-o uit.kring.json] [--focus <naam of kenmerk>] [--generations N] [--into <kaart>]    een GEDCOM-bestand of contactlijst als kaart',
  'interop.cli.import.usage':
    'Gebruik: kring import <bestand.ged> [-o uit.kring.json] [--focus <naam of kenmerk>] [--generations N] [--locale nl|en]\n' +
    '         kring import <lijst.csv|.tsv|.txt> [-o uit.kring.json] [--focus <naam>] [--into <kaart.kring.json>] [--delimiter ";"|,|tab|line] [--locale nl|en]',
  'interop.cli.export.summary':
    'export <bestand> --to gedcom|gedcom5|graphml|csv [-o uit] [--pseudonymise]    de familie als GEDCOM, het netwerk voor onderzoek',
  'interop.cli.export.usage':
    'Gebruik: kring export <bestand> --to gedcom|gedcom5|graphml|csv [-o uit] [--pseudonymise] [--locale nl|en]',
  'interop.cli.fileRequired': 'Noem één bestand.',
  'interop.cli.unknownFormat': 'Onbekend formaat "{value}": gedcom, gedcom5, graphml of csv.',
  'interop.cli.formatRequired': 'Zeg welk formaat: --to gedcom|gedcom5|graphml|csv.',
  'interop.cli.badGenerations': '--generations vraagt een geheel getal van 0 tot 50, niet "{value}".',
  'interop.cli.unknownInput':
    'Kring kan een GEDCOM-bestand (.ged) of een contactlijst (.csv, .tsv, .txt) importeren, niet "{file}".',
  'interop.cli.badDelimiter': '--delimiter is ";", ",", tab of line, niet "{value}".',
  'interop.cli.gedcomOnly': '{option} hoort bij een GEDCOM-bestand, niet bij een contactlijst.',
  'interop.cli.contactsOnly': '{option} hoort bij een contactlijst (.csv, .tsv, .txt).',
  'interop.cli.contacts.read':
    '{rows} rijen gelezen (kolommen gescheiden door "{delimiter}", {encoding}, kopregel: {header}).',
  'interop.cli.contacts.headerYes': 'ja',
  'interop.cli.contacts.headerNo': 'nee',
  'interop.cli.contacts.focus': 'Focus: {name}',
  'interop.cli.contacts.added':
    'Toegevoegd, nog niet geplaatst: {persons} personen en {organisations} organisaties.',
  'interop.cli.contacts.onMap': '{name} staat al op de kaart: niet nog eens toegevoegd.',
  'interop.cli.contacts.repeated':
    '{name} staat dubbel in de lijst (eerst op regel {first}): één keer toegevoegd.',
  'interop.cli.csvNeedsOutputDir': 'CSV-export schrijft vier bestanden: noem een map met -o.',
  'interop.cli.written': 'Geschreven: {file}',
  'interop.cli.gedcomPrivate':
    'GEDCOM bevat volledige namen en datums: het kan niet gepseudonimiseerd worden. Gebruik graphml of csv.',
  'interop.demo.openHint':
    'Een stamboom uit een genealogieprogramma (GEDCOM, .ged) opent hier ook: je kiest wiens kaart het is.',
  'interop.demo.import.heading': 'Stamboom importeren (GEDCOM): {file}',
  'interop.demo.import.focus': 'Wiens kaart is het? (de cliënt)',
  'interop.demo.import.focusHint': 'Typ een naam of kies er een uit de lijst van personen in het bestand.',
  'interop.demo.import.focusUnknown': 'Niemand in het bestand heeft deze naam of dit kenmerk.',
  'interop.demo.import.generations': 'Wie er meekomt',
  'interop.demo.import.generationsAll': 'Iedereen in het bestand ({count} personen)',
  'interop.demo.import.generationsN': 'De familie {n} generaties omhoog en omlaag vanaf de cliënt',
  'interop.demo.import.report': 'Wat niet is overgenomen of is aangepast ({count})',
  'interop.demo.import.more': '… en nog {count}',
  'interop.demo.import.submit': 'Importeren',
  'interop.demo.import.reading': 'Stamboom lezen…',
  'interop.demo.import.making': 'Kaart maken…',
  'interop.demo.import.progress': '{percent}% klaar',
  'interop.demo.import.failed':
    'Het bestand kon niet worden gelezen. Probeer het opnieuw of kies een ander bestand.',
  'interop.demo.import.refused': 'Dit bestand kan niet worden geïmporteerd: {file}',
  'interop.demo.export.button': 'Exporteren voor andere programma’s',
  'interop.demo.export.heading': 'Exporteren voor andere programma’s',
  'interop.demo.export.format': 'Formaat',
  'interop.demo.export.gedcom': 'GEDCOM 7.0: de familie, voor stamboomprogramma’s',
  'interop.demo.export.gedcom5': 'GEDCOM 5.5.1: de familie, voor oudere stamboomprogramma’s',
  'interop.demo.export.graphml': 'GraphML: het netwerk, voor Gephi, R of Python',
  'interop.demo.export.csv':
    'CSV: het netwerk als vier tabellen (personen, organisaties, verbindingen, relaties)',
  'interop.demo.export.pseudonymise': 'Initialen in plaats van namen, geen geboortejaren',
  'interop.demo.export.pseudonymiseHint': 'Voor onderzoeksgegevens die de organisatie verlaten.',
  'interop.demo.export.gedcomNotPrivate':
    'Een GEDCOM-bestand bevat volledige namen en datums: het kan niet gepseudonimiseerd worden.',
  'interop.demo.export.submit': 'Exporteren',
  'interop.contacts.tooLarge': 'De lijst is te groot: {size} bytes, hooguit {limit}.',
  'interop.contacts.workbook':
    'Dit is een spreadsheet-werkmap (.xlsx, .xls of .ods), geen tekstlijst. Sla hem eerst op als CSV ("Opslaan als" → CSV).',
  'interop.contacts.binary': 'Dit is geen tekstlijst: er staan stuurtekens in (een binair bestand?).',
  'interop.contacts.empty': 'De lijst is leeg: er staan geen namen in.',
  'interop.contacts.tooManyRows':
    'De lijst heeft meer dan {limit} rijen. Een netwerkkaart telt tientallen mensen: splits de lijst of kies wie ertoe doet.',
  'interop.contacts.remark.cut': 'Een cel van meer dan {limit} tekens is afgekapt.',
  'interop.contacts.remark.zero': 'De voorloopnul die het rekenblad had weggelaten is teruggezet: {phone}.',
  'interop.contacts.note.relation': 'Relatie: {relation}',
  'interop.contacts.note.sector': 'Voorgestelde sector: {sector}',
  'interop.contacts.note.phone': 'Telefoon: {phone}',
  'interop.contacts.note.email': 'E-mail: {email}',
  'interop.contacts.title': 'Netwerk van {name}',
  'interop.contacts.focusEmpty': 'Zeg wiens kaart het is: de naam van de cliënt.',
  'interop.contacts.focusOrganisation':
    '“{name}” is een organisatie: de cliënt van een kaart is een persoon.',
  'interop.contacts.noPersons':
    'De lijst bevat geen personen: zeg wiens kaart het is (de naam van de cliënt).',
  'interop.demo.contacts.menu': 'Contactlijst toevoegen',
  'interop.demo.contacts.openHint':
    'Een contactlijst (.csv, .tsv of .txt, bijvoorbeeld uit Excel) wordt ook een nieuwe kaart; of plak er een:',
  'interop.demo.contacts.pasteButton': 'Plak een lijst',
  'interop.demo.contacts.headingAdd': 'Contactlijst toevoegen',
  'interop.demo.contacts.headingNew': 'Nieuwe kaart uit een contactlijst',
  'interop.demo.contacts.intro':
    'Een lijst met namen uit Excel, een dossiersysteem of een e-mail: één persoon per rij, met relatie, sector of telefoonnummer als je die hebt. Ze komen in de kaart zonder plek: je plaatst ze zelf in het ecogram of sociogram (“Nog niet in deze kaart”).',
  'interop.demo.contacts.paste': 'Plak een lijst',
  'interop.demo.contacts.pasteHint': 'Kopieer de rijen in Excel of elders en plak ze hier (Ctrl+V).',
  'interop.demo.contacts.chooseFile': 'Of kies een bestand (.csv, .tsv, .txt)',
  'interop.demo.contacts.otherFile': 'Ander bestand kiezen',
  'interop.demo.contacts.file': 'Bestand: {file} ({encoding})',
  'interop.demo.contacts.unclosedQuote':
    'Een aanhalingsteken op regel {line} wordt nergens gesloten: de rest van de lijst is als één cel gelezen. Controleer de lijst.',
  'interop.demo.contacts.delimiter': 'Kolommen gescheiden door',
  'interop.demo.contacts.delimiter.semicolon': 'puntkomma (;)',
  'interop.demo.contacts.delimiter.comma': 'komma (,)',
  'interop.demo.contacts.delimiter.tab': 'tab',
  'interop.demo.contacts.delimiter.line': 'geen kolommen: één naam per regel',
  'interop.demo.contacts.header': 'De eerste rij bevat de kolomnamen',
  'interop.demo.contacts.columns': 'Welke kolom is wat?',
  'interop.demo.contacts.role.name': 'Naam',
  'interop.demo.contacts.role.surname': 'Achternaam (in een eigen kolom)',
  'interop.demo.contacts.role.relation': 'Relatie',
  'interop.demo.contacts.role.sector': 'Sector',
  'interop.demo.contacts.role.phone': 'Telefoon',
  'interop.demo.contacts.role.email': 'E-mail',
  'interop.demo.contacts.role.kind': 'Persoon of organisatie',
  'interop.demo.contacts.column': 'Kolom {n}: {sample}',
  'interop.demo.contacts.none': '— geen —',
  'interop.demo.contacts.preview': 'Voorbeeld: de eerste {shown} van {total} rijen',
  'interop.demo.contacts.col.line': 'Regel',
  'interop.demo.contacts.col.sector': 'Sector (voorstel)',
  'interop.demo.contacts.col.contact': 'Telefoon, e-mail',
  'interop.demo.contacts.col.outcome': 'Wat er gebeurt',
  'interop.demo.contacts.status.new': 'wordt toegevoegd',
  'interop.demo.contacts.status.newOrganisation': 'wordt toegevoegd als organisatie',
  'interop.demo.contacts.status.onMap': 'staat al op de kaart: niet nog eens',
  'interop.demo.contacts.status.repeated': 'dubbel in de lijst (regel {line}): één keer toegevoegd',
  'interop.demo.contacts.status.noName': 'geen naam: overgeslagen',
  'interop.demo.contacts.summary':
    'Toe te voegen: {new}. Al op de kaart: {onMap}. Dubbel in de lijst: {repeated}. Zonder naam: {noName}.',
  'interop.demo.contacts.focusHint': 'De eerste persoon van de lijst, of typ een andere naam.',
  'interop.demo.contacts.submitAdd': '{count} toevoegen aan de kaart',
  'interop.demo.contacts.updates': 'Gegevens bijwerken van wie al op de kaart staat',
  'interop.demo.contacts.update.row': '{name} bijwerken: {changes}',
  'interop.demo.contacts.update.phone': 'telefoon {value}',
  'interop.demo.contacts.update.phoneReplaces': 'telefoon {value} (was {previous})',
  'interop.demo.contacts.update.email': 'e-mail {value}',
  'interop.demo.contacts.update.emailReplaces': 'e-mail {value} (was {previous})',
  'interop.demo.contacts.submitUpdate': '{count} bijwerken',
  'interop.demo.contacts.submitAddUpdate': '{added} toevoegen en {updated} bijwerken',
  'interop.demo.contacts.updated': 'Bijgewerkt uit de lijst: {count}.',
  'interop.demo.contacts.submitNew': 'Kaart maken uit de lijst',
  'interop.demo.contacts.added':
    '{count} toegevoegd uit de lijst. Ze staan klaar in “Nog niet in deze kaart” van het ecogram en sociogram.',
};
