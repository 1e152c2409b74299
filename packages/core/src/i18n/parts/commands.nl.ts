/** Dutch messages of the commands; must have every key of commands.en.ts. */
import type { commandsEn } from './commands.en.js';

export const commandsNl: Record<keyof typeof commandsEn, string> = {
  'commands.unknownCommand': 'Onbekende bewerking "{type}".',
  'commands.emptyId': 'Elk onderdeel heeft een niet-lege id nodig.',
  'commands.forbiddenId': 'De id "{id}" kan niet gebruikt worden.',
  'commands.duplicateId': 'De id "{id}" is al in gebruik.',
  'commands.notFound': 'Dat onderdeel staat niet (meer) in deze kaart.',
  'commands.notAPerson': '{name} is geen persoon in deze kaart.',
  'commands.notAPersonOrOrganisation': '{name} is geen persoon of organisatie in deze kaart.',
  'commands.notAPartnership': 'Die relatie staat niet in deze kaart.',
  'commands.notLiveBirth':
    '{name} is niet levend geboren en kan geen partner, ouder, centrale persoon, huisgenoot, netwerklid of lid van het actieteam zijn.',
  'commands.stillNeededAsLiveBirth':
    '{name} is partner, ouder, centrale persoon, huisgenoot, netwerklid of lid van het actieteam en moet dus levend geboren blijven.',
  'commands.selfLink': 'Een lijn van {name} naar {name} zelf kan niet.',
  'commands.removeFocus':
    '{name} is de centrale persoon en kan niet verwijderd worden. Kies eerst een andere centrale persoon.',
  'commands.badDate': '"{value}" is geen datum (gebruik JJJJ, JJJJ-MM of JJJJ-MM-DD, met ~ voor "ongeveer").',
  'commands.deathBeforeBirth': 'De overlijdensdatum ({death}) ligt voor de geboortedatum ({birth}).',
  'commands.deathButAlive': 'Iemand met een overlijdensdatum kan niet als levend gemarkeerd zijn.',
  'commands.thirdBiologicalParent': '{name} heeft al twee biologische ouders.',
  'commands.parentCycle': 'Hierdoor zou {child} een voorouder van {parent} worden.',
  'commands.parentNotInPartnership': '{parent} is geen partner in de relatie {partnership}.',
  'commands.twinParentsDiffer':
    '{a} en {b} zijn een meerling en moeten dezelfde biologische ouders hebben. Pas eerst de meerling aan.',
  'commands.multipleBirthTooSmall': 'Een meerling heeft minstens twee kinderen nodig.',
  'commands.duplicateMember': '{name} staat al in de lijst.',
  'commands.notAMember': '{name} staat niet in de lijst.',
  'commands.eventNeedsStart': '{couple}: "{kind}" vraagt om een eerder begin van de relatie.',
  'commands.eventNeedsMarriage': '{couple}: "{kind}" vraagt om een eerder huwelijk.',
  'commands.reconcileNeedsSeparation': '{couple}: verzoenen vraagt om een eerdere scheiding.',
  'commands.eventsOutOfOrder': '{couple}: de datum {date} ligt voor de vorige gebeurtenis ({previous}).',
  'commands.badIndex': 'Er is geen onderdeel op plaats {index}.',
  'commands.directionRequired': 'Een lijn "{kind}" heeft een richting nodig.',
  'commands.ringOutOfRange': 'Ring {ring} bestaat niet: kies 1 tot en met {max}.',
  'commands.sectorNotInPreset': 'De sector "{sector}" hoort niet bij de sectoren "{preset}".',
  'commands.badOption': '"{value}" is geen geldige waarde voor {option}.',
  'commands.noPlan': 'Er is nog geen plan.',
  'commands.noContact': '{name} heeft geen contactgegevens.',
  'commands.badView': '"{view}" is geen weergave.',
  'commands.badPosition': 'De positie van {name} is geen punt.',
  'commands.notPinned': '{name} is in deze weergave niet vastgezet.',
  'commands.snapshotTooLarge':
    'Nog een momentopname maakt deze kaart te groot om op te slaan (hooguit 20 MiB). Verwijder eerst een oudere momentopname.',
  'commands.eraseFocus':
    '{name} is de centrale persoon: elke momentopname gaat over deze persoon, die er dus niet uit gewist kan worden.',
  'commands.notInSnapshots': '{name} staat in geen enkele momentopname.',
  'commands.focusNotInSnapshot':
    '{name} staat niet in de momentopname "{label}", en de centrale persoon moet in elke momentopname staan. Kies iemand die er toen al was, of verwijder eerst die momentopname.',
  // Een onjuiste bewerking (van een programma of een ander apparaat, nooit van de eigen knoppen van de editor).
  'commands.missingValue': 'Deze bewerking is onvolledig: er ontbreekt een waarde die nodig is.',
  'commands.wrongValue':
    'Deze bewerking bevat een waarde van de verkeerde soort, of een die hier niet is toegestaan.',
  'commands.unexpectedField': 'Deze bewerking probeert iets te wijzigen dat zo niet gewijzigd kan worden.',
  'commands.notPlainData':
    'Deze bewerking bevat iets anders dan tekst, getallen, waar/onwaar, lijsten en objecten (bijvoorbeeld een functie of een getal dat niet eindig is).',
  'commands.forbiddenKey': 'Deze bewerking bevat een naam die nergens in een kaart mag voorkomen.',
  'commands.tooDeep': 'Deze bewerking is te diep genest.',
  'commands.tooLarge': 'Deze bewerking is te groot.',
  'commands.emptyValue': 'Deze bewerking laat een waarde leeg die niet leeg mag zijn.',
  'commands.tooManyEntities':
    'Deze kaart bevat al {limit} onderdelen, het meeste dat een kaart kan bevatten.',
} as const;
