/**
 * A small family for the panel tests: Anna (focus, 1980) and Ben married with a son Cas; Anna's mother
 * Dora; Ben's daughter Eva from an earlier relationship with Fleur (Cas's half-sister); a friend Gijs;
 * a school; ties, an emotional line, a household and twins.
 */
import type { KringDocument } from '@kring/core';

export function family(): KringDocument {
  return {
    format: 'kring',
    version: 2,
    title: 'Netwerk van Anna',
    referenceDate: '2022-03-01',
    focus: 'p-anna',
    options: { symbols: 'mcgoldrick', deathMark: 'x', rings: 3, sectors: 'default' },
    persons: [
      { id: 'p-anna', name: 'Anna', gender: 'woman', birth: '1980-04-02' },
      { id: 'p-ben', name: 'Ben', gender: 'man', birth: '1978' },
      { id: 'p-cas', name: 'Cas', gender: 'man', birth: '2010-09-01' },
      { id: 'p-dora', name: 'Dora', gender: 'woman', birth: '1950', death: '2019' },
      { id: 'p-eva', name: 'Eva', gender: 'woman', birth: '2002' },
      { id: 'p-fleur', name: 'Fleur', gender: 'woman', birth: '1979' },
      { id: 'p-gijs', name: 'Gijs', gender: 'man' },
      { id: 'p-ilse', name: 'Ilse', gender: 'unknown', birth: '2012' },
      { id: 'p-jan', name: 'Jan', gender: 'man', birth: '2012' },
    ],
    organisations: [{ id: 'o-school', name: 'De Regenboog', category: 'school' }],
    partnerships: [
      {
        id: 'u-anna-ben',
        a: 'p-anna',
        b: 'p-ben',
        type: 'marriage',
        events: [
          { kind: 'started', date: '2005' },
          { kind: 'married', date: '2008-06-14' },
        ],
      },
      { id: 'u-ben-fleur', a: 'p-ben', b: 'p-fleur', type: 'cohabitation', events: [] },
    ],
    parentChild: [
      { id: 'l-anna-cas', parent: 'p-anna', child: 'p-cas', kind: 'biological', partnership: 'u-anna-ben' },
      { id: 'l-ben-cas', parent: 'p-ben', child: 'p-cas', kind: 'biological', partnership: 'u-anna-ben' },
      { id: 'l-dora-anna', parent: 'p-dora', child: 'p-anna', kind: 'biological' },
      { id: 'l-ben-eva', parent: 'p-ben', child: 'p-eva', kind: 'biological', partnership: 'u-ben-fleur' },
      {
        id: 'l-fleur-eva',
        parent: 'p-fleur',
        child: 'p-eva',
        kind: 'biological',
        partnership: 'u-ben-fleur',
      },
      { id: 'l-anna-ilse', parent: 'p-anna', child: 'p-ilse', kind: 'foster' },
      { id: 'l-anna-jan', parent: 'p-anna', child: 'p-jan', kind: 'foster' },
    ],
    multipleBirths: [{ id: 'm-twins', members: ['p-ilse', 'p-jan'], zygosity: 'dizygotic' }],
    households: [{ id: 'h-home', members: ['p-anna', 'p-ben', 'p-cas'], current: true, label: 'Thuis' }],
    emotional: [{ id: 'e-anna-ben', a: 'p-anna', b: 'p-ben', kind: 'conflict' }],
    ties: [
      {
        id: 't-anna-gijs',
        from: 'p-anna',
        to: 'p-gijs',
        sector: 'friends',
        ring: 1,
        strength: 3,
        stress: 'none',
        support: [
          { type: 'emotional', direction: 'received' },
          { type: 'practical', direction: 'given', potential: true },
        ],
      },
      { id: 't-anna-school', from: 'p-anna', to: 'o-school', ring: 3, strength: 1 },
    ],
    plan: null,
    snapshots: [],
    layouts: {},
  };
}
