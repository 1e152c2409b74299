/** Dutch messages of the command line; must have every key of cli.en.ts. */
import type { cliEn } from './cli.en.js';

export const cliNl: Record<keyof typeof cliEn, string> = {
  'cli.usage': 'Gebruik: kring <opdracht> [opties]. Opdrachten:',
  'cli.validate.summary':
    'validate <bestand…> [--locale nl|en]    controleer .kring.json-bestanden en toon elk probleem',
  'cli.migrate.summary':
    'migrate <in> -o <uit> [--locale nl|en]    schrijf een bestand in de huidige formaatversie',
  'cli.validate.usage': 'Gebruik: kring validate <bestand…> [--locale nl|en]',
  'cli.migrate.usage':
    'Gebruik: kring migrate <in> -o <uit> [--locale nl|en]   (met -o - naar standaarduitvoer)',
  'cli.unknownCommand': 'Onbekende opdracht "{command}".',
  'cli.badOption': 'De opdrachtregel is niet te begrijpen: {detail}',
  'cli.badLocale': 'Onbekende taal "{value}": gebruik nl of en.',
  'cli.noFiles': 'Noem minstens één bestand.',
  'cli.fileMissing': 'Het bestand bestaat niet.',
  'cli.cannotRead': 'Het bestand kan niet worden gelezen ({detail}).',
  'cli.cannotWrite': 'Kan {file} niet schrijven ({detail}).',
  'cli.valid': 'geldig',
  'cli.warning': 'waarschuwing',
  'cli.summary': '{valid} van {total} bestanden geldig.',
  'cli.migrated': '{file} geschreven in formaatversie {to} (gelezen als versie {from}).',
  'cli.rewritten': '{file} geschreven; het was al formaatversie {to}.',
  'cli.render.summary':
    'render <bestand> --view genogram|ecogram|sociogram [opties]    teken een kaart als losse SVG',
  'cli.layout.summary':
    'layout <bestand> --view genogram|ecogram|sociogram    toon als JSON waar de weergave alles neerzet',
  'cli.renderUsage':
    'Gebruik: kring render <bestand> --view genogram|ecogram|sociogram [--locale nl|en] [--pseudonymise] [--hide-health] [--no-legend] [--no-title] [--fit a4|a3] [--embed] [--highlight <keuze>] [--insight] [-o uit.svg]',
  'cli.layoutUsage':
    'Gebruik: kring layout <bestand> --view genogram|ecogram|sociogram [--locale nl|en] [--pseudonymise] [--hide-health]',
  'cli.fileRequired': 'Geef precies één .kring.json-bestand.',
  'cli.viewRequired': 'Zeg welke weergave getekend moet worden: --view genogram, ecogram of sociogram.',
  'cli.unknownView': 'Onbekende weergave "{value}": kies genogram, ecogram of sociogram.',
  'cli.unknownFit': 'Onbekend papierformaat "{value}": kies a4 of a3.',
  'cli.unknownHighlight':
    'Onbekende markering "{value}": kies support:<soort>, sector:<sleutel>, ring:<n>, informal, professional, actionTeam, ties:<id> of lineage:<id>.',
  'cli.written': '{file} geschreven.',
  'cli.insight.summary': 'insight <bestand> [--json]    het netwerk in cijfers, en wat opvalt',
  'cli.insight.usage': 'Gebruik: kring insight <bestand> [--json] [--locale nl|en]',
};
