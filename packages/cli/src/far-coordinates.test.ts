/**
 * Absurd pinned positions never make an empty or endless picture: the reader moves coordinates beyond
 * ±1e6 drawing units to that bound, and every renderer does the same for a document handed to it in memory
 * (1e308, NaN, Infinity), so the exported SVG has a finite, non-zero size. Through renderer + sceneToSvg.
 */
import { readFileSync } from 'node:fs';
import { MAX_COORDINATE, readDocument, type KringDocument, type View } from '@kring/core';
import { renderEcogram } from '@kring/ecogram';
import { renderGenogram } from '@kring/genogram';
import { sceneToSvg, type Renderer } from '@kring/scene';
import { renderSociogram } from '@kring/sociogram';
import { describe, expect, it } from 'vitest';

const text = readFileSync(new URL('../../core/fixtures/valid/sophia.kring.json', import.meta.url), 'utf8');
const renderers: [View, Renderer][] = [
  ['genogram', renderGenogram],
  ['ecogram', renderEcogram],
  ['sociogram', renderSociogram],
];

function sophia(): KringDocument {
  const result = readDocument(text);
  if (!result.ok) throw new Error('the fixture does not read');
  return result.document;
}

/** Width and height of the exported SVG, from its root element. */
function svgSize(
  doc: KringDocument,
  view: View,
  render: Renderer,
): { width: number; height: number; svg: string } {
  const svg = sceneToSvg(render(doc, { locale: 'en' }), { locale: 'en' });
  const root = /<svg\b[^>]*>/.exec(svg)![0];
  const width = Number(/\bwidth="([^"]+)"/.exec(root)?.[1]);
  const height = Number(/\bheight="([^"]+)"/.exec(root)?.[1]);
  return { width, height, svg };
}

/** Two people (not the focus) pinned at (value, -value) in `view`. */
function pinned(doc: KringDocument, view: View, value: number): KringDocument {
  const ids = doc.persons
    .filter((p) => p.id !== doc.focus)
    .slice(0, 2)
    .map((p) => p.id);
  doc.layouts[view] = { positions: Object.fromEntries(ids.map((id) => [id, { x: value, y: -value }])) };
  return doc;
}

describe.each(renderers)('%s: far and non-finite pinned positions', (view, render) => {
  it.each([1e308, -1e308, Number.MAX_VALUE, Number.NaN, Number.POSITIVE_INFINITY])(
    'draws a document holding %d in memory at a finite, non-empty size',
    (value) => {
      const { width, height, svg } = svgSize(pinned(sophia(), view, value), view, render);
      expect(width).toBeGreaterThan(100);
      expect(height).toBeGreaterThan(100);
      expect(width).toBeLessThan(3 * MAX_COORDINATE);
      expect(height).toBeLessThan(3 * MAX_COORDINATE);
      expect(svg).not.toMatch(/NaN|Infinity|e\+/);
    },
  );

  it('reads a file with ±1e308 positions clamped, and exports it at a finite, non-empty size', () => {
    const raw = JSON.parse(text) as Record<string, unknown>;
    const persons = (raw['persons'] as { id: string }[]).filter((p) => p.id !== raw['focus']);
    raw['layouts'] = { [view]: { positions: { [persons[0]!.id]: { x: 1e308, y: -1e308 } } } };
    const result = readDocument(JSON.stringify(raw));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.document.layouts[view]?.positions?.[persons[0]!.id]).toEqual({
      x: MAX_COORDINATE,
      y: -MAX_COORDINATE,
    });
    const { width, height } = svgSize(result.document, view, render);
    expect(width).toBeGreaterThan(MAX_COORDINATE);
    expect(height).toBeGreaterThan(MAX_COORDINATE);
    expect(width).toBeLessThan(3 * MAX_COORDINATE);
  });
});
