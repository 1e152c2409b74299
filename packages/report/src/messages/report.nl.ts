/** Dutch messages of the case-file report; must have every key of report.en.ts. */
import type { reportEn } from './report.en.js';

export const reportNl: Record<keyof typeof reportEn, string> = {
  'report.title.kind': 'Dossierrapport',
  'report.title.author': 'Opgesteld door {author}',
  'report.title.pseudonymised':
    'Gepseudonimiseerd: namen zijn initialen; geen plaatsen, contactgegevens, notities, afspraken of data.',
  'report.title.contents': 'Inhoud',
  'report.section.insight': 'Inzicht',
  'report.section.plan': 'Plan',
  'report.section.taskCards': 'Taakkaarten',
  'report.page': 'Pagina {page} van {pages}',
  'report.map.empty': 'In deze kaart staat nog niets om te tekenen.',
  'report.insight.supportKey': 'Steun per soort: ontvangen / gegeven / mogelijk.',
  'report.plan.none': 'Er is nog geen plan gemaakt.',
  'report.card.none': 'Nog geen actie heeft een uitvoerder, dus er zijn geen taakkaarten.',
  'report.cli.summary':
    'report <bestand> -o <uit.pdf>    het dossierrapport als pdf: kaarten, inzicht, plan en taakkaarten',
  'report.cli.usage':
    'Gebruik: kring report <bestand> -o <uit.pdf> [--locale nl|en] [--pseudonymise] [--views genogram,ecogram,sociogram] [--author <tekst>] [--contacts]',
  'report.cli.outputRequired': 'Zeg waar de pdf heen moet: -o <uit.pdf>.',
  'report.cli.badViews':
    'Onbekende kaart "{value}": kies uit genogram, ecogram en sociogram, gescheiden door komma\'s.',
  'report.demo.action': 'Rapport (PDF)',
  'report.demo.busy': 'Rapport maken…',
};
