/** Dutch messages of comparisons over time (`compare.*`); see compare.en.ts. */
import type { compareEn } from './compare.en.js';

export const compareNl: Record<keyof typeof compareEn, string> = {
  'compare.addedPersons': '{count} nieuwe mensen: {names}',
  'compare.addedPerson': '1 nieuwe persoon: {names}',
  'compare.addedOrganisations': '{count} nieuwe organisaties: {names}',
  'compare.addedOrganisation': '1 nieuwe organisatie: {names}',
  'compare.removedPersons': '{count} mensen niet meer in het netwerk: {names}',
  'compare.removedPerson': '1 persoon niet meer in het netwerk: {names}',
  'compare.removedOrganisations': '{count} organisaties niet meer in het netwerk: {names}',
  'compare.removedOrganisation': '1 organisatie niet meer in het netwerk: {names}',
  'compare.ringMoved': '{name} van ring {from} naar {to}',
  'compare.ringSet': '{name} nu in ring {to} (eerder zonder ring)',
  'compare.ringCleared': '{name} niet meer in een ring (was ring {from})',
  'compare.strength': '{name}: band van {from} naar {to}',
  'compare.strengthNone': 'niet vastgelegd',
  'compare.supportReceived': '{type} nu van {people} in plaats van {from}',
  'compare.supportGiven': '{type} nu gegeven aan {people} in plaats van {from}',
  'compare.people': '{count} mensen',
  'compare.person': '1 persoon',
  'compare.professionalShare': 'aandeel professionals {from} % → {to} %',
  'compare.size': 'netwerk: {from} → {to} mensen en organisaties',
  'compare.more': '… en nog {count}',
  'compare.nothing': 'Geen veranderingen in het netwerk.',
  'compare.now': 'nu',
  'compare.cli.summary':
    'diff <a> <b> | <bestand> --from <id|label> --to <id|label|now>    wat er in het netwerk veranderde',
  'compare.cli.usage':
    'Gebruik: kring diff <a> <b> [--json] [--locale nl|en]\n         kring diff <bestand> --from <id|label> --to <id|label|now> [--json] [--locale nl|en]',
  'compare.cli.heading': 'Van {from} naar {to}:',
  'compare.cli.filesOrSnapshots':
    'Geef twee bestanden, of één bestand met --from en --to (momentopnamen op id of label, of now).',
  'compare.cli.notFound': 'Er is geen momentopname "{ref}" in {file}. Momentopnamen: {list}.',
  'compare.cli.noSnapshots': 'Er is geen momentopname "{ref}" in {file}: het heeft geen momentopnamen.',
  'compare.cli.ambiguous':
    'Meer dan één momentopname in {file} heet "{ref}": kies er één met het id ({ids}).',
};
