import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { KringDocument } from '@kring/core';
import type { Scene, SceneNode, Shape } from '@kring/scene';
import { syntheticNetwork } from '@kring/examples/synthetic';
import { renderEcogram } from './render-ecogram.js';
import { SATELLITE_R } from './satellite-glyph.js';
import { documentWith } from './test-support/documents.js';

const centre = (n: SceneNode) => ({ x: n.x + n.width / 2, y: n.y + n.height / 2 });
const node = (scene: Scene, id: string) => scene.nodes.find((n) => n.id === id)!;
const edge = (scene: Scene, id: string) => scene.edges.find((e) => e.id === id)!;
const texts = (shapes: Shape[]) => shapes.flatMap((s) => (s.type === 'text' ? [s.text] : []));

const family = documentWith({
  persons: [
    { id: 'm', name: 'Marieke', gender: 'woman', birth: '1980' },
    { id: 'k', name: 'Sem', gender: 'man', birth: '2012' },
    { id: 'g', name: 'Oma', gender: 'woman' },
    { id: 'v', name: 'Isa', gender: 'non_binary' },
  ],
  organisations: [{ id: 'o', name: 'Basisschool', category: 'school' }],
  parentChild: [{ id: 'pc', parent: 'm', child: 'k', kind: 'biological' }],
  households: [{ id: 'h', members: ['f', 'm', 'k'], current: true }],
  ties: [
    {
      id: 't1',
      from: 'f',
      to: 'g',
      strength: 3,
      flow: 'to_focus',
      support: [
        { type: 'emotional', direction: 'received' },
        { type: 'practical', direction: 'given', potential: true },
      ],
    },
    { id: 't2', from: 'o', to: 'k', strength: 1, stress: 'some', flow: 'both' },
    { id: 't3', from: 'f', to: 'v', stress: 'high', flow: 'none' },
    { id: 't4', from: 'g', to: 'v' },
    { id: 't5', from: 'f', to: 'm', strength: 3 },
  ],
});

/** Cross-strokes of a stressful line: the dashes of one wide path along the tie (dash, gap, dash, …). */
const hatchCount = (scene: Scene, id: string) => {
  const hatch = edge(scene, id).shapes.find((s) => s.type === 'path' && s.stroke === 'negative');
  if (!hatch || hatch.type !== 'path') return 0;
  const [x0, y0, x1, y1] = hatch.d.slice(1).split(/ L| /).map(Number);
  const [dash, gap] = hatch.dash!;
  // Each stroke runs across the line, wider than the line itself on both sides.
  const line = edge(scene, id).shapes[0]!;
  expect(hatch.strokeWidth).toBeGreaterThan((line.type === 'path' ? line.strokeWidth! : Infinity) + 8);
  return Math.floor((Math.hypot(x1! - x0!, y1! - y0!) - dash! + 1e-6) / (dash! + gap!)) + 1;
};
const arrows = (scene: Scene, id: string) =>
  edge(scene, id).shapes.filter((s) => s.type === 'path' && s.fill === 'ink').length;

