import { applyPatches, enablePatches, freeze, produceWithPatches, type Draft } from 'immer';
import { describe, expect, it } from 'vitest';
import { applySharedPatches } from './apply-shared-patches.js';

enablePatches();

interface Doc {
  list: { id: string; n?: number }[];
  map: Record<string, { x: number }>;
  title?: string;
}
const base: Doc = freeze(
  { list: [{ id: 'a' }, { id: 'b', n: 1 }, { id: 'c' }], map: { a: { x: 1 } }, title: 't' },
  true,
);

const recipes: [string, (d: Draft<Doc>) => void][] = [
  ['push', (d) => void d.list.push({ id: 'd' })],
  ['splice middle', (d) => void d.list.splice(1, 1)],
  ['insert front', (d) => void d.list.unshift({ id: 'z' })],
  ['truncate', (d) => void (d.list.length = 1)],
  ['replace element', (d) => void (d.list[2] = { id: 'c', n: 3 })],
  ['nested field', (d) => void (d.list[1]!.n = 2)],
  ['delete optional', (d) => void delete d.title],
  ['add key', (d) => void (d.map.b = { x: 2 })],
  ['delete key', (d) => void delete d.map.a],
  ['replace array', (d) => void (d.list = [{ id: 'q' }])],
  [
    'many at once',
    (d) => {
      d.list.splice(0, 2);
      d.list.push({ id: 'e' }, { id: 'f' });
      d.map.a!.x = 5;
      d.title = 'u';
    },
  ],
];

describe('applySharedPatches', () => {
  for (const [name, recipe] of recipes) {
    it(`matches immer's applyPatches both ways: ${name}`, () => {
      const [next, patches, inverse] = produceWithPatches(base, recipe);
      const forward = applySharedPatches(base, patches);
      expect(forward).toEqual(next);
      expect(forward).toEqual(applyPatches(base, patches));
      const back = applySharedPatches(next, inverse);
      expect(back).toEqual(base);
    });
  }

  it('shares untouched parts and leaves the input alone', () => {
    const [next, patches] = produceWithPatches(base, (d) => void (d.title = 'x'));
    const out = applySharedPatches(base, patches);
    expect(out.list).toBe(base.list);
    expect(base.title).toBe('t');
    expect(next.title).toBe('x');
  });

  it('takes a root replacement as the new document', () => {
    const other = freeze({ list: [], map: {} }, true);
    expect(applySharedPatches<Doc>(base, [{ op: 'replace', path: [], value: other }])).toBe(other);
  });
});
