import { describe, expect, it } from 'vitest';
import type { ParentChild } from '../model/types.js';
import { descentCycleLinks } from './descent-cycles.js';

const link = (parent: string, child: string, kind: ParentChild['kind'] = 'biological') => ({
  parent,
  child,
  kind,
});

describe('descentCycleLinks', () => {
  it('finds nothing in a family tree', () => {
    expect(
      descentCycleLinks([link('a', 'c'), link('b', 'c'), link('c', 'd'), link('a', 'd', 'adoptive')]),
    ).toEqual([]);
  });

  it('names one link of each cycle, and without it the rest is acyclic', () => {
    // a is the parent of b, b of c, and c of a again; d and e are each other's parent.
    const links = [
      link('a', 'b'),
      link('b', 'c'),
      link('c', 'a', 'adoptive'),
      link('d', 'e'),
      link('e', 'd'),
    ];
    const closing = descentCycleLinks(links);
    expect(closing).toHaveLength(2);
    expect(closing.filter((i) => i <= 2)).toHaveLength(1);
    expect(descentCycleLinks(links.filter((_, i) => !closing.includes(i)))).toEqual([]);
  });

  it('leaves out links that make no descent, and a person as their own parent', () => {
    expect(
      descentCycleLinks([
        link('a', 'b'),
        link('b', 'a', 'foster'),
        link('c', 'd', 'step'),
        link('d', 'c', 'donor'),
      ]),
    ).toEqual([]);
    expect(descentCycleLinks([link('a', 'a')])).toEqual([]);
  });

  it('walks a long line without recursion', () => {
    const line = Array.from({ length: 100_000 }, (_, i) => link(`p${i + 1}`, `p${i}`));
    expect(descentCycleLinks(line)).toEqual([]);
    expect(descentCycleLinks([...line, link('p0', 'p100000')])).toEqual([100_000]);
  });
});