describe('renderEcogram on a small household', () => {
  const scene = renderEcogram(family, { locale: 'nl' });

  it('draws the household circle at the origin with its members inside, the child below the parent', () => {
    const h = node(scene, 'h');
    expect(h.kind).toBe('household');
    expect(centre(h)).toEqual({ x: 0, y: 0 });
    for (const id of ['f', 'm', 'k']) {
      const c = centre(node(scene, id));
      expect(Math.hypot(c.x, c.y) + node(scene, id).width / 2).toBeLessThan(h.width / 2);
    }
    expect(centre(node(scene, 'k')).y).toBeGreaterThan(centre(node(scene, 'm')).y);
    // The focus has a double outline.
    expect(node(scene, 'f').shapes.filter((s) => s.type === 'circle')).toHaveLength(2);
  });

  it('puts every other tie end around the centre once, outside the household circle, without overlaps', () => {
    const around = ['g', 'v', 'o'];
    for (const id of around) {
      const c = centre(node(scene, id));
      expect(Math.hypot(c.x, c.y)).toBeGreaterThan(node(scene, 'h').width / 2 + node(scene, id).width / 2);
    }
    expect(scene.nodes.map((n) => n.id).sort()).toEqual(['f', 'g', 'h', 'k', 'm', 'o', 'v']);
    expect(texts(node(scene, 'o').shapes)).toEqual(['Basisschool', 'school']);
  });

  it('styles lines by strength, stress and flow', () => {
    const main = (id: string) => edge(scene, id).shapes[0]!;
    expect(main('t1')).toMatchObject({ strokeWidth: 4.5 });
    expect(main('t1')).not.toHaveProperty('dash');
    expect(main('t2')).toMatchObject({ strokeWidth: 1.5, dash: [7, 5] });
    expect(main('t3')).toMatchObject({ strokeWidth: 2.5 });
    expect(hatchCount(scene, 't1')).toBe(0);
    expect(hatchCount(scene, 't3')).toBeGreaterThan(hatchCount(scene, 't2'));
    expect(arrows(scene, 't1')).toBe(1);
    expect(arrows(scene, 't2')).toBe(2);
    expect(arrows(scene, 't3')).toBe(0);
    // to_focus: the arrow's tip is the line's centre end, on the household circle (lines stop there, so
    // they never cross the names inside).
    const h = node(scene, 'h');
    const tip = edge(scene, 't1').shapes.find((s) => s.type === 'path' && s.fill === 'ink');
    const [x, y] =
      tip && tip.type === 'path' ? tip.d.slice(1).split(' L')[0]!.split(' ').map(Number) : [0, 0];
    const fromCircle = Math.hypot(x! - centre(h).x, y! - centre(h).y) - h.width / 2;
    expect(fromCircle).toBeGreaterThan(0);
    expect(fromCircle).toBeLessThanOrEqual(2.01);
  });

  it('writes support letters, potential support in parentheses, and draws the line to the right member', () => {
    expect(texts(edge(scene, 't1').shapes)).toEqual(['E', '(P)']);
    expect(edge(scene, 't2').from).toBe('o');
    // The school's tie is aimed at Sem, not at the focus: its start, Sem and the school are in one line.
    const start = edge(scene, 't2').shapes[0]!;
    const k = centre(node(scene, 'k'));
    const o = centre(node(scene, 'o'));
    const [sx, sy] = start.type === 'path' ? start.d.slice(1).split(' L')[0]!.split(' ').map(Number) : [0, 0];
    const cross = (sx! - k.x) * (o.y - k.y) - (sy! - k.y) * (o.x - k.x);
    expect(Math.abs(cross) / Math.hypot(o.x - k.x, o.y - k.y)).toBeLessThan(0.05);
  });

  it('draws ties between two satellites, not between two household members', () => {
    expect(scene.edges.map((e) => e.id).sort()).toEqual(['t1', 't2', 't3', 't4']);
    expect(edge(scene, 't4').shapes[0]).toMatchObject({ stroke: 'muted' });
  });

  it('has a legend of only what is used, explaining the arrows', () => {
    const keys = scene.legend.map((l) => l.key);
    expect(keys).toEqual(
      expect.arrayContaining([
        'ecogram.household',
        'ecogram.strong',
        'ecogram.weak',
        'ecogram.moderate',
        'ecogram.stress.some',
        'ecogram.stress.high',
        'ecogram.flow',
        'ecogram.support.emotional',
        'ecogram.support.practical',
        'ecogram.potential',
        'ecogram.alterTie',
      ]),
    );
    expect(keys).not.toContain('ecogram.support.care');
    expect(scene.legend.find((l) => l.key === 'ecogram.flow')!.label).toBe(
      'pijl: zo stromen energie en steun',
    );
  });

  it('keeps pinned satellites and a pinned household exactly put', () => {
    const pinned = renderEcogram(
      { ...family, layouts: { ecogram: { positions: { h: { x: 10, y: 20 }, g: { x: -333.3, y: 444.4 } } } } },
      { locale: 'en' },
    );
    expect(centre(node(pinned, 'h'))).toEqual({ x: 10, y: 20 });
    expect(centre(node(pinned, 'g'))).toEqual({ x: -333.3, y: 444.4 });
    expect(node(pinned, 'g').pinned).toBe(true);
  });

  it('holds just the focus in the centre when the focus has no current household', () => {
    const alone = renderEcogram({ ...family, households: [] }, { locale: 'en' });
    expect(alone.nodes.some((n) => n.kind === 'household')).toBe(false);
    expect(centre(node(alone, 'f'))).toEqual({ x: 0, y: 0 });
    expect(alone.description).toBe('Ecogram of Noor: 5 contacts and services around the client.');
  });
});

