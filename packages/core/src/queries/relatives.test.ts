import { describe, expect, it } from 'vitest';
import { childrenOf, parentsOf, partnersOf } from './relatives.js';
import { siblingsOf } from './siblings-of.js';
import { familyDocument } from './test-support/family.js';

const ids = (list: { person: { id: string } }[]) => list.map((r) => r.person.id);

describe('parentsOf / childrenOf / partnersOf', () => {
  const doc = familyDocument();

  it('lists parents with the kind of each link', () => {
    expect(parentsOf(doc, 'tom').map((k) => [k.person.id, k.kind, k.link.id])).toEqual([
      ['dad', 'biological', 'l5'],
      ['mum', 'adoptive', 'l6'],
    ]);
    expect(parentsOf(doc, 'gp1')).toEqual([]);
  });

  it('lists children in link order, of every kind', () => {
    expect(childrenOf(doc, 'mum').map((k) => [k.person.id, k.kind])).toEqual([
      ['sophia', 'biological'],
      ['tom', 'adoptive'],
      ['sam', 'biological'],
      ['fk', 'foster'],
    ]);
  });

  it('lists partners with their partnership from either side', () => {
    expect(partnersOf(doc, 'dad').map((p) => [p.person.id, p.partnership.id])).toEqual([
      ['ex', 'pe'],
      ['mum', 'pm'],
    ]);
    expect(ids(partnersOf(doc, 'noah'))).toEqual(['sophia']);
    expect(partnersOf(doc, 'fr')).toEqual([]);
  });

  it('skips links to ids that are not persons', () => {
    const broken = {
      ...doc,
      parentChild: [
        ...doc.parentChild,
        { id: 'x', parent: 'school', child: 'fr', kind: 'guardian' as const },
      ],
    };
    expect(parentsOf(broken, 'fr')).toEqual([]);
  });
});

describe('siblingsOf', () => {
  const doc = familyDocument();

  it('tells full from half siblings by the parents they share', () => {
    expect(siblingsOf(doc, 'sophia').map((s) => [s.person.id, s.kind, s.sharedParents])).toEqual([
      ['tom', 'full', ['dad', 'mum']],
      ['lisa', 'half', ['dad']],
      ['sam', 'half', ['mum']],
    ]);
  });

  it('does not count step or foster parents', () => {
    expect(siblingsOf(doc, 'fk')).toEqual([]);
    expect(siblingsOf(doc, 'sam').map((s) => [s.person.id, s.kind])).toEqual([
      ['sophia', 'half'],
      ['tom', 'half'],
    ]);
  });

  it('gives only children no siblings', () => {
    expect(siblingsOf(doc, 'dad')).toEqual([]);
    expect(siblingsOf(doc, 'baby')).toEqual([]);
  });
});
