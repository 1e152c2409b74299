import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDocument, type KringDocument } from '@kring/core';
import { textWidth, type Scene } from '@kring/scene';
import { EXAMPLES } from '@kring/examples';
import { syntheticNetwork } from '@kring/examples/synthetic';
import { BADGE_R, LABEL_SIZE } from './alter-glyph.js';
import { renderSociogram } from './render-sociogram.js';

function read(value: unknown): KringDocument {
  const result = readDocument(value);
  if (!result.ok) throw new Error('fixture does not read');
  return result.document;
}

/** Every badge or two-way mark that lies on the name of another alter, as "mark of A on “line” of B". */
function marksOnNames(scene: Scene): string[] {
  const names = scene.nodes.flatMap((n) =>
    n.shapes.flatMap((s) =>
      s.type === 'text' && s.size === LABEL_SIZE && s.halo === true
        ? [
            {
              id: n.id,
              text: s.text,
              x0: s.x - textWidth(s.text, LABEL_SIZE) / 2,
              y0: s.y,
              w: textWidth(s.text, LABEL_SIZE),
            },
          ]
        : [],
    ),
  );
  const out: string[] = [];
  for (const n of scene.nodes)
    for (const s of n.shapes) {
      if (s.type !== 'circle' || s.r !== BADGE_R) continue;
      for (const name of names) {
        if (name.id === n.id) continue;
        const dx = s.cx - Math.max(name.x0, Math.min(s.cx, name.x0 + name.w));
        const dy = s.cy - Math.max(name.y0, Math.min(s.cy, name.y0 + LABEL_SIZE));
        if (dx * dx + dy * dy < BADGE_R * BADGE_R)
          out.push(`mark of ${n.id} on “${name.text}” of ${name.id}`);
      }
    }
  return out;
}

describe('badge slots', () => {
  it('no mark lies on a neighbour’s name: Sophia’s Fenna, close under Tilda, keeps hers off “Tilda de Vries”', () => {
    const sophia = read(
      JSON.parse(
        readFileSync(new URL('../../core/fixtures/valid/sophia.kring.json', import.meta.url), 'utf8'),
      ),
    );
    for (const locale of ['nl', 'en'] as const)
      expect(marksOnNames(renderSociogram(sophia, { locale }))).toEqual([]);
    for (const example of EXAMPLES)
      expect(marksOnNames(renderSociogram(read(example.document), { locale: 'nl' })), example.slug).toEqual(
        [],
      );
  });

  it('a mark with room keeps its usual place: beside the symbol first, then over it', () => {
    const sophia = read(
      JSON.parse(
        readFileSync(new URL('../../core/fixtures/valid/sophia.kring.json', import.meta.url), 'utf8'),
      ),
    );
    const tilda = renderSociogram(sophia, { locale: 'nl' }).nodes.find((n) => n.id === 'p-tilda')!;
    const cx = tilda.x + tilda.width / 2;
    const cy = tilda.y + tilda.height / 2;
    const marks = tilda.shapes.flatMap((s) => (s.type === 'circle' && s.r === BADGE_R ? [s] : []));
    // E left, P right, G and Z over the symbol, the two-way mark on the second arc at the left.
    expect(marks.map((m) => [Math.sign(Math.round(m.cx - cx)), Math.sign(Math.round(m.cy - cy))])).toEqual([
      [-1, -1],
      [1, -1],
      [-1, -1],
      [1, -1],
      [-1, -1],
    ]);
    expect(marks[4]!.cx).toBeLessThan(marks[0]!.cx);
  });

  it('in a dense network of 300 marks rarely lie on a name', () => {
    const scene = renderSociogram(syntheticNetwork(300, 7), { locale: 'nl' });
    const onNames = marksOnNames(scene);
    const marks = scene.nodes.reduce(
      (k, n) => k + n.shapes.filter((s) => s.type === 'circle' && s.r === BADGE_R).length,
      0,
    );
    // Where a crowded cell leaves no free slot a mark may still cover a name: rarely.
    expect(onNames.length).toBeLessThanOrEqual(Math.ceil(marks * 0.02));
  });
});
