/** Dutch messages of the reader; must have every key of read.en.ts. */
import type { readEn } from './read.en.js';

export const readNl: Record<keyof typeof readEn, string> = {
  'read.tooLarge':
    'Het bestand is te groot ({size} bytes); Kring leest hoogstens 20 MiB (20.971.520 bytes UTF-8-tekst).',
  'read.tooManyEntities':
    'Het document bevat te veel onderdelen ({count}; er worden er hoogstens {limit} gelezen).',
  'read.tooDeep': 'Het document is te diep genest (meer dan {limit} niveaus).',
  'read.syntax': 'Dit is geen geldige JSON (regel {line}, kolom {column}).',
  'read.syntaxNoPosition': 'Dit is geen geldige JSON.',
  'read.svgPayloadVersion':
    'De kaart in deze SVG is opgeslagen door een andere Kring (versie {version}); deze Kring leest versie {current}.',
  'read.notJsonValue':
    'Deze waarde kan niet in JSON staan (functies, datums, NaN en dergelijke zijn niet toegestaan).',
  'read.unreadable':
    'Deze waarde kon niet als gegevens worden gelezen: een deel ervan gaf een fout bij het bekijken (een getter of Proxy die een fout gooit).',
  'read.notAnObject': 'Het document moet een JSON-object zijn.',
  'read.notKring': 'Dit is geen Kring-document: "format" moet "kring" zijn.',
  'read.versionNotInteger': '"version" moet een geheel getal zijn.',
  'read.tooNew':
    'Dit document is gemaakt met een nieuwere Kring (formaatversie {version}); deze Kring leest tot en met versie {current}. Werk Kring bij om het te openen.',
  'read.tooOld': 'Formaatversie {version} is onbekend; de oudste versie die Kring leest is {oldest}.',
  'read.forbiddenKey': 'De sleutel "{key}" mag nergens in een document voorkomen.',
  'read.missingKey': 'De sleutel "{key}" ontbreekt.',
  'read.expectedString': 'Hier hoort tekst.',
  'read.expectedNumber': 'Hier hoort een getal.',
  'read.expectedInteger': 'Hier hoort een geheel getal.',
  'read.expectedBoolean': 'Hier hoort true of false.',
  'read.expectedArray': 'Hier hoort een lijst.',
  'read.expectedObject': 'Hier hoort een object.',
  'read.expectedObjectOrNull': 'Hier hoort een object of null.',
  'read.notOneOf': '"{value}" is hier niet toegestaan; kies uit: {allowed}.',
  'read.emptyString': 'Dit mag niet leeg zijn.',
  'read.tooSmall': 'Dit moet minstens {min} zijn.',
  'read.tooBig': 'Dit mag hoogstens {max} zijn.',
  'read.badDate':
    '"{value}" is geen datum: schrijf JJJJ, JJJJ-MM of JJJJ-MM-DD, eventueel met ~ ervoor voor "ongeveer".',
  'read.invalid': 'Deze waarde is hier niet geldig.',
  'read.moreProblems': '… en nog {count} problemen.',
  'read.migration.v0_to_v1':
    'Omgezet vanuit het conceptformaat: mensen en relaties zijn gesplitst in personen, partnerrelaties, ouderlijnen, interactielijnen en verbindingen; geslacht M/V werd gender man/vrouw; datums werden gedeeltelijke datums.',
  'read.migration.v1_to_v2':
    'Bijgewerkt naar formaatversie 2: het plan kreeg een lijst genodigden en de kaart een plek voor momentopnamen. Er is niets veranderd of weggelaten.',
  'read.migrationFailed':
    'Kring kon dit document niet omzetten vanuit versie {from}: dit is een fout in Kring, niet in uw bestand. Meld het alstublieft.',
};
