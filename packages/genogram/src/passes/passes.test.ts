import { describe, expect, it } from 'vitest';
import { buildFamily } from '../model/family.js';
import { childOf, coupleWithTwoChildren, emptyDocument, married, person } from '../test-support/documents.js';
import { assignGenerations } from './generations.js';
import { orderRows } from './ordering.js';
import { assignTracks } from './tracks.js';
import { buildUnits } from './units.js';

describe('generations', () => {
  it('puts parents a row above their children and partners on one row', () => {
    const doc = coupleWithTwoChildren();
    doc.persons.push(person('gp', 'man', '1930'), person('inlaw', 'man', '1991'));
    doc.parentChild.push({ id: 'g', parent: 'gp', child: 'jan', kind: 'biological' });
    doc.partnerships.push(married('m2', 'ana', 'inlaw', '2015'));
    const family = buildFamily(doc);
    const g = assignGenerations(family);
    const row = (id: string) => g.rowOf[g.clusterOf[family.index.get(id)!]!];
    expect([row('gp'), row('jan'), row('els'), row('ana'), row('inlaw'), row('bas')]).toEqual([
      0, 1, 1, 2, 2, 2,
    ]);
    expect(g.rowCount).toBe(3);
  });

  it('pulls a couple without parents down next to its children', () => {
    const doc = emptyDocument('c');
    doc.persons.push(
      person('a', 'man'),
      person('b', 'woman'),
      person('c', 'man'),
      person('d', 'woman'),
      person('e', 'man'),
      person('f', 'woman'),
    );
    const ab = married('ab', 'a', 'b');
    const cd = married('cd', 'c', 'd');
    doc.partnerships.push(ab, cd, married('ef', 'e', 'f'));
    // c is a child of a-b; d married in (no parents in the map) and sits beside c; f married e, their child.
    doc.parentChild.push(...childOf(ab, 'c'), ...childOf(cd, 'e'));
    const family = buildFamily(doc);
    const g = assignGenerations(family);
    const row = (id: string) => g.rowOf[g.clusterOf[family.index.get(id)!]!];
    expect([row('a'), row('c'), row('d'), row('e'), row('f')]).toEqual([0, 1, 1, 2, 2]);
  });
});

describe('units', () => {
  it('places the most recent partners nearest, alternating sides', () => {
    const doc = emptyDocument('h');
    doc.persons.push(person('h', 'man'), person('p1', 'woman'), person('p2', 'woman'), person('p3', 'woman'));
    doc.partnerships.push(
      married('u3', 'h', 'p3', '2010'),
      married('u1', 'h', 'p1', '1980'),
      married('u2', 'h', 'p2', '1995'),
    );
    const family = buildFamily(doc);
    const units = buildUnits(family, assignGenerations(family));
    expect(units[0]!.map((p) => family.persons[p]!.id)).toEqual(['p2', 'h', 'p3', 'p1']);
  });
});

describe('ordering', () => {
  it('orders siblings oldest-left', () => {
    const family = buildFamily(coupleWithTwoChildren());
    const g = assignGenerations(family);
    const ordering = orderRows(family, g, buildUnits(family, g));
    const names = ordering.rows[1]!.flatMap((c) => ordering.units[c]!.map((p) => family.persons[p]!.id));
    expect(names).toEqual(['bas', 'ana']);
  });
});

describe('tracks', () => {
  it('gives overlapping sibling bars their own track', () => {
    const { track, count } = assignTracks([
      { key: 1, left: 0, right: 100 },
      { key: 2, left: 50, right: 150 },
      { key: 3, left: 120, right: 200 },
    ]);
    expect(count).toBe(2);
    expect([track.get(1), track.get(2), track.get(3)]).toEqual([0, 1, 0]);
  });
});
