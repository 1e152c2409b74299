/** Dutch messages of the editor's links, context menu and tray; must have every key of link.en.ts. */
import type { linkEn } from './link.en.js';

export const linkNl: Record<keyof typeof linkEn, string> = {
  'ui.link.group': 'Selectie verbinden',
  'ui.link.partners': '{a} en {b} zijn partners',
  'ui.link.parent': '{a} is ouder van {b}',
  'ui.link.siblings': '{names} zijn broers en zussen',
  'ui.link.household': '{names} wonen samen',
  'ui.link.twins': '{names} zijn een tweeling (meerling)',
  'ui.link.emotional': 'Relatielijn tussen {a} en {b}',
  'ui.link.tie': 'Verbinding tussen {a} en {b}',
  'ui.link.notApplicable': 'er past geen verbinding van deze soort bij {names}',
  'ui.announce.linked': 'Toegevoegd: {what}. Het detailpaneel toont het.',
  'ui.announce.familyPlaced': '{count} personen in het netwerk geplaatst',
  'ui.menu.label': 'Acties voor {names}',
  'ui.menu.none':
    'Geen verbinding past bij deze selectie: selecteer twee of meer personen (Ctrl+klik of spatie).',
  'ui.tray.label': 'Nog niet in deze kaart',
  'ui.tray.summary': 'Nog niet in deze kaart: {count}',
  'ui.tray.genogramHint': 'Alleen bekend via het netwerk. Kies iemand om die met de familie te verbinden.',
  'ui.tray.networkHint':
    'Plaats ze met een verbinding met {name}: sleep ze naar de tekening, of kies een ring en druk op de naam.',
  'ui.tray.place': '{name} plaatsen',
  'ui.tray.link': '{name} verbinden',
  'ui.tray.ring': 'Ring',
  'ui.tray.ringAuto': 'nog geen (buitenste)',
  'ui.tray.sector': 'Sector',
  'ui.tray.sectorAuto': 'automatisch',
  'ui.tray.closeFamily': 'Gezin en naaste familie plaatsen',
  'ui.help.menu': 'Menu van de selectie: de verbindingen die erbij passen',
  'inspector.tie.ringAuto': 'automatisch: ring {n} ({label})',
  'inspector.tie.ringNone': 'niet gekozen (in de buitenste ring getekend)',
};
