/** Dutch messages of the demo site; must have every key of demo.en.ts. */
import type { demoEn } from './demo.en.js';
import { trainerNl } from './trainer.nl.js';

export const demoNl: Record<keyof typeof demoEn, string> = {
  // Page frame
  'demo.skipLink': 'Direct naar de inhoud',
  'demo.tagline':
    'Breng het netwerk rond iemand in kaart — genogram, ecogram en sociogram — samen met diegene.',
  'demo.privacy': 'Alles blijft op dit apparaat. Kring verstuurt niets.',
  'demo.language.label': 'Taal',
  'demo.language.nl': 'Nederlands',
  'demo.language.en': 'English',
  'demo.status.label': 'Meldingen',
  'demo.close': 'Sluiten',
  'demo.cancel': 'Annuleren',
  // Start page
  'demo.start.continue.heading': 'Verder waar je was',
  'demo.start.continue.button': 'Verder met “{title}”',
  'demo.start.new.heading': 'Nieuwe kaart',
  'demo.start.new.nameLabel': 'Naam van de cliënt',
  'demo.start.new.nameHint': 'De persoon om wie de kaart draait. Je kunt dit later aanpassen.',
  'demo.start.new.submit': 'Kaart maken',
  'demo.start.new.nameRequired': 'Vul eerst een naam in.',
  'demo.start.new.title': 'Netwerk van {name}',
  'demo.start.open.heading': 'Bestand openen',
  'demo.start.open.button': 'Kies een .kring.json- of .svg-bestand',
  'demo.start.open.svgHint':
    'Een SVG gaat alleen open als hij is geëxporteerd met ‘Kaart later weer openen in Kring’.',
  'demo.start.open.drop': 'of sleep het bestand ergens op deze pagina.',
  'demo.start.open.dropHere': 'Laat het bestand los om het te openen',
  'demo.start.examples.heading': 'Voorbeeldcasussen',
  'demo.start.examples.intro':
    'Drie verzonnen casussen om Kring mee uit te proberen. Openen maakt een eigen kopie.',
  'demo.start.examples.open': 'Voorbeeld openen',
  'demo.start.examples.openLabel': 'Voorbeeld openen: {title}',
  'demo.example.noor-bij-tante.story':
    'Noor (13) woont bij haar tante nu haar moeder in het buitenland vastzit; een netwerkberaad maakt een plan.',
  'demo.example.bakker-huisuitzetting.story':
    'Ria en Henk dreigen uit huis gezet te worden; een buurvrouw, twee buurmannen en een zus blijken hun netwerk.',
  'demo.example.mila-en-daan.story':
    'Opa, twee tantes en een vriend van de familie nemen over wat professionals voor Mila en Daan hadden bedacht.',
  'demo.start.maps.heading': 'Jouw kaarten op dit apparaat',
  'demo.start.maps.empty': 'Nog geen kaarten. Begin een nieuwe of open een voorbeeld.',
  'demo.start.maps.changed': 'gewijzigd {when}',
  'demo.start.maps.openLabel': '{title} openen',
  'demo.start.maps.delete': 'Verwijderen',
  'demo.start.maps.deleteLabel': '{title} verwijderen',
  'demo.start.trash.heading': 'Onlangs verwijderd',
  'demo.start.trash.intro': 'Bewaard tot je de demo opnieuw opent in een nieuw tabblad of venster.',
  'demo.start.trash.restore': 'Terugzetten',
  'demo.start.trash.restoreLabel': '{title} terugzetten',
  // Deleting
  'demo.delete.confirmHeading': 'Deze kaart verwijderen?',
  'demo.delete.confirm': '“{title}” wordt van dit apparaat verwijderd. Je kunt dit nog even ongedaan maken.',
  'demo.delete.confirmButton': 'Kaart verwijderen',
  'demo.delete.done': '“{title}” is verwijderd.',
  'demo.delete.undo': 'Ongedaan maken',
  'demo.delete.restored': '“{title}” is terug.',
  // Storage
  'demo.storage.saving': 'Opslaan…',
  'demo.storage.saved': 'Opgeslagen op dit apparaat',
  'demo.storage.quota':
    'Je kaart kon niet op dit apparaat worden opgeslagen: de opslag is vol. Download de kaart als bestand om je werk te bewaren.',
  'demo.storage.unavailable':
    'Deze browser laat Kring niets op dit apparaat bewaren (een privévenster, of opslag uitgezet). Je werk is weg als je de pagina sluit: download het als bestand.',
  'demo.storage.failed':
    'Opslaan op dit apparaat is mislukt ({detail}). Download de kaart als bestand om je werk te bewaren.',
  'demo.storage.restoreFailed': 'De bewaarde kaart kon niet worden teruggelezen:',
  'demo.storage.notSaved': 'Niet opgeslagen',
  'demo.storage.journalRestored': 'Je laatste wijzigingen van voor het sluiten van de pagina zijn terug.',
  'demo.storage.journalLost':
    'Een paar van je laatste wijzigingen van voor het sluiten van de pagina konden niet worden teruggezet. Kijk de kaart na.',
  'demo.storage.unprotected':
    'Deze wijziging is te groot voor de snelle kopie in de browser. Kring slaat haar nu op: laat de pagina open tot er “Opgeslagen op dit apparaat” staat.',
  'demo.storage.persistRefused':
    'De browser heeft niet beloofd je kaarten te bewaren: als de schijf vol raakt, kan hij ze wissen. Exporteer af en toe alle kaarten als reservekopie.',
  // Eén schrijver per kaart
  'demo.lock.readOnly':
    'Deze kaart is open in een ander tabblad of venster. Hier kun je alleen kijken, zodat er geen wijziging verloren gaat.',
  'demo.lock.takenOver':
    'Je bewerkt deze kaart nu in een ander tabblad of venster. Hier kun je alleen kijken.',
  'demo.lock.takeOver': 'Hier verder bewerken',
  'demo.lock.tookOver': 'Je kunt de kaart hier nu bewerken.',
  'demo.lock.readOnlyState': 'Alleen bekijken',
  // Reservekopie
  'demo.backup.heading': 'Reservekopie',
  'demo.backup.intro':
    'Eén bestand met alle kaarten op dit apparaat, om veilig te bewaren. Terugzetten voegt de kaarten toe die hier niet staan.',
  'demo.backup.export': 'Alle kaarten exporteren',
  'demo.backup.fileName': 'kaarten',
  'demo.backup.import': 'Reservekopie terugzetten',
  'demo.backup.exported': '“{file}” staat in je downloads ({count} kaarten).',
  'demo.backup.restored': 'Reservekopie teruggezet: {added} kaarten toegevoegd, {present} stonden er al.',
  'demo.backup.unreadable':
    '{count} kaarten in de reservekopie konden niet worden gelezen en zijn overgeslagen.',
  'demo.backup.notBackup': '“{file}” is geen reservekopie van Kring.',
  'demo.backup.tooLarge': '“{file}” is te groot om terug te zetten.',
  // Eerdere versies (automatisch, op dit apparaat)
  'demo.versions.button': 'Eerdere versies',
  'demo.versions.heading': 'Eerdere versies op dit apparaat',
  'demo.versions.intro':
    'Kring bewaart vanzelf de laatste {limit} versies van deze kaart op dit apparaat: een nieuwe elke keer dat je de kaart opent en na elke minuut werk. Terugzetten maakt van een versie de huidige kaart; de kaart zoals ze nu is, blijft in deze lijst staan.',
  'demo.versions.empty': 'Nog geen eerdere versies.',
  'demo.versions.current': '(nu)',
  'demo.versions.restore': 'Terugzetten',
  'demo.versions.restoreLabel': 'De versie van {when} terugzetten',
  'demo.versions.restored': 'De versie van {when} is terug.',
  'demo.versions.failed': 'Deze versie kon niet worden teruggezet.',
  // Files
  'demo.file.problemsHeading': '“{file}” kon niet worden geopend',
  'demo.file.problemsIntro': 'Kring vond deze problemen in het bestand:',
  'demo.file.problemAt': 'bij {path}',
  'demo.file.warningsHeading': '“{file}” is geopend, met opmerkingen',
  'demo.file.migrated':
    'Het bestand was in formaatversie {version} geschreven; het is bijgewerkt naar de huidige versie.',
  'demo.file.readFailed': 'Het bestand kon niet worden gelezen: {detail}',
  'demo.file.opened': '“{file}” is geopend.',
  'demo.file.severity.error': 'Fout',
  'demo.file.severity.warning': 'Opmerking',
  // Map page
  'demo.map.back': 'Alle kaarten',
  'demo.map.download': '.kring.json downloaden',
  'demo.map.exportSvg': 'SVG exporteren',
  'demo.map.exportPng': 'PNG exporteren',
  'demo.map.headingInitials': 'Kaart (initialen)',
  'demo.export.headingSvg': 'SVG exporteren',
  'demo.export.headingPng': 'PNG exporteren',
  'demo.export.initialsHint':
    'Initialen in plaats van namen; geen titel, plaatsen, notities, beroepen, jaartallen of datums. Leeftijden blijven.',
  'demo.export.hideHealth': 'Gezondheidsgegevens verbergen',
  'demo.export.hideHealthHint': 'Aandoeningen heten dan ‘kenmerk 1’, ‘kenmerk 2’ … in plaats van hun naam.',
  'demo.export.embed': 'Kaart later weer openen in Kring',
  'demo.export.embedHint':
    'Het bestand bevat dan de hele kaart, ook notities en gegevens die niet getekend zijn: deel het alleen met wie dat allemaal mag zien.',
  'demo.export.embedUnavailable':
    'Niet mogelijk met initialen of verborgen gezondheidsgegevens: de kaart in het bestand zou tonen wat de afbeelding verbergt.',
  'demo.export.highlight': 'Grijs maken zoals op de kaart',
  'demo.export.highlightHint': 'In kleur: {what}; alle anderen grijs.',
  'demo.export.insight': 'Inzichtblok toevoegen (cijfers en wat opvalt)',
  'demo.export.insightHint':
    'De cijfers en bevindingen van het tabblad Inzicht, onder de legenda; met initialen ook daar initialen.',
  'demo.export.submit': 'Exporteren',
  'demo.map.print': 'Afdrukken',
  'demo.map.paper.label': 'Papier',
  'demo.map.paper.a4': 'A4 liggend',
  'demo.map.paper.a3': 'A3 liggend',
  'demo.map.pseudonymise': 'Initialen in plaats van namen',
  'demo.map.trainer': 'Trainersmodus',
  'demo.map.menu': 'Bestand',
  'demo.map.exported': '“{file}” staat in je downloads.',
  'demo.map.exportFailed': 'Exporteren is mislukt: {detail}',
  'demo.map.loading': 'De kaart wordt geopend…',
  'demo.map.notFound': 'Deze kaart staat niet meer op dit apparaat.',
  // Trainer mode
  'demo.trainer.heading': 'Trainersmodus',
  'demo.trainer.counter': 'Stap {step} van {total}',
  'demo.trainer.previous': 'Vorige stap',
  'demo.trainer.next': 'Volgende stap',
  'demo.trainer.restart': 'Opnieuw beginnen',
  'demo.trainer.exit': 'Trainersmodus verlaten',
  'demo.trainer.fullscreen': 'Volledig scherm',
  'demo.trainer.exitFullscreen': 'Volledig scherm verlaten',
  'demo.trainer.done': 'De hele kaart staat erop.',
  'demo.trainer.empty': 'Deze kaart heeft nog niets om te laten zien.',
  'demo.trainer.step.focus': 'Om {name} draait deze kaart.',
  'demo.trainer.step.household': '{name} woont in hetzelfde huishouden.',
  'demo.trainer.step.family': '{name} — familie, {generation}.',
  'demo.trainer.step.tie': '{name} — band met {other}, ring {ring}.',
  'demo.trainer.step.tieNoRing': '{name} — band met {other}.',
  'demo.trainer.step.other': '{name} hoort ook bij deze kaart.',
  'demo.trainer.step.plan': 'Het toekomstplan: {goal}. Actieteam: {team}',
  'demo.trainer.step.planNoTeam': 'Het toekomstplan: {goal}.',
  'demo.trainer.step.planPseudonymised': 'Het toekomstplan is gemaakt. Actieteam: {team}',
  'demo.trainer.generation.older': 'twee of meer generaties hoger',
  'demo.trainer.generation.parents': 'de generatie van de ouders',
  'demo.trainer.generation.same': 'dezelfde generatie',
  'demo.trainer.generation.children': 'de generatie van de kinderen',
  'demo.trainer.generation.younger': 'twee of meer generaties lager',
  'demo.plan.open': 'Plan',
  'demo.plan.toolbar': 'Het plan uitdelen',
  'demo.plan.printPlan': 'Plan afdrukken',
  'demo.plan.printCards': 'Taakkaarten afdrukken',
  'demo.plan.cardsFor': 'voor',
  'demo.plan.everyone': 'iedereen ({count})',
  'demo.plan.contacts': 'Met contactgegevens',
  'demo.plan.contactsInitials': 'Nooit met initialen',
  'demo.plan.download': 'Plan en kaarten downloaden (HTML)',
  'demo.plan.fileName': 'toekomstplan',
  ...trainerNl,
};
