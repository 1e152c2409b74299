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

  it('puts the joined outline around the name below the symbol too', () => {
    const named: SceneNode = {
      ...node('a', 50, 400),
      shapes: [
        { type: 'circle', cx: 60, cy: 410, r: 10, stroke: 'ink' },
        { type: 'text', x: 60, y: 436, text: 'Annemarie Verhoeven', size: 12, anchor: 'middle' },
      ],
    };
    const [mark] = comparisonMarks(scene([named]), before, { added: ['a'], removed: [], moved: [] });
    expect(mark?.type).toBe('rect');
    if (mark?.type !== 'rect') return;
    // The whole name (wider than the symbol) and its baseline lie inside the outline.
    expect(mark.x).toBeLessThan(50 - 20);
    expect(mark.x + mark.width).toBeGreaterThan(70 + 20);
    expect(mark.y + mark.height).toBeGreaterThan(436);
  });

  it('moves a leaver’s outline off whoever stands there now: outward in a network view, sideways in a genogram', () => {
    // 'o' stood at (100, 100); now 'p' stands there.
    const now = (view: Scene['view']) => ({ ...scene([node('f', 240, 240), node('p', 100, 100)]), view });
    const ghost = (view: Scene['view']) =>
      comparisonMarks(now(view), before, { added: [], removed: ['o'], moved: [] });
    const [moved, name] = ghost('ecogram');
    expect(moved?.type).toBe('rect');
    if (moved?.type !== 'rect' || name?.type !== 'text') return;
    // Outward from the middle (250, 250): up and to the left, clear of p's box (100..120) and its room.
    expect(moved.x + moved.width).toBeLessThan(100);
    expect(moved.y + moved.height).toBeLessThan(100);
    expect(name.x).toBeCloseTo(moved.x + moved.width / 2, 5);
    // In a genogram it keeps its generation (its height) and steps sideways, right first, clear of p.
    const [aside] = ghost('genogram');
    expect(aside).toMatchObject({ type: 'rect', y: 94 });
    if (aside?.type !== 'rect') return;
    expect(aside.x).toBeGreaterThan(120);
    // Where no one stands now, it stays where they stood.
    expect(comparisonMarks(after, before, { added: [], removed: ['o'], moved: [] })[0]).toMatchObject({
      x: 94,
      y: 94,
    });
  });
});
