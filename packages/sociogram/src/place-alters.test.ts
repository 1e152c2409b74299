import { describe, expect, it } from 'vitest';
import { discInCell, type Geometry } from './geometry.js';
import { placeAlters, type Disc } from './place-alters.js';

const rad = (deg: number) => (deg * Math.PI) / 180;

describe('placeAlters', () => {
  it('seats two large discs side by side in a narrow cell that only just holds them', () => {
    // The cell of ring 1, sector 2 of the 200-alter synthetic network (seed 7): a 39.6° wedge whose end divider
    // carries the ring names; two discs fit only at the outer edge, one against each divider.
    const g: Geometry = {
      radii: [60, 384, 440, 500],
      sectorCount: 5,
      starts: [-90, 0, 93.2, 132.8, 200, 270].map(rad),
      labelMargin: 44.858,
      labelDivider: 3,
    };
    const discs: Disc[] = [
      { ring: 1, sector: 2, r: 43.8 },
      { ring: 1, sector: 2, r: 43.8 },
      { ring: 2, sector: 2, r: 10 },
    ];
    const [a, b] = placeAlters(g, discs, { seed: 1, ticks: 30 });
    expect(Math.hypot(a!.x - b!.x, a!.y - b!.y)).toBeGreaterThanOrEqual(2 * 43.8 - 1e-6);
    for (const p of [a!, b!]) expect(discInCell(g, 1, 2, 43.8, p.x, p.y)).toBe(true);
  });
});
