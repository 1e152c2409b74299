/** English messages of the renderers (keys `render.*`). */
export const renderEn = {
  // SVG export (packages/scene/src/svg): title block, legend, document title
  'render.legend.title': 'Legend',
  'render.title.untitled': 'Network map',
  'render.title.document': '{title} — {view}',
  'render.title.referenceDate': 'reference date {date}',
  'render.title.pseudonymised': 'names shortened to initials',
  'render.svg.embedPseudonymised':
    'A pseudonymised export cannot hold the document: the embedded document would contain the full names.',
  'render.sociogram.description':
    'Sociogram of {name}: {count} contacts in {rings} rings and {sectors} sectors.',
  'render.sociogram.legend.focus': 'the client, in the centre',
  'render.sociogram.legend.person': 'person',
  'render.sociogram.legend.organisation': 'organisation, service',
  'render.sociogram.legend.support': '{letter}: {type}',
  'render.sociogram.legend.potential': 'dashed badge: potential support, could be asked',
  'render.sociogram.legend.reciprocal': 'support goes both ways (given and received)',
  'render.sociogram.legend.actionTeam': 'member of the action team',
  'render.sociogram.legend.alterTie': 'these two know each other (tie between contacts)',
  'render.ecogram.description': 'Ecogram of {name}: {count} contacts and services around {centre}.',
  'render.ecogram.centreHousehold': 'the household',
  'render.ecogram.centreFocus': 'the client',
  'render.ecogram.legend.household': 'the household of the client',
  'render.ecogram.legend.focus': 'the client',
  'render.ecogram.legend.strong': 'strong tie',
  'render.ecogram.legend.moderate': 'moderate tie',
  'render.ecogram.legend.weak': 'weak, tenuous tie',
  'render.ecogram.legend.stressSome': 'some stress',
  'render.ecogram.legend.stressHigh': 'high stress, conflict',
  'render.ecogram.legend.flow': 'arrow: energy and support flow this way, to whoever receives them',
  'render.ecogram.legend.support': '{letter}: {type}',
  'render.ecogram.legend.supportPlace':
    'letters near the centre: support the client receives; near the contact: support the client gives',
  'render.ecogram.legend.potential': '(E): potential support, could be asked',
  'render.ecogram.legend.alterTie': 'tie between two contacts',
} as const;
