import { describe, expect, it } from 'vitest';
import { addEmotional, addPerson, applyCommand, moveNode, type KringDocument } from '@kring/core';
import { syntheticFamily } from '@kring/examples/synthetic';
import { renderGenogram } from '@kring/genogram';
import type { Scene, Shape } from '@kring/scene';
import { edgeKeys, reconcileScene, reuseShapes, sameData } from './reconcile.js';

const circle = (cx: number): Shape => ({ type: 'circle', cx, cy: 0, r: 5 });

describe('sameData', () => {
  it('compares plain data deeply, keys in any order', () => {
    expect(sameData({ a: [1, { b: 'x' }], c: undefined }, { c: undefined, a: [1, { b: 'x' }] })).toBe(true);
    expect(sameData({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameData([1, 2], [1, 2, 3])).toBe(false);
    expect(sameData([1], { 0: 1 })).toBe(false);
    expect(sameData({ d: [0.1, 4] }, { d: [0.1, 5] })).toBe(false);
    expect(sameData(null, {})).toBe(false);
  });
});

describe('reuseShapes', () => {
  it('keeps the previous list when every shape is equal, else reuses the equal ones by place', () => {
    const prev = [circle(1), circle(2)];
    expect(reuseShapes(prev, [circle(1), circle(2)])).toBe(prev);
    const next = reuseShapes(prev, [circle(1), circle(3), circle(4)]);
    expect(next[0]).toBe(prev[0]);
    expect(next[1]).not.toBe(prev[1]);
    expect(next).toEqual([circle(1), circle(3), circle(4)]);
  });
});

describe('edgeKeys', () => {
  it('keys lines by relation id and occurrence, so one line more does not shift the others', () => {
    expect(edgeKeys([{ id: 'a' }, { id: 'b' }, { id: 'a' }] as never)).toEqual(['a#0', 'b#0', 'a#1']);
  });
});

describe('reconcileScene', () => {
  const base = syntheticFamily(300, 3);
  const render = (doc: KringDocument) => renderGenogram(doc, { locale: 'en' });
  const step = (doc: KringDocument, command: Parameters<typeof applyCommand>[1]) => {
    const r = applyCommand(doc, command);
    if (!r.ok) throw new Error(JSON.stringify(r.reason));
    return r.document;
  };

  function check(prev: Scene, next: Scene): Scene {
    const out = reconcileScene(prev, next);
    // Content: exactly the new scene.
    expect(sameData(out, next)).toBe(true);
    expect(JSON.stringify(out)).toBe(JSON.stringify(next));
    // Identity: every node and line whose content did not change is the previous object.
    const before = new Map(prev.nodes.map((n) => [n.id, n]));
    for (const n of out.nodes) {
      const p = before.get(n.id);
      if (p && sameData(p, n)) expect(n).toBe(p);
    }
    return out;
  }

  it('returns the previous parts for an unchanged scene', () => {
    const a = render(base);
    const out = check(a, render(base));
    expect(out.nodes).toBe(a.nodes);
    expect(out.edges).toBe(a.edges);
    expect(out.background).toBe(a.background);
  });

  it('reuses what an edit leaves alone: an interaction line, a new person, a move', () => {
    const a = render(base);
    const [p, q] = base.persons;
    const linkedDoc = step(base, addEmotional({ id: 'em-x', a: p!.id, b: q!.id, kind: 'conflict' }));
    const linked = check(a, render(linkedDoc));
    const reused = linked.nodes.filter((n, i) => n === a.nodes[i]).length;
    expect(reused).toBeGreaterThan(0);
    const added = check(linked, render(step(linkedDoc, addPerson({ id: 'new', name: 'N', gender: 'man' }))));
    expect(added.nodes.some((n) => n.id === 'new')).toBe(true);
    check(added, render(step(linkedDoc, moveNode('genogram', p!.id, { x: -500, y: -500 }))));
  });

  it('does not modify the previous scene', () => {
    const a = render(base);
    const copy = JSON.stringify(a);
    check(a, render(step(base, addPerson({ id: 'new', name: 'N', gender: 'man' }))));
    expect(JSON.stringify(a)).toBe(copy);
  });
});
