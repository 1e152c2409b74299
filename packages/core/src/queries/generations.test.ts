import { describe, expect, it } from 'vitest';
import { documentIndex } from './document-index.js';
import { generations } from './generations.js';
import { kinOfFocus } from './kin-of-focus.js';
import { focusHousehold } from './focus-household.js';
import { emptyDocument, familyDocument } from './test-support/family.js';

describe('generations', () => {
  it('numbers generations relative to the focus over parent and partner links', () => {
    const g = generations(familyDocument());
    expect(Object.fromEntries(g)).toEqual({
      sophia: 0,
      dad: -1,
      mum: -1,
      noah: 0,
      baby: 1,
      gp1: -2,
      gp2: -2,
      tom: 0,
      lisa: 0,
      sam: 0,
      ex: -1,
      fk: 0,
      nm: -1,
    });
    expect(g.has('fr')).toBe(false);
  });

  it('is deterministic where links disagree: the first found wins', () => {
    const doc = familyDocument();
    // gp1 also partners sophia: sophia's own partners are visited before dad's parents, so gp1 lands at 0,
    // while gp2 is still reached through dad first.
    const odd = {
      ...doc,
      partnerships: [
        ...doc.partnerships,
        { id: 'px', a: 'sophia', b: 'gp1', type: 'affair' as const, events: [] },
      ],
    };
    expect(generations(odd).get('gp1')).toBe(0);
    expect(generations(odd).get('gp2')).toBe(-2);
  });

  it('is cached per document object', () => {
    const doc = familyDocument();
    expect(generations(doc)).toBe(generations(doc));
    expect(documentIndex(doc)).toBe(documentIndex(doc));
    expect(documentIndex(familyDocument())).not.toBe(documentIndex(doc));
  });

  it('is empty when the focus is missing', () => {
    expect(generations(emptyDocument({ focus: 'nobody' })).size).toBe(0);
  });
});

describe('kinOfFocus', () => {
  it('holds blood, adoption and partnership connections, transitively, and the focus', () => {
    expect([...kinOfFocus(familyDocument())].sort()).toEqual(
      ['baby', 'dad', 'ex', 'gp1', 'gp2', 'lisa', 'mum', 'nm', 'noah', 'sam', 'sophia', 'tom'].sort(),
    );
  });
});

describe('focusHousehold', () => {
  it('is the current household containing the focus', () => {
    expect(focusHousehold(familyDocument())?.id).toBe('h-now');
  });
  it('ignores past households', () => {
    const doc = familyDocument();
    expect(focusHousehold({ ...doc, households: [doc.households[0]!] })).toBeUndefined();
  });
});
