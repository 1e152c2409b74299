/** Dutch messages of the renderers; must have every key of render.en.ts. */
import type { renderEn } from './render.en.js';

export const renderNl: Record<keyof typeof renderEn, string> = {
  'render.legend.title': 'Legenda',
  'render.title.untitled': 'Netwerkkaart',
  'render.title.document': '{title} — {view}',
  'render.title.referenceDate': 'peildatum {date}',
  'render.title.pseudonymised': 'namen afgekort tot initialen',
  'render.svg.embedPseudonymised':
    'Een gepseudonimiseerde export kan het document niet bevatten: daarin staan de volledige namen.',
  'render.sociogram.description':
    'Sociogram van {name}: {count} contacten in {rings} cirkels en {sectors} sectoren.',
  'render.sociogram.legend.focus': 'de cliënt, in het midden',
  'render.sociogram.legend.person': 'persoon',
  'render.sociogram.legend.organisation': 'organisatie, instantie',
  'render.sociogram.legend.support': '{letter}: {type}',
  'render.sociogram.legend.potential': 'gestreepte badge: mogelijke steun, kan gevraagd worden',
  'render.sociogram.legend.reciprocal': 'steun gaat twee kanten op (gegeven en ontvangen)',
  'render.sociogram.legend.actionTeam': 'lid van het actieteam',
  'render.sociogram.legend.alterTie': 'deze twee kennen elkaar (band tussen contacten)',
  'render.ecogram.description': 'Ecogram van {name}: {count} contacten en instanties rond {centre}.',
  'render.ecogram.centreHousehold': 'het huishouden',
  'render.ecogram.centreFocus': 'de cliënt',
  'render.ecogram.legend.household': 'het huishouden van de cliënt',
  'render.ecogram.legend.focus': 'de cliënt',
  'render.ecogram.legend.strong': 'sterke band',
  'render.ecogram.legend.moderate': 'gemiddelde band',
  'render.ecogram.legend.weak': 'zwakke, broze band',
  'render.ecogram.legend.stressSome': 'enige spanning',
  'render.ecogram.legend.stressHigh': 'veel spanning, conflict',
  'render.ecogram.legend.flow': 'pijl: energie en steun stromen deze kant op, naar wie ze ontvangt',
  'render.ecogram.legend.support': '{letter}: {type}',
  'render.ecogram.legend.supportPlace':
    'letters bij het midden: steun die de cliënt krijgt; bij het contact: steun die de cliënt geeft',
  'render.ecogram.legend.potential': '(E): mogelijke steun, kan gevraagd worden',
  'render.ecogram.legend.alterTie': 'band tussen twee contacten',
};
