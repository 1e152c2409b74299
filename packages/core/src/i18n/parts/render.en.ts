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
} as const;
