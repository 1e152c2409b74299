/** Helpers that keep the notation chart's tiny documents short. All people are fictional. */
import {
  newDocument,
  type KringDocument,
  type ParentChild,
  type Partnership,
  type Person,
} from '@kring/core';

/** A document around the focus person `f`; `parts` adds to or replaces the empty collections. */
export function tinyDocument(parts: Partial<KringDocument> = {}): KringDocument {
  return newDocument({ title: 'Notatie', referenceDate: '2026-01-01', focus: 'f', ...parts });
}

export const person = (
  id: string,
  name: string,
  gender: Person['gender'],
  extra: Partial<Person> = {},
): Person => ({
  id,
  name,
  gender,
  ...extra,
});

/** Both parents' links of a child under a partnership. */
export function childOf(
  p: Partnership,
  child: string,
  kind: ParentChild['kind'] = 'biological',
): ParentChild[] {
  return [
    { id: `${p.id}-${child}-a`, parent: p.a, child, kind, partnership: p.id },
    { id: `${p.id}-${child}-b`, parent: p.b, child, kind, partnership: p.id },
  ];
}

/** A married couple: Bram (man, `a`) and Anna (woman, `b`), married in 1990. */
export function parents(): { persons: Person[]; union: Partnership } {
  return {
    persons: [person('a', 'Bram', 'man', { birth: '1962' }), person('b', 'Anna', 'woman', { birth: '1964' })],
    union: { id: 'u', a: 'a', b: 'b', type: 'marriage', events: [{ kind: 'married', date: '1990' }] },
  };
}
