import { describe, expect, it } from 'vitest';
import { comparisonMarks } from './comparison-marks.js';
import type { Scene, SceneNode } from './types.js';

const node = (id: string, x: number, y: number): SceneNode => ({
  id,
  kind: 'person',
  x,
  y,
  width: 20,
  height: 20,
  label: `Naam ${id}`,
  shapes: [],
});
const scene = (nodes: SceneNode[]): Scene => ({
  view: 'sociogram',
  bounds: { x: 0, y: 0, width: 500, height: 500 },
  background: [],
  edges: [],
  nodes,
  overlay: [],
  legend: [],
  description: '',
});

describe('comparisonMarks', () => {
  const before = scene([node('f', 240, 240), node('g', 400, 240), node('o', 100, 100)]);
  const after = scene([node('f', 240, 240), node('g', 300, 240), node('a', 50, 400)]);

  it('outlines who joined in green, where they stand now', () => {
    const [mark] = comparisonMarks(after, before, { added: ['a'], removed: [], moved: [] });
    expect(mark).toMatchObject({ type: 'rect', x: 44, y: 394, width: 32, height: 32, stroke: 'positive' });
  });

  it('draws who left grey and dashed where they stood before, with their name', () => {
    const marks = comparisonMarks(after, before, { added: [], removed: ['o'], moved: [] });
    expect(marks[0]).toMatchObject({ type: 'rect', x: 94, y: 94, stroke: 'muted', dash: [6, 4] });
    expect(marks[1]).toMatchObject({ type: 'text', text: 'Naam o', fill: 'muted' });
  });

  it('draws an arrow from the old position to who moved rings, and none when the symbol stayed', () => {
    const marks = comparisonMarks(after, before, { added: [], removed: [], moved: ['g', 'f'] });
    expect(marks.map((m) => m.type)).toEqual(['circle', 'path', 'path']);
    expect(marks[0]).toMatchObject({ cx: 410, cy: 250 });
    // The head ends at g's outline now (centre 310, half size 10 + room 6): at x = 326.
    expect((marks[2] as { d: string }).d.startsWith('M 326 250')).toBe(true);
  });

  it('leaves out ids that are not drawn in the view', () => {
    expect(comparisonMarks(after, before, { added: ['x'], removed: ['y'], moved: ['z'] })).toEqual([]);
  });
});
