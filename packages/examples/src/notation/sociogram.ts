/**
 * The sociogram's notation (docs/notation-spec.md §3): rings of closeness, sectors per preset, support badges and the
 * action team.
 */
import { SECTOR_PRESETS, type KringDocument, type Person, type SectorPreset, type Tie } from '@kring/core';
import { person, tinyDocument } from './build.js';
import { literal, named, type NotationSample } from './sample.js';

const CIRCLE = 'Rings and sectors';
const BADGES = 'Support badges';
const TEAM = 'Action team';

const NAMES = ['Anna', 'Bram', 'Fenna', 'Daan', 'Meryem', 'Sem', 'Lotte', 'Yusuf'];

/** Noor with one contact per sector of the preset, spread over the rings. */
function circle(preset: SectorPreset, rings: 3 | 4): KringDocument {
  const sectors = SECTOR_PRESETS[preset];
  const persons: Person[] = [person('f', 'Noor', 'woman', { birth: '1990' })];
  const ties: Tie[] = [];
  sectors.forEach((sector, i) => {
    persons.push(person(`p${i}`, NAMES[i % NAMES.length]!, i % 2 ? 'man' : 'woman'));
    ties.push({ id: `t${i}`, from: 'f', to: `p${i}`, sector, ring: (i % rings) + 1 });
  });
  return tinyDocument({
    persons,
    ties,
    options: { symbols: 'mcgoldrick', deathMark: 'x', rings, sectors: preset },
  });
}

/** Noor and Anna (family, inner ring) with `tie` set on their tie. */
function oneContact(tie: Partial<Tie>, extra: Partial<KringDocument> = {}): KringDocument {
  return tinyDocument({
    persons: [
      person('f', 'Noor', 'woman', { birth: '1990' }),
      person('a', 'Anna', 'woman', { birth: '1964' }),
    ],
    ties: [{ id: 't', from: 'f', to: 'a', sector: 'family', ring: 1, ...tie }],
    ...extra,
  });
}

const rings: NotationSample[] = [
  {
    slug: 'sociogram-rings-3',
    view: 'sociogram',
    group: CIRCLE,
    name: literal('3 ringen', '3 rings'),
    meaning: 'Three rings of closeness around the client (convoy model): very close, close, further away.',
    document: () => circle('default', 3),
  },
  {
    slug: 'sociogram-rings-4',
    view: 'sociogram',
    group: CIRCLE,
    name: literal('4 ringen', '4 rings'),
    meaning: 'Four rings (Lensink): intimi, friends, acquaintances, services.',
    document: () => circle('default', 4),
  },
  ...(['default', 'lensink', 'tracy_whittaker'] as const).map((preset) => ({
    slug: `sociogram-sectors-${preset.replace('_', '-')}`,
    view: 'sociogram' as const,
    group: CIRCLE,
    name: named(`sectorPreset.${preset}`),
    meaning: {
      default:
        'The default sectors: family, friends, neighbours, work/school/clubs, professionals. Sectors keep this order clockwise from 12 o’clock; a sector with more people gets a wider angle.',
      lensink: 'The Lensink network circle: family, fellow clients, professionals, community; four rings.',
      tracy_whittaker:
        'Tracy & Whittaker: household, other family, work/school, clubs, friends, neighbours, agencies.',
    }[preset],
    document: () => circle(preset, preset === 'lensink' ? 4 : 3),
  })),
  {
    slug: 'sociogram-organisation',
    view: 'sociogram',
    group: CIRCLE,
    name: named('render.sociogram.legend.organisation'),
    meaning: 'An organisation or service among the contacts, usually in the professionals sector.',
    document: () =>
      tinyDocument({
        persons: [person('f', 'Noor', 'woman', { birth: '1990' })],
        organisations: [{ id: 'o', name: 'Wijkteam', category: 'social_services' }],
        ties: [{ id: 't', from: 'f', to: 'o', sector: 'professionals', ring: 3 }],
      }),
  },
  {
    slug: 'sociogram-alter-tie',
    view: 'sociogram',
    group: CIRCLE,
    name: named('render.sociogram.legend.alterTie'),
    meaning: 'Two contacts who know each other: a thin line between them.',
    document: () => {
      const doc = oneContact({});
      doc.persons.push(person('b', 'Bram', 'man', { birth: '1962' }));
      doc.ties.push(
        { id: 't2', from: 'f', to: 'b', sector: 'family', ring: 2 },
        { id: 't3', from: 'a', to: 'b' },
      );
      return doc;
    },
  },
];

const badges: NotationSample[] = [
  {
    slug: 'sociogram-badges',
    view: 'sociogram',
    group: BADGES,
    name: named('supportType.emotional'),
    meaning: 'Support badges beside a contact: one letter per kind of support (E, P, A, G, Z, F, W).',
    document: () =>
      oneContact({
        support: [
          { type: 'emotional', direction: 'received' },
          { type: 'practical', direction: 'received' },
          { type: 'informational', direction: 'received' },
        ],
      }),
  },
  {
    slug: 'sociogram-badge-potential',
    view: 'sociogram',
    group: BADGES,
    name: named('render.sociogram.legend.potential'),
    meaning: 'A dashed badge: support that could be asked (potential), the aim of a netwerkberaad.',
    document: () => oneContact({ support: [{ type: 'care', direction: 'received', potential: true }] }),
  },
  {
    slug: 'sociogram-badge-reciprocal',
    view: 'sociogram',
    group: BADGES,
    name: named('render.sociogram.legend.reciprocal'),
    meaning: 'Support that goes both ways (given and received): reciprocity.',
    document: () =>
      oneContact({
        support: [
          { type: 'companionship', direction: 'received' },
          { type: 'companionship', direction: 'given' },
        ],
      }),
  },
];

const team: NotationSample[] = [
  {
    slug: 'sociogram-action-team',
    view: 'sociogram',
    group: TEAM,
    name: named('render.sociogram.legend.actionTeam'),
    meaning: 'Members of the action team (actieteam) of the plan are highlighted.',
    document: () => {
      const doc = oneContact({});
      doc.persons.push(person('b', 'Bram', 'man', { birth: '1962' }));
      doc.ties.push({ id: 't2', from: 'f', to: 'b', sector: 'friends', ring: 2 });
      doc.plan = { goal: 'Noor woont veilig thuis', actionTeam: ['f', 'a', 'b'], invitees: [], actions: [] };
      return doc;
    },
  },
];

export const SOCIOGRAM_SAMPLES: readonly NotationSample[] = [...rings, ...badges, ...team];
