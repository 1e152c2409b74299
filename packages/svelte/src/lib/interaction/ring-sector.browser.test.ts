import { describe, expect, test } from 'vitest';
import { renderSociogram } from '@kring/sociogram';
import { family } from '../state/test-fixtures.js';
import { ringAndSectorAt } from './ring-sector.js';

describe('ringAndSectorAt on the real sociogram scene', () => {
  const doc = family();
  const scene = renderSociogram(doc, { locale: 'en' });
  const rings = scene.background.filter((s) => s.type === 'circle' && s.stroke === 'ring');
  const { cx, cy } = rings[0] as { cx: number; cy: number };
  const radii = rings.map((s) => (s as { r: number }).r).sort((a, b) => a - b);

  test('finds each alter of the fixture in the ring and sector its tie says', () => {
    for (const tie of doc.ties) {
      const node = scene.nodes.find((n) => n.id === tie.to)!;
      const cell = ringAndSectorAt(scene, doc, node.x + node.width / 2, node.y + node.height / 2);
      expect(cell).toEqual({ ring: tie.ring, sector: tie.sector });
    }
  });

  test('sector 0 starts at 12 o’clock and runs clockwise; outside the outer ring is no cell', () => {
    const mid = (radii[1]! + radii[2]!) / 2; // ring 2
    expect(ringAndSectorAt(scene, doc, cx + 1, cy - mid)).toEqual({ ring: 2, sector: 'family' });
    expect(ringAndSectorAt(scene, doc, cx - 1, cy - mid)).toEqual({ ring: 2, sector: 'professionals' });
    expect(ringAndSectorAt(scene, doc, cx, cy - radii.at(-1)! - 5)).toBeUndefined();
  });

  test('sectors end at the dividers drawn, which need not be equally spaced', () => {
    const dividers = scene.background.flatMap((s) =>
      s.type === 'path' && s.stroke === 'sector' ? [s.d.match(/-?[\d.]+/g)!.map(Number)] : [],
    );
    expect(dividers).toHaveLength(5);
    const mid = (radii[1]! + radii[2]!) / 2;
    const at = (angle: number) => ({ x: cx + mid * Math.cos(angle), y: cy + mid * Math.sin(angle) });
    const keys = ['family', 'friends', 'neighbours', 'work_school', 'professionals'];
    dividers.forEach(([x, y], s) => {
      const a = Math.atan2(y! - cy, x! - cx);
      const before = at(a - 0.01);
      const after = at(a + 0.01);
      expect(ringAndSectorAt(scene, doc, after.x, after.y)).toEqual({ ring: 2, sector: keys[s] });
      expect(ringAndSectorAt(scene, doc, before.x, before.y)).toEqual({ ring: 2, sector: keys[(s + 4) % 5] });
    });
  });
});
