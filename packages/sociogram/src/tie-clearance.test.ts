/**
 * A tie between two contacts misses the other contacts' symbols and the support badges around them: a line
 * through someone's badge reads as if that person were part of the tie. Mila's grandfather Wim and aunt Eva
 * were joined by a straight line through the "G" badge beside Daan's symbol (every curve tried hit something
 * too, and the straight line won the tie); the badges were no obstacle at all.
 */
import { readDocument, type KringDocument } from '@kring/core';
import { EXAMPLES } from '@kring/examples';
import type { Scene } from '@kring/scene';
import { describe, expect, it } from 'vitest';
import { renderSociogram } from './render-sociogram.js';

/** Points along an `M x y L x y` or `M x y Q cx cy x y` path. */
function along(d: string): [number, number][] {
  const n = d.match(/-?[\d.]+/g)!.map(Number);
  const [ax, ay, cx, cy, bx, by] = n.length === 4 ? [n[0]!, n[1]!, n[0]!, n[1]!, n[2]!, n[3]!] : n;
  return Array.from({ length: 129 }, (_, i) => {
    const t = i / 128;
    const u = 1 - t;
    return [u * u * ax! + 2 * u * t * cx! + t * t * bx!, u * u * ay! + 2 * u * t * cy! + t * t * by!];
  });
}

/** Each tie between two contacts that runs through a circle (symbol, team ring, badge) of a third. */
function tiesThroughOthers(scene: Scene): string[] {
  const out: string[] = [];
  for (const e of scene.edges) {
    if (e.kind !== 'tie') continue;
    const line = e.shapes[0]!;
    if (line.type !== 'path') continue;
    const points = along(line.d);
    for (const n of scene.nodes) {
      if (n.id === e.from || n.id === e.to) continue;
      for (const s of n.shapes)
        if (s.type === 'circle' && points.some(([x, y]) => Math.hypot(x - s.cx, y - s.cy) < s.r - 0.5))
          out.push(`${e.id} (${e.from}–${e.to}) through ${n.id} (circle r ${s.r})`);
    }
  }
  return [...new Set(out)];
}

describe('a tie between two contacts misses the others', () => {
  it.each(
    EXAMPLES.map((e): [string, KringDocument] => {
      const read = readDocument(e.document);
      if (!read.ok) throw new Error(`${e.slug} does not read`);
      return [e.slug, read.document];
    }),
  )('%s, in Dutch and English', (_, document) => {
    for (const locale of ['nl', 'en'] as const) {
      const scene = renderSociogram(document, { locale });
      expect(scene.edges.filter((e) => e.kind === 'tie').length).toBeGreaterThan(1);
      expect(tiesThroughOthers(scene)).toEqual([]);
    }
  });
});
