import { describe, expect, it } from 'vitest';
import type { KringDocument, Tie } from '../model/types.js';
import { altersOfFocus, homeOf } from './alters-of-focus.js';
import { proposedRing, ringFollowsProposal } from './proposed-ring.js';
import { alterEndOf, derivedSector, effectiveSector } from './effective-sector.js';
import { familyDocument } from './test-support/family.js';

const tie = (doc: KringDocument, id: string): Tie => doc.ties.find((t) => t.id === id)!;
const summary = (doc: KringDocument) =>
  altersOfFocus(doc).map((a) => [
    a.id,
    a.kind,
    a.ties.map((t) => t.id),
    a.direct,
    a.inHousehold,
    a.sector,
    a.ring,
  ]);

describe('altersOfFocus', () => {
  it('lists everyone other than the focus tied to someone at home, once, with ties, sector and ring', () => {
    expect(summary(familyDocument())).toEqual([
      ['fr', 'person', ['t1'], true, false, 'friends', 1],
      ['mum', 'person', ['t2', 't8'], true, false, 'family', 2],
      ['school', 'organisation', ['t3'], true, false, 'professionals', 3],
      ['gpo', 'organisation', ['t4'], false, false, 'professionals', null],
      ['noah', 'person', ['t5', 't7'], true, true, 'family', 1],
      ['baby', 'person', ['t7'], false, true, 'family', null],
      ['fk', 'person', ['t9'], true, false, null, null],
    ]);
  });

  it('home is the focus and every current household that lists the focus', () => {
    const doc = familyDocument();
    const two = {
      ...doc,
      households: [...doc.households, { id: 'h-2', members: ['sophia', 'nm'], current: true as const }],
      ties: [...doc.ties, { id: 't10', from: 'nm', to: 'gpo', ring: 2 }],
    };
    expect([...homeOf(two)].sort()).toEqual(['baby', 'nm', 'noah', 'sophia']);
    const gpo = altersOfFocus(two).find((a) => a.id === 'gpo')!;
    expect([gpo.ties.map((t) => t.id), gpo.ring]).toEqual([['t4', 't10'], 2]);
  });

  it('ring: the innermost tie with the focus, else the innermost other home tie; sector from that tie', () => {
    const doc = familyDocument();
    const ties = [
      { id: 'a', from: 'noah', to: 'fr', ring: 1, sector: 'neighbours' },
      { id: 'b', from: 'sophia', to: 'fr', ring: 3, sector: 'work_school' },
      { id: 'c', from: 'fr', to: 'sophia', ring: 2, sector: 'friends' },
      { id: 'd', from: 'noah', to: 'gpo', ring: 2, sector: 'neighbours' },
      { id: 'e', from: 'baby', to: 'gpo', ring: 1 },
    ];
    const alters = altersOfFocus({ ...doc, ties });
    const fr = alters.find((a) => a.id === 'fr')!;
    expect([fr.ring, fr.sector, fr.professional]).toEqual([2, 'friends', false]);
    const gpo = alters.find((a) => a.id === 'gpo')!;
    expect([gpo.ring, gpo.sector, gpo.professional]).toEqual([1, 'professionals', true]);
  });

  it('without any ring: the sector of the first home tie, else derived; professional by sector', () => {
    const doc = familyDocument();
    const ties = [
      { id: 'a', from: 'sophia', to: 'fr', sector: 'professionals' },
      { id: 'b', from: 'sophia', to: 'mum' },
    ];
    const alters = altersOfFocus({ ...doc, ties });
    expect(alters.map((a) => [a.id, a.ring, a.sector, a.professional])).toEqual([
      ['fr', null, 'professionals', true],
      ['mum', null, 'family', false],
    ]);
  });

  it('uses the preset roles of Tracy & Whittaker', () => {
    const doc = familyDocument();
    const tw = { ...doc, options: { ...doc.options, sectors: 'tracy_whittaker' as const } };
    expect(altersOfFocus(tw).map((a) => [a.id, a.sector, a.professional])).toEqual([
      ['fr', 'friends', false],
      ['mum', 'other_family', false],
      ['school', 'agencies', true],
      ['gpo', 'agencies', true],
      ['noah', 'household', false],
      ['baby', 'household', false],
      ['fk', null, false],
    ]);
  });

  it('ignores rings outside the ring count and sectors outside the preset', () => {
    const doc = familyDocument();
    const lensink = { ...doc, options: { ...doc.options, sectors: 'lensink' as const, rings: 4 as const } };
    const fr = altersOfFocus(lensink).find((a) => a.id === 'fr')!;
    expect(fr.sector).toBeNull(); // 'friends' is not a Lensink sector and fr is not kin
    const noTies = { ...doc, ties: [{ id: 'x', from: 'sophia', to: 'fr', ring: 5 }] };
    expect(altersOfFocus(noTies)[0]?.ring).toBeNull();
  });

  it('is empty without ties', () => {
    expect(altersOfFocus({ ...familyDocument(), ties: [] })).toEqual([]);
  });
});

describe('proposedRing', () => {
  it('strong or daily is ring 1, weak or rarely the outermost, both: the mean towards the centre', () => {
    expect(proposedRing({ strength: 3 }, 3)).toBe(1);
    expect(proposedRing({ strength: 2 }, 3)).toBe(2);
    expect(proposedRing({ strength: 1 }, 4)).toBe(4);
    expect(proposedRing({ frequency: 'daily' }, 3)).toBe(1);
    expect(proposedRing({ frequency: 'few_per_year' }, 3)).toBe(3);
    expect(proposedRing({ frequency: 'rarely' }, 4)).toBe(4);
    expect(proposedRing({ strength: 3, frequency: 'rarely' }, 3)).toBe(2);
    expect(proposedRing({ strength: 1, frequency: 'daily' }, 4)).toBe(2);
    expect(proposedRing({}, 3)).toBeNull();
  });
  it('lets the ring follow only when unset or still the proposal', () => {
    expect(ringFollowsProposal({ id: 't', from: 'a', to: 'b' }, 3)).toBe(true);
    expect(ringFollowsProposal({ id: 't', from: 'a', to: 'b', strength: 3, ring: 1 }, 3)).toBe(true);
    expect(ringFollowsProposal({ id: 't', from: 'a', to: 'b', strength: 3, ring: 2 }, 3)).toBe(false);
  });
});

describe('effectiveSector', () => {
  const doc = familyDocument();
  it('prefers a valid own sector, else derives from the alter end', () => {
    expect(effectiveSector(doc, tie(doc, 't1'))).toBe('friends');
    expect(effectiveSector(doc, tie(doc, 't2'))).toBe('family');
    expect(effectiveSector(doc, tie(doc, 't3'))).toBe('professionals');
    expect(effectiveSector(doc, tie(doc, 't8'))).toBe('family');
    expect(effectiveSector(doc, tie(doc, 't9'))).toBeUndefined();
  });
  it('finds the alter end of a tie', () => {
    expect(alterEndOf(doc, tie(doc, 't3'))).toBe('school');
    expect(alterEndOf(doc, tie(doc, 't5'))).toBe('noah');
    expect(alterEndOf(doc, tie(doc, 't6'))).toBe('gpo');
  });
  it('derives nothing for unknown ids', () => {
    expect(derivedSector(doc, 'nobody')).toBeUndefined();
  });
});
