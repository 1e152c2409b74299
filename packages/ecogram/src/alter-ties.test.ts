/**
 * A tie between two contacts goes around the household circle, never across it: their curve used to be
 * checked by its control points only, so a curve between two contacts nearly opposite each other (Mila's
 * Jeroen and his football club) bent through the household and the arrowheads at its edge.
 */
import { readDocument, type KringDocument } from '@kring/core';
import { EXAMPLES } from '@kring/examples';
import { syntheticNetwork } from '@kring/examples/synthetic';
import type { Scene } from '@kring/scene';
import { describe, expect, it } from 'vitest';
import { renderEcogram } from './render-ecogram.js';

/** Each tie between two contacts that comes into the household circle, with how far (in drawing units). */
function tiesAcross(document: KringDocument, scene: Scene): string[] {
  const household = scene.nodes.find((n) => n.kind === 'household');
  if (!household) return [];
  const cx = household.x + household.width / 2;
  const cy = household.y + household.height / 2;
  const r = household.width / 2;
  const inside = new Set(document.households.find((h) => h.id === household.id)!.members);
  const out: string[] = [];
  for (const e of scene.edges) {
    if (e.kind !== 'tie' || inside.has(e.from!) || inside.has(e.to!)) continue;
    for (const s of e.shapes) {
      if (s.type !== 'path') continue;
      const n = s.d.match(/-?[\d.]+/g)!.map(Number);
      // M p L q, or M p Q c q: a straight line is a curve whose control point is its start.
      const [px, py, qx, qy, ex, ey] = n.length === 4 ? [n[0]!, n[1]!, n[0]!, n[1]!, n[2]!, n[3]!] : n;
      let least = Infinity;
      for (let i = 0; i <= 64; i++) {
        const t = i / 64;
        const x = (1 - t) ** 2 * px! + 2 * (1 - t) * t * qx! + t * t * ex!;
        const y = (1 - t) ** 2 * py! + 2 * (1 - t) * t * qy! + t * t * ey!;
        least = Math.min(least, Math.hypot(x - cx, y - cy));
      }
      if (least < r) out.push(`${e.id} (${e.from}–${e.to}) ${(r - least).toFixed(1)} into the circle`);
    }
  }
  return out;
}

describe('a tie between two contacts keeps out of the household circle', () => {
  it.each(
    EXAMPLES.map((e): [string, KringDocument] => {
      const read = readDocument(e.document);
      if (!read.ok) throw new Error(`${e.slug} does not read`);
      return [e.slug, read.document];
    }),
  )('%s', (_, document) => {
    const scene = renderEcogram(document, { locale: 'nl' });
    expect(scene.edges.some((e) => e.kind === 'tie')).toBe(true);
    expect(tiesAcross(document, scene)).toEqual([]);
  });

  it('in synthetic networks of 6 to 40 contacts', () => {
    for (const size of [6, 12, 20, 40])
      for (let seed = 1; seed <= 10; seed++) {
        const document = syntheticNetwork(size, seed);
        expect(tiesAcross(document, renderEcogram(document, { locale: 'en' })), `${size}/${seed}`).toEqual(
          [],
        );
      }
  });
});
