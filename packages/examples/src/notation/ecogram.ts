/**
 * The ecogram's notation (docs/notation-spec.md §2): the client in the centre, one system around it, and the line
 * between them in each style.
 */
import type { Organisation, Person, Tie } from '@kring/core';
import { person, tinyDocument } from './build.js';
import { joined, literal, named, type NotationSample } from './sample.js';

const CENTRE = 'Centre';
const LINES = 'Connection lines';
const FLOW = 'Flow of energy and support';
const SUPPORT = 'Kinds of support';

const NOOR = (): Person => person('f', 'Noor', 'woman', { birth: '1990' });
const WORK: Organisation = { id: 'o', name: 'Werk', category: 'work' };

/** Noor and one system (her work, or her sister Fenna), joined by a tie with `tie` set. */
function oneTie(tie: Omit<Tie, 'id' | 'from' | 'to'>, to: 'work' | 'sister' = 'work') {
  return tinyDocument({
    persons: [NOOR(), ...(to === 'sister' ? [person('s', 'Fenna', 'woman', { birth: '1993' })] : [])],
    organisations: to === 'work' ? [{ ...WORK }] : [],
    ties: [{ id: 't', from: 'f', to: to === 'work' ? 'o' : 's', ...tie }],
  });
}

const centre: NotationSample[] = [
  {
    slug: 'ecogram-centre-focus',
    view: 'ecogram',
    group: CENTRE,
    name: named('render.ecogram.legend.focus'),
    meaning: 'The client alone in the centre circle (Dutch individual-centred practice).',
    document: () => oneTie({ strength: 2 }),
  },
  {
    slug: 'ecogram-centre-household',
    view: 'ecogram',
    group: CENTRE,
    name: named('render.ecogram.legend.household'),
    meaning: 'The household in the large centre circle, drawn as a small genogram (Hartman).',
    document: () => {
      const doc = oneTie({ strength: 2 });
      doc.persons.push(person('k', 'Daan', 'man', { birth: '2015' }));
      doc.parentChild = [{ id: 'pc', parent: 'f', child: 'k', kind: 'biological' }];
      doc.households = [{ id: 'h', members: ['f', 'k'], current: true }];
      return doc;
    },
  },
];

const lines: NotationSample[] = [
  ...(
    [
      [3, 'strong', 'A strong, important tie: a thick solid line.'],
      [2, 'moderate', 'A moderate tie: a solid line.'],
      [1, 'weak', 'A weak, tenuous tie: a dashed line.'],
    ] as const
  ).map(([strength, key, meaning]) => ({
    slug: `ecogram-strength-${strength}`,
    view: 'ecogram' as const,
    group: LINES,
    name: named(`render.ecogram.legend.${key}`),
    meaning,
    document: () => oneTie({ strength }),
  })),
  ...(
    [
      ['some', 'stressSome', 'Some stress: a line with cross-strokes (hatched).'],
      ['high', 'stressHigh', 'High stress, conflict: denser, heavier cross-strokes.'],
    ] as const
  ).map(([stress, key, meaning]) => ({
    slug: `ecogram-stress-${stress}`,
    view: 'ecogram' as const,
    group: LINES,
    name: named(`render.ecogram.legend.${key}`),
    meaning,
    document: () => oneTie({ strength: 2, stress }),
  })),
  {
    slug: 'ecogram-strong-stressful',
    view: 'ecogram',
    group: LINES,
    name: joined('render.ecogram.legend.strong', 'render.ecogram.legend.stressHigh'),
    meaning: 'Strength and stress are separate: a demanding but important tie is thick and hatched.',
    document: () => oneTie({ strength: 3, stress: 'high' }),
  },
  {
    slug: 'ecogram-alter-tie',
    view: 'ecogram',
    group: LINES,
    name: named('render.ecogram.legend.alterTie'),
    meaning: 'Two of the contacts know each other: a thin line between them.',
    document: () => {
      const doc = oneTie({ strength: 2 }, 'sister');
      doc.persons.push(person('m', 'Meryem', 'woman', { birth: '1991' }));
      doc.ties.push(
        { id: 't2', from: 'f', to: 'm', strength: 2 },
        { id: 't3', from: 's', to: 'm', strength: 1 },
      );
      return doc;
    },
  },
];

const flow: NotationSample[] = (
  [
    ['to_focus', 'Energy and support flow to the client: the arrow points to the centre.'],
    ['from_focus', 'Energy flows from the client to the system (it drains): the arrow points outward.'],
    ['both', 'Energy flows both ways: arrows at both ends.'],
  ] as const
).map(([value, meaning]) => ({
  slug: `ecogram-flow-${value.replace('_', '-')}`,
  view: 'ecogram',
  group: FLOW,
  name: named(`flow.${value}`),
  meaning,
  document: () => oneTie({ strength: 2, flow: value }),
}));

const support: NotationSample[] = [
  {
    slug: 'ecogram-support-received',
    view: 'ecogram',
    group: SUPPORT,
    name: joined('supportType.emotional', 'supportDirection.received'),
    meaning:
      'Support letters on the line (after Parry): E emotional, P practical, A advice, G companionship; near the client when received.',
    document: () =>
      oneTie(
        {
          strength: 3,
          support: [
            { type: 'emotional', direction: 'received' },
            { type: 'practical', direction: 'received' },
          ],
        },
        'sister',
      ),
  },
  {
    slug: 'ecogram-support-given',
    view: 'ecogram',
    group: SUPPORT,
    name: joined('supportType.companionship', 'supportDirection.given'),
    meaning: 'Support the client gives: the letter sits further out, near the contact.',
    document: () =>
      oneTie({ strength: 2, support: [{ type: 'companionship', direction: 'given' }] }, 'sister'),
  },
  {
    slug: 'ecogram-support-potential',
    view: 'ecogram',
    group: SUPPORT,
    name: named('render.ecogram.legend.potential'),
    meaning: 'Potential support (could be asked, not yet given): the letter in brackets.',
    document: () =>
      oneTie(
        { strength: 1, support: [{ type: 'informational', direction: 'received', potential: true }] },
        'sister',
      ),
  },
  {
    slug: 'ecogram-support-all',
    view: 'ecogram',
    group: SUPPORT,
    name: literal('alle soorten steun', 'every kind of support'),
    meaning: 'All seven support letters on one tie.',
    document: () =>
      oneTie(
        {
          strength: 3,
          support: (
            [
              'emotional',
              'practical',
              'informational',
              'companionship',
              'care',
              'financial',
              'appraisal',
            ] as const
          ).map((type) => ({ type, direction: 'received' as const })),
        },
        'sister',
      ),
  },
];

export const ECOGRAM_SAMPLES: readonly NotationSample[] = [...centre, ...lines, ...flow, ...support];
