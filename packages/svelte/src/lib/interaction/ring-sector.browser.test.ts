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
    expect(ringAndSectorAt(scene, doc, cx + mid, cy)).toEqual({ ring: 2, sector: 'friends' });
    expect(ringAndSectorAt(scene, doc, cx, cy - radii.at(-1)! - 5)).toBeUndefined();
  });
});