function problems(doc: KringDocument, scene: Scene): string[] {
  const out: string[] = [];
  const ids = scene.nodes.map((n) => n.id);
  if (new Set(ids).size !== ids.length) out.push('a node is drawn twice');
  for (const tie of doc.ties)
    for (const end of [tie.from, tie.to]) if (!ids.includes(end)) out.push(`${end} not drawn`);
  const pins = doc.layouts.ecogram?.positions ?? {};
  for (const [id, p] of Object.entries(pins)) {
    const c = centre(node(scene, id));
    if (Math.abs(c.x - p.x) > 1e-9 || Math.abs(c.y - p.y) > 1e-9) out.push(`pin ${id} moved`);
  }
  const boxes = scene.nodes.filter((n) => n.kind !== 'household');
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const p = boxes[i]!;
      const q = boxes[j]!;
      if (p.pinned && q.pinned) continue;
      // Satellites are circles: they must not overlap as circles; everything else as boxes.
      const round = (n: SceneNode) => n.width === 2 * SATELLITE_R;
      const overlap =
        round(p) && round(q)
          ? Math.hypot(centre(p).x - centre(q).x, centre(p).y - centre(q).y) < p.width / 2 + q.width / 2
          : p.x < q.x + q.width && q.x < p.x + p.width && p.y < q.y + q.height && q.y < p.y + p.height;
      if (overlap) out.push(`${p.id} overlaps ${q.id}`);
    }
  }
  return out;
}

describe('renderEcogram properties', () => {
  it('draws every tie end once, without overlaps, pins unmoved, deterministically', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 80 }),
        fc.integer({ min: 1, max: 1000 }),
        fc.integer({ min: 0, max: 2 }),
        (n, seed, pinCount) => {
          const doc = syntheticNetwork(n, seed);
          const free = renderEcogram(doc, { locale: 'en' });
          const positions: Record<string, { x: number; y: number }> = {};
          // Pin satellites a little further out than where they were (as after a drag).
          free.nodes
            .filter((nd) => nd.id !== doc.focus)
            .slice(0, pinCount)
            .forEach((nd) => (positions[nd.id] = { x: centre(nd).x * 1.5, y: centre(nd).y * 1.5 }));
          const pinnedDoc = { ...doc, layouts: { ecogram: { positions } } };
          const scene = renderEcogram(pinnedDoc, { locale: 'en' });
          expect(problems(doc, free)).toEqual([]);
          expect(problems(pinnedDoc, scene)).toEqual([]);
          expect(renderEcogram(pinnedDoc, { locale: 'en' })).toEqual(scene);
        },
      ),
      { seed: 20260102, numRuns: 40 },
    );
  }, 60_000);

  it('keeps a stressful tie’s cross-strokes to one short path however long the tie (1,000 contacts)', () => {
    const scene = renderEcogram(syntheticNetwork(1000, 7), { locale: 'nl' });
    const hatches = scene.edges.flatMap((e) =>
      e.shapes.filter((s) => s.type === 'path' && s.stroke === 'negative'),
    );
    expect(hatches.length).toBeGreaterThan(50);
    for (const h of hatches) expect(h.type === 'path' && h.d.length < 40 && h.dash?.length === 2).toBe(true);
  });
});
