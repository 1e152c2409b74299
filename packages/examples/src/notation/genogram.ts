/**
 * The genogram's notation (docs/notation-spec.md §1), one tiny document per symbol and line kind. The index person
 * (double outline) is the focus `f` of every document; a symbol that is not about the index person is drawn on
 * its parent, so that the double outline shows only where it is meant.
 */
import {
  EMOTIONAL_KINDS,
  DIRECTED_EMOTIONAL_KINDS,
  type EmotionalKind,
  type KringDocument,
  type MessageKey,
  type ParentChild,
  type Partnership,
  type PartnershipType,
  type Person,
} from '@kring/core';
import { childOf, parents, person, tinyDocument } from './build.js';
import { joined, literal, named, type NotationSample } from './sample.js';

const INDEX_CHILD = (): Person => person('f', 'Noor', 'woman', { birth: '2010' });

/** `sample` as the single parent of the index person Noor. */
function parentOfIndex(sample: Person, parts: Partial<KringDocument> = {}): KringDocument {
  const link: ParentChild = { id: 'pc', parent: sample.id, child: 'f', kind: 'biological' };
  return tinyDocument({ persons: [sample, INDEX_CHILD()], parentChild: [link], ...parts });
}

/** Bram and Anna with the index person Noor and the given further children. */
function family(children: Person[], kinds: Record<string, ParentChild['kind']> = {}): KringDocument {
  const { persons, union } = parents();
  const all = [INDEX_CHILD(), ...children];
  return tinyDocument({
    persons: [...persons, ...all],
    partnerships: [union],
    parentChild: all.flatMap((c) => childOf(union, c.id, kinds[c.id] ?? 'biological')),
  });
}

/** The index person Noor with a partner, joined by `union`. */
function couple(
  union: Omit<Partnership, 'id' | 'a' | 'b'>,
  partner = person('p', 'Sam', 'man', { birth: '1986' }),
) {
  return tinyDocument({
    persons: [person('f', 'Noor', 'woman', { birth: '1988' }), partner],
    partnerships: [{ id: 'u', a: 'p', b: 'f', ...union }],
  });
}

const SYMBOLS = 'Person symbols';
const MARKS = 'Marks on a person';
const PREGNANCY = 'Pregnancies';
const DESCENT = 'Children and descent';
const UNIONS = 'Couple relationships';
const EVENTS = 'Couple events';
const HOUSEHOLD = 'Household';
const EMOTIONAL = 'Emotional relationships';
const CONDITIONS = 'Conditions';

const genders: NotationSample[] = (
  [
    ['man', 'Bram', 'A man or boy: a square.'],
    ['woman', 'Anna', 'A woman or girl: a circle.'],
    [
      'non_binary',
      'Robin',
      'A non-binary person: the "dome", a square base with a rounded top (McGoldrick 2020).',
    ],
    ['other', 'Kay', 'A person who describes their gender in their own words: drawn like non-binary.'],
    ['unknown', 'Onbekend', 'Gender not known: a diamond with a question mark.'],
  ] as const
).map(([gender, name, meaning]) => ({
  slug: `genogram-gender-${gender.replace('_', '-')}`,
  view: 'genogram',
  group: SYMBOLS,
  name: named(`gender.${gender}`),
  meaning,
  document: () => parentOfIndex(person('x', name, gender, { birth: '1975' })),
}));

