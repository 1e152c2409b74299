/**
 * Golden images of a highlight in each view, the way `kring render --fit a4 --highlight … [--insight]` writes
 * them (greyed out, not left out; the legend says what stays in full colour; the insight block below it), on
 * the example "Netwerk van Noor", in headless Chromium, compared with the PNGs in golden/highlight/. After an
 * intended change run with `UPDATE_GOLDEN=1` and review the new PNGs (docs/svg-export.md).
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { suiteRasteriser } from '../../../../scripts/golden/suite-rasteriser.js';
import { compareWithBaseline } from '../../../../scripts/golden/compare-png.js';
import { renderSvg } from '../test-support/golden-cases.js';

const NOOR = path.resolve(import.meta.dirname, '../../../examples/cases/noor-bij-tante.kring.json');
const BASELINES = path.resolve(import.meta.dirname, '../../../../golden/highlight');

const CASES = [
  // The family line of Marieke (her parents, her children) in the genogram.
  ['genogram', ['--highlight', 'lineage:p-marieke']],
  // Who gives practical help, with the insight block.
  ['ecogram', ['--highlight', 'support:practical', '--insight']],
  // The family sector in the sociogram, in English.
  ['sociogram', ['--highlight', 'sector:family', '--locale', 'en']],
] as const;

describe('golden images of highlights (Chromium)', { timeout: 180_000 }, () => {
  const rasteriser = suiteRasteriser();

  it.each(CASES)('noor-bij-tante as %s with a highlight looks like its baseline', async (view, extra) => {
    const svg = renderSvg([NOOR, '--view', view, '--fit', 'a4', ...extra]);
    const png = await rasteriser.render(svg, `highlight-${view}`);
    const result = compareWithBaseline(png, path.join(BASELINES, `noor-bij-tante-${view}.png`));
    expect(['match', 'updated'], result.message).toContain(result.status);
  });
});
