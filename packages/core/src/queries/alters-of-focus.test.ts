import { describe, expect, it } from 'vitest';
import type { KringDocument, Tie } from '../model/types.js';
import { altersOfFocus } from './alters-of-focus.js';
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
  it('lists everyone tied to the focus or its household, once, with ties, sector and ring', () => {
    expect(summary(familyDocument())).toEqual([
      ['fr', 'person', ['t1'], true, false, 'friends', 1],
      ['mum', 'person', ['t2', 't8'], true, false, 'family', 2],
      ['school', 'organisation', ['t3'], true, false, 'professionals', 3],
      ['gpo', 'organisation', ['t4'], false, false, 'professionals', undefined],
      ['noah', 'person', ['t5'], true, true, 'family', 1],
      ['fk', 'person', ['t9'], true, false, undefined, undefined],
    ]);
  });

  it('uses the preset roles of Tracy & Whittaker', () => {
    const doc = familyDocument();
    const tw = { ...doc, options: { ...doc.options, sectors: 'tracy_whittaker' as const } };
    expect(altersOfFocus(tw).map((a) => [a.id, a.sector])).toEqual([
      ['fr', 'friends'],
      ['mum', 'other_family'],
      ['school', 'agencies'],
      ['gpo', 'agencies'],
      ['noah', 'household'],
      ['fk', undefined],
    ]);
  });

  it('ignores rings outside the ring count and sectors outside the preset', () => {
    const doc = familyDocument();
    const lensink = { ...doc, options: { ...doc.options, sectors: 'lensink' as const, rings: 4 as const } };
    const fr = altersOfFocus(lensink).find((a) => a.id === 'fr')!;
    expect(fr.sector).toBeUndefined(); // 'friends' is not a Lensink sector and fr is not kin
    const noTies = { ...doc, ties: [{ id: 'x', from: 'sophia', to: 'fr', ring: 5 }] };
    expect(altersOfFocus(noTies)[0]?.ring).toBeUndefined();
  });

  it('is empty without ties', () => {
    expect(altersOfFocus({ ...familyDocument(), ties: [] })).toEqual([]);
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