const marks: NotationSample[] = [
  {
    slug: 'genogram-pet',
    view: 'genogram',
    group: SYMBOLS,
    name: named('render.genogram.legend.pet'),
    meaning: 'A pet: a small diamond with a paw; never the same glyph as "gender unknown".',
    document: () =>
      tinyDocument({
        persons: [
          person('f', 'Noor', 'woman', { birth: '2010' }),
          person('x', 'Bobbie', 'unknown', { pet: true }),
        ],
        households: [{ id: 'h', members: ['f', 'x'], current: true }],
      }),
  },
  {
    slug: 'genogram-index',
    view: 'genogram',
    group: MARKS,
    name: named('render.genogram.legend.index'),
    meaning: 'The index person (aangemelde persoon, the client the map is about): a double outline.',
    document: () => tinyDocument({ persons: [person('f', 'Noor', 'woman', { birth: '2010' })] }),
  },
  {
    slug: 'genogram-deceased-x',
    view: 'genogram',
    group: MARKS,
    name: named('deathMark.x'),
    meaning: 'Deceased: an X through the symbol (genogram default); age at death inside, years above.',
    document: () => parentOfIndex(person('x', 'Cor', 'man', { birth: '1940', death: '2015' })),
  },
  {
    slug: 'genogram-deceased-slash',
    view: 'genogram',
    group: MARKS,
    name: named('deathMark.slash'),
    meaning: 'Deceased, pedigree style (option "death mark: slash"): one diagonal slash.',
    document: () => ({
      ...parentOfIndex(person('x', 'Cor', 'man', { birth: '1940', death: '2015' })),
      options: { symbols: 'mcgoldrick', deathMark: 'slash', rings: 3, sectors: 'default' },
    }),
  },
];

const pregnancies: NotationSample[] = (
  [
    ['pregnancy', 'An ongoing pregnancy: a triangle on the child row.'],
    ['miscarriage', 'A miscarriage: a small filled circle (McGoldrick).'],
    ['abortion', 'An induced abortion: a small X (McGoldrick).'],
    ['stillbirth', 'A stillbirth: a small gender symbol with an X.'],
    ['ectopic', 'An ectopic pregnancy: a small triangle, caption "ECT".'],
  ] as const
).map(([status, meaning]) => ({
  slug: `genogram-birth-${status}`,
  view: 'genogram',
  group: PREGNANCY,
  name: named(`birthStatus.${status}`),
  meaning,
  document: () =>
    family([
      person('x', '', status === 'stillbirth' ? 'man' : 'unknown', {
        birth: '2014',
        birthStatus: status,
        ...(status === 'stillbirth' ? { lifeStatus: 'deceased' as const } : {}),
      }),
    ]),
}));

pregnancies.push({
  slug: 'genogram-birth-nsgc',
  view: 'genogram',
  group: PREGNANCY,
  name: named('symbolSet.nsgc'),
  meaning: 'The same outcomes with the NSGC pedigree symbols (option "symbols: NSGC"): triangles.',
  document: () => ({
    ...family(
      (['pregnancy', 'miscarriage', 'abortion', 'ectopic'] as const).map((status, i) =>
        person(`x${i}`, '', 'unknown', { birth: `${2012 + i}`, birthStatus: status }),
      ),
    ),
    options: { symbols: 'nsgc', deathMark: 'x', rings: 3, sectors: 'default' },
  }),
});

const descent: NotationSample[] = (
  [
    ['biological', 'A biological child: a solid line down from the couple.'],
    ['adoptive', 'An adopted child: a dashed line, marked "A".'],
    ['foster', 'A foster child (pleegkind): a dotted line, marked "F".'],
    ['step', 'A step-child raised by choice: marked "S".'],
    ['guardian', 'A child under guardianship (voogdij): marked "G".'],
    ['donor', 'A child through a donor or surrogate: marked "D".'],
  ] as const
).map(([kind, meaning]) => ({
  slug: `genogram-descent-${kind}`,
  view: 'genogram',
  group: DESCENT,
  name: named(`render.genogram.legend.descent.${kind}`),
  meaning,
  document: () => family([person('x', 'Daan', 'man', { birth: '2012' })], { x: kind }),
}));

for (const zygosity of ['monozygotic', 'dizygotic', 'unknown'] as const) {
  descent.push({
    slug: `genogram-twins-${zygosity}`,
    view: 'genogram',
    group: DESCENT,
    name: named(`render.genogram.legend.twins.${zygosity}`),
    meaning: {
      monozygotic: 'Identical twins: the lines start at one point, with a bar between them.',
      dizygotic: 'Fraternal twins: the lines start at one point, no bar.',
      unknown: 'Twins whose zygosity is not known: one point and a question mark.',
    }[zygosity],
    document: () => {
      const doc = family([person('x', 'Lotte', 'woman', { birth: '2010' })]);
      doc.multipleBirths = [{ id: 'mb', members: ['f', 'x'], zygosity }];
      return doc;
    },
  });
}

