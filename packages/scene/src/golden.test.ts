/**
 * Golden images of hand-made scenes: each SVG is rendered by headless Chromium and compared with the PNG
 * baseline in golden/scene/. A visual regression fails here; `UPDATE_GOLDEN=1` rewrites the baselines
 * (review them before committing). The example documents in all three views are in packages/cli.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { suiteRasteriser } from '../../../scripts/golden/suite-rasteriser.js';
import { compareWithBaseline } from '../../../scripts/golden/compare-png.js';
import { sceneToSvg, type SvgOptions } from './svg/scene-to-svg.js';
import { emptyScene, familyScene, hostileScene } from './test-support/scenes.js';
import type { Scene } from './types.js';

const BASELINES = path.resolve(import.meta.dirname, '../../../golden/scene');

const cases: [string, () => Scene, SvgOptions][] = [
  [
    'family-en',
    familyScene,
    { locale: 'en', documentTitle: 'Network of Sophia', referenceDate: '2022-03-01' },
  ],
  ['family-nl-a4', familyScene, { locale: 'nl', fit: 'a4-landscape', documentTitle: 'Netwerk van Sophia' }],
  ['family-bare', familyScene, { locale: 'en', title: false, legend: false }],
  ['hostile', hostileScene, { locale: 'en', documentTitle: '<script>alert(1)</script> & "quotes"' }],
  ['empty', emptyScene, { locale: 'nl' }],
];

describe('golden images (Chromium)', { timeout: 120_000 }, () => {
  const rasteriser = suiteRasteriser();

  it.each(cases)('%s looks like its baseline', async (name, scene, options) => {
    const png = await rasteriser.render(sceneToSvg(scene(), options), name);
    const result = compareWithBaseline(png, path.join(BASELINES, `${name}.png`));
    expect(['match', 'updated'], result.message).toContain(result.status);
  });

  it('notices a visual change (a moved node)', async () => {
    const moved = familyScene();
    const node = moved.nodes[0]!;
    node.shapes = node.shapes.map((s) => (s.type === 'rect' ? { ...s, x: s.x + 12 } : s));
    const png = await rasteriser.render(sceneToSvg(moved, cases[0]![2]), 'family-moved');
    const result = compareWithBaseline(png, path.join(BASELINES, 'family-en.png'), false);
    expect(result.status).toBe('mismatch');
    expect(result.diffPixels).toBeGreaterThan(100);
  });
});
