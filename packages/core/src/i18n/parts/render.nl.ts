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
};
