import { MIN_ZOOM } from '../canvas/viewport.js';
import { describe, expect, it } from 'vitest';
import type { Scene, SceneNode } from '@kring/scene';
import { LABEL_MIN_PX } from '../canvas/detail.js';
import { nameSize, openingFit, READABLE_PX } from './readable-view.js';

/** A row of `n` symbols 60 units apart with 12-unit names; `p0` is the first. */
function row(n: number): Scene {
  const nodes: SceneNode[] = Array.from({ length: n }, (_, i) => ({
    id: `p${i}`,
    kind: 'person',
    x: i * 60,
    y: 0,
    width: 40,
    height: 40,
    label: `P${i}`,
    shapes: [
      { type: 'text', x: i * 60 + 20, y: 56, text: `P${i}`, size: 12 },
      { type: 'text', x: i * 60 + 20, y: 70, text: '1980', size: 9 },
    ],
  })) as SceneNode[];
  return {
    view: 'genogram',
    bounds: { x: 0, y: 0, width: n * 60 - 20, height: 80 },
    nodes,
    edges: [],
    background: [],
    legend: [],
  } as unknown as Scene;
}

describe('openingFit', () => {
  it("the names are the largest text that begins its node's label", () => {
    expect(nameSize(row(3))).toBe(12);
    // A larger mark inside a symbol (the genogram's "?" of an unknown sex) is not a name.
    const scene = row(3);
    const marked = {
      ...scene,
      nodes: scene.nodes.map((n) => ({
        ...n,
        shapes: [...n.shapes, { type: 'text' as const, x: n.x, y: n.y, text: '?', size: 18 }],
      })),
    };
    expect(nameSize(marked)).toBe(12);
    // Without any name line: the largest text.
    const unnamed = { ...marked, nodes: marked.nodes.map((n) => ({ ...n, label: 'X' })) };
    expect(nameSize(unnamed)).toBe(18);
  });

  it('shows the whole picture when the names are readable there', () => {
    const v = openingFit(row(5), 'p0', 800, 600, MIN_ZOOM);
    expect(v.k * 12).toBeGreaterThanOrEqual(READABLE_PX);
    expect(v.x).toBeCloseTo(800 / 2 - (280 / 2) * v.k);
  });

  it('on a phone, a picture too wide to read whole opens around the focus at a readable zoom, within the picture', () => {
    const scene = row(20); // 1,180 units wide: fitted whole into 390 px, names would be 3.5 px
    const v = openingFit(scene, 'p10', 390, 600, MIN_ZOOM);
    expect(v.k * 12).toBeCloseTo(READABLE_PX);
    const centre = (10 * 60 + 20) * v.k + v.x;
    expect(centre).toBeCloseTo(195);
    // The first person: at the left edge, no empty paper to its left.
    const first = openingFit(scene, 'p0', 390, 600, MIN_ZOOM);
    expect(first.x).toBeCloseTo(24);
  });

  it('on a wide canvas opens with the whole picture while its names are drawn, however small', () => {
    // 1,660 units into 1,000 px: names 6.9 px, under READABLE_PX but drawn (LABEL_MIN_PX).
    const v = openingFit(row(28), 'p10', 1000, 700, MIN_ZOOM);
    expect(v.k * 12).toBeLessThan(READABLE_PX);
    expect(v.k * 12).toBeGreaterThanOrEqual(LABEL_MIN_PX);
    expect(v.x).toBeCloseTo(1000 / 2 - (1660 / 2) * v.k);
  });

  it('on a wide canvas, a picture whose names would not be drawn whole opens around the focus, readable', () => {
    const scene = row(40); // 2,380 units into 1,000 px: names 4.8 px, not drawn
    const v = openingFit(scene, 'p20', 1000, 700, MIN_ZOOM);
    expect(v.k * 12).toBeCloseTo(READABLE_PX);
    expect((20 * 60 + 20) * v.k + v.x).toBeCloseTo(500);
  });

  it('opens a genealogy-scale picture (not whole within the ordinary zoom range) around the focus, readable', () => {
    for (const width of [390, 1200]) {
      const v = openingFit(row(2000), 'p1000', width, 600, MIN_ZOOM);
      expect(v.k * 12).toBeCloseTo(READABLE_PX);
      expect((1000 * 60 + 20) * v.k + v.x).toBeCloseTo(width / 2);
    }
  });

  it('opens around the first symbol when the focus is not drawn', () => {
    const v = openingFit(row(2000), 'nobody', 1200, 600, MIN_ZOOM);
    expect(v.k * 12).toBeCloseTo(READABLE_PX);
    expect(v.x).toBeCloseTo(24);
  });

  it('an ecogram or sociogram (the client in the middle) opens whole on a wide canvas, and on a phone within MIN_ZOOM', () => {
    const network = (n: number) => ({ ...row(n), view: 'ecogram' as const });
    const wide = openingFit(network(40), 'p20', 1000, 700, MIN_ZOOM);
    expect(wide.x).toBeCloseTo(1000 / 2 - (2380 / 2) * wide.k);
    const phone = openingFit(network(20), 'p10', 390, 600, MIN_ZOOM);
    expect(phone.k * 12).toBeCloseTo(READABLE_PX);
    expect(openingFit(network(2000), 'p0', 390, 600, MIN_ZOOM).k).toBe(MIN_ZOOM);
  });

  it('a picture without names opens whole', () => {
    const scene = row(2000);
    const bare = { ...scene, nodes: scene.nodes.map((n) => ({ ...n, shapes: [] })) };
    expect(openingFit(bare, 'p0', 1200, 600, MIN_ZOOM).k).toBe(MIN_ZOOM);
  });
});
