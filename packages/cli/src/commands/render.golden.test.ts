/**
 * Golden images of the example documents (packages/core/fixtures/valid and the demo's cases in
 * packages/examples/cases) in all three views, rendered the way
 * `kring render --fit a4` writes them (an A4 page keeps the PNGs small), in headless Chromium, compared with the PNGs in golden/views/. A change in a
 * layout or in the SVG writer that changes the picture fails here; after an intended change run with
 * `UPDATE_GOLDEN=1` and review the new PNGs (docs/svg-export.md).
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { suiteRasteriser } from '../../../../scripts/golden/suite-rasteriser.js';
import { compareWithBaseline } from '../../../../scripts/golden/compare-png.js';
import { GOLDEN_CASES, GOLDEN_DOCUMENTS, renderSvg, VIEW_BASELINES } from '../test-support/golden-cases.js';

describe('golden images of the example documents (Chromium)', { timeout: 180_000 }, () => {
  const rasteriser = suiteRasteriser();

  it('has example documents to draw', () => {
    expect(GOLDEN_DOCUMENTS.length).toBeGreaterThanOrEqual(5);
  });

  it.each(GOLDEN_CASES)('%s as %s looks like its baseline', async (name, view, file) => {
    const svg = renderSvg([file, '--view', view, '--fit', 'a4']);
    const png = await rasteriser.render(svg, `${name}-${view}`);
    const result = compareWithBaseline(png, path.join(VIEW_BASELINES, `${name}-${view}.png`));
    expect(['match', 'updated'], result.message).toContain(result.status);
  });
});
