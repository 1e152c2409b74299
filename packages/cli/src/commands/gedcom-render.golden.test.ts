/**
 * The golden image of a real family tree: royal92 (3,010 persons) imported around one person — Elizabeth II,
 * two generations up and down, as a worker would choose in the demo's import dialog — drawn as a genogram by
 * `kring render` (the genogram layout, the scene and the SVG writer) and rasterised by headless Chromium,
 * compared with golden/gedcom/. After an intended change run with `UPDATE_GOLDEN=1` and look at the PNG.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { importGedcom } from '@kring/gedcom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { suiteRasteriser } from '../../../../scripts/golden/suite-rasteriser.js';
import { compareWithBaseline } from '../../../../scripts/golden/compare-png.js';
import { renderSvg } from '../test-support/golden-cases.js';

const ROYAL92 = path.resolve(import.meta.dirname, '../../../gedcom/fixtures/public/royal92.ged');
const BASELINES = path.resolve(import.meta.dirname, '../../../../golden/gedcom');

describe('golden image of an imported family tree (Chromium)', { timeout: 180_000 }, () => {
  const rasteriser = suiteRasteriser();
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kring-gedcom-golden-'));
  });
  afterAll(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('royal92 around Elizabeth II, two generations, as a genogram', async () => {
    const result = importGedcom(fs.readFileSync(ROYAL92), {
      focus: 'Elizabeth_II Alexandra Mary Windsor',
      generations: 2,
      // The file's own time (1992): the ages are those of then, the same on every run.
      referenceDate: '1992-12-31',
      title: 'royal92: Elizabeth II',
    });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const file = path.join(dir, 'royal92-elizabeth.kring.json');
    fs.writeFileSync(file, JSON.stringify(result.document));
    const svg = renderSvg([file, '--view', 'genogram']);
    const png = await rasteriser.render(svg, 'royal92-elizabeth-genogram');
    const compared = compareWithBaseline(png, path.join(BASELINES, 'royal92-elizabeth-genogram.png'));
    expect(['match', 'updated'], compared.message).toContain(compared.status);
  });
});
