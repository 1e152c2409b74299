/**
 * The golden-image tests' Chromium (chromium-png.ts), one per suite: launched before its tests, closed after.
 */
import { afterAll, beforeAll } from 'vitest';
import { SvgRasteriser } from './chromium-png.js';

/** Call in a `describe` (or at a file's top level); `render` works in that suite's tests. */
export function suiteRasteriser(): Pick<SvgRasteriser, 'render'> {
  let rasteriser: SvgRasteriser | undefined;
  beforeAll(async () => {
    rasteriser = await SvgRasteriser.launch();
  }, 60_000);
  afterAll(async () => {
    await rasteriser?.close();
  });
  return {
    render: (svg, name) => {
      if (!rasteriser) throw new Error('the golden rasteriser is used outside the suite that launched it');
      return rasteriser.render(svg, name);
    },
  };
}