const UNION_MEANING: Record<PartnershipType, string> = {
  marriage: 'Marriage: a solid line down from both and across, labelled "m." with the year.',
  registered_partnership: 'Registered partnership: drawn like a marriage, labelled "r.p.".',
  cohabitation: 'Living together: a dashed line, labelled "LT".',
  lat: 'A committed relationship living apart (LAT): dashed, labelled "rel.".',
  dating: 'Dating (verkering): a dotted line.',
  engagement: 'Engagement: a dashed line, labelled "e.".',
  affair: 'An affair or secret relationship: a dotted line.',
  brief: 'A brief relationship: a dotted line.',
};
const FIRST_EVENT: Record<PartnershipType, Partnership['events'][number]['kind']> = {
  marriage: 'married',
  registered_partnership: 'married',
  cohabitation: 'cohabiting',
  lat: 'started',
  dating: 'started',
  engagement: 'engaged',
  affair: 'started',
  brief: 'started',
};
const unions: NotationSample[] = (Object.keys(UNION_MEANING) as PartnershipType[]).map((type) => ({
  slug: `genogram-union-${type.replace('_', '-')}`,
  view: 'genogram',
  group: UNIONS,
  name: named(`partnershipType.${type}`),
  meaning: UNION_MEANING[type],
  document: () => couple({ type, events: [{ kind: FIRST_EVENT[type], date: '2012' }] }),
}));
unions.push({
  slug: 'genogram-union-consanguineous',
  view: 'genogram',
  group: UNIONS,
  name: named('render.genogram.legend.consanguineous'),
  meaning: 'Partners who are blood relatives (consanguineous union): a double couple line.',
  document: () =>
    couple({ type: 'marriage', events: [{ kind: 'married', date: '2012' }], consanguineous: true }),
});

const events: NotationSample[] = (
  [
    [
      'separated',
      'marriage',
      [
        ['married', '2005'],
        ['separated', '2015'],
      ],
      'Separation: one slash across the couple line, "s." with the year.',
    ],
    [
      'divorced',
      'marriage',
      [
        ['married', '2005'],
        ['separated', '2014'],
        ['divorced', '2015'],
      ],
      'Divorce: two slashes, "d." with the year.',
    ],
    [
      'reconciled',
      'marriage',
      [
        ['married', '2005'],
        ['separated', '2014'],
        ['reconciled', '2016'],
      ],
      'Reconciliation after a separation: the slash crossed out, "rec.".',
    ],
    [
      'ended',
      'cohabitation',
      [
        ['cohabiting', '2008'],
        ['ended', '2015'],
      ],
      'A non-legal union that ended: "end" with the year.',
    ],
    [
      'annulled',
      'marriage',
      [
        ['married', '2005'],
        ['annulled', '2006'],
      ],
      'An annulled marriage: "ann." with the year.',
    ],
    [
      'widowed',
      'marriage',
      [
        ['married', '1985'],
        ['widowed', '2015'],
      ],
      'Widowed: the partner died during the union, "wid." with the year.',
    ],
  ] as const
).map(([kind, type, list, meaning]) => ({
  slug: `genogram-event-${kind}`,
  view: 'genogram',
  group: EVENTS,
  name: named(`partnershipEvent.${kind}`),
  meaning,
  document: () =>
    couple(
      { type, events: list.map(([k, date]) => ({ kind: k, date })) },
      kind === 'widowed'
        ? person('p', 'Sam', 'man', { birth: '1960', death: '2015' })
        : person('p', 'Sam', 'man', { birth: '1986' }),
    ),
}));

const household: NotationSample = {
  slug: 'genogram-household',
  view: 'genogram',
  group: HOUSEHOLD,
  name: named('render.genogram.legend.household'),
  meaning: 'The people who live together now, encircled by a dashed boundary.',
  document: () => {
    const doc = family([person('x', 'Daan', 'man', { birth: '2012' })]);
    doc.households = [{ id: 'h', members: ['a', 'b', 'f', 'x'], current: true }];
    return doc;
  },
};

const EMOTIONAL_MEANING: Record<EmotionalKind, string> = {
  close: 'Close: two parallel lines.',
  fused: 'Very close, fused (enmeshed): three parallel lines.',
  distant: 'Distant: a dotted line.',
  conflict: 'Conflictual: a zigzag line.',
  hostile: 'Hostile: a zigzag line.',
  close_hostile: 'Close and hostile: two lines with a zigzag.',
  fused_hostile: 'Fused and hostile: three lines with a zigzag.',
  distant_hostile: 'Distant and hostile: a dotted line with a zigzag.',
  cutoff: 'Cut-off: the line is interrupted by two short bars.',
  cutoff_repaired: 'Cut-off repaired: the cut-off glyph with its gap bridged.',
  focused_on: 'Focused on (over-involved in): an arrow toward the one focused on.',
  physical_abuse: 'Physical abuse: a marked line with an arrow to the victim.',
  emotional_abuse: 'Emotional abuse: a marked line with an arrow to the victim.',
  sexual_abuse: 'Sexual abuse: a marked line with an arrow to the victim.',
  neglect: 'Neglect: a marked line with an arrow to the one neglected.',
  caretaker: 'Caretaker, caregiving: a marked line with an arrow to the one cared for.',
  spiritual: 'A spiritual connection: a marked line.',
  indifferent: 'Indifferent: a marked line.',
  normal: 'An ordinary relationship: a thin line.',
};

function emotionalSample(kind: EmotionalKind, direction?: 'a_to_b' | 'b_to_a' | 'both'): NotationSample {
  const suffix = direction && direction !== 'a_to_b' ? `-${direction.replace(/_/g, '-')}` : '';
  const keys: MessageKey[] = [`emotionalKind.${kind}`];
  if (direction) keys.push(`emotionalDirection.${direction}`);
  return {
    slug: `genogram-emotional-${kind.replace(/_/g, '-')}${suffix}`,
    view: 'genogram',
    group: EMOTIONAL,
    name: joined(...keys),
    meaning: EMOTIONAL_MEANING[kind],
    document: () => {
      const doc = family([person('x', 'Daan', 'man', { birth: '2012' })]);
      doc.emotional = [{ id: 'e', a: 'b', b: 'f', kind, ...(direction ? { direction } : {}) }];
      return doc;
    },
  };
}
const emotional: NotationSample[] = EMOTIONAL_KINDS.map((kind) =>
  emotionalSample(kind, DIRECTED_EMOTIONAL_KINDS.has(kind) ? 'a_to_b' : undefined),
);
emotional.push(
  { ...emotionalSample('focused_on', 'b_to_a'), meaning: 'The same line pointing the other way.' },
  { ...emotionalSample('focused_on', 'both'), meaning: 'Focused on each other: arrows at both ends.' },
);

const conditions: NotationSample[] = [
  {
    slug: 'genogram-condition',
    view: 'genogram',
    group: CONDITIONS,
    name: literal('aandoening', 'condition'),
    meaning:
      'A condition (illness, addiction, mental health): part of the symbol filled; the legend says which fill.',
    document: () =>
      parentOfIndex(
        person('x', 'Anna', 'woman', { birth: '1964', conditions: [{ key: 'diabetes', label: 'diabetes' }] }),
      ),
  },
  {
    slug: 'genogram-conditions-two',
    view: 'genogram',
    group: CONDITIONS,
    name: literal('aandoening', 'condition'),
    meaning: 'Two conditions: each its own fill, explained in the legend; "in recovery" is marked.',
    document: () =>
      parentOfIndex(
        person('x', 'Anna', 'woman', {
          birth: '1964',
          conditions: [
            { key: 'depression', label: 'depressie' },
            { key: 'alcohol', label: 'alcohol', inRecovery: true },
          ],
        }),
      ),
  },
];

export const GENOGRAM_SAMPLES: readonly NotationSample[] = [
  ...genders,
  ...marks,
  ...pregnancies,
  ...descent,
  ...unions,
  ...events,
  household,
  ...emotional,
  ...conditions,
];
