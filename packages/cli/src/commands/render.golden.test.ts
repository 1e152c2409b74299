/**
 * Golden images of the example documents (packages/core/fixtures/valid and the demo's cases in
 * packages/examples/cases) in all three views, rendered the way
 * `kring render --fit a4` writes them (an A4 page keeps the PNGs small), in headless Chromium, compared with the PNGs in golden/views/. A change in a
 * layout or in the SVG writer that changes the picture fails here; after an intended change run with
 * `UPDATE_GOLDEN=1` and review the new PNGs (docs/svg-export.md).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SvgRasteriser } from '../../../../scripts/golden/chromium-png.js';
import { compareWithBaseline } from '../../../../scripts/golden/compare-png.js';
import { EXIT, type CommandIO } from './command.js';
import { runRender } from './render.js';

const FOLDERS = [
  path.resolve(import.meta.dirname, '../../../core/fixtures/valid'),
  path.resolve(import.meta.dirname, '../../../examples/cases'),
];
const BASELINES = path.resolve(import.meta.dirname, '../../../../golden/views');
const documents = FOLDERS.flatMap((folder) =>
  fs
    .readdirSync(folder)
    .filter((f) => f.endsWith('.kring.json'))
    .sort()
    .map((file) => ({ name: file.replace('.kring.json', ''), file: path.join(folder, file) })),
);
const fileOf = new Map(documents.map((d) => [d.name, d.file]));
const cases = documents.flatMap(({ name }) =>
  (['genogram', 'ecogram', 'sociogram'] as const).map((view) => [name, view] as const),
);

function renderToString(argv: string[]): string {
  let svg = '';
  const io: CommandIO = {
    out: (text) => (svg += text),
    err: (text) => {
      throw new Error(text);
    },
    readFile: (file) => fs.readFileSync(file, 'utf8'),
    writeFile: () => {
      throw new Error('no files');
    },
  };
  expect(runRender(argv, io)).toBe(EXIT.ok);
  return svg;
}

describe('golden images of the example documents (Chromium)', { timeout: 180_000 }, () => {
  let rasteriser: SvgRasteriser;
  beforeAll(async () => {
    rasteriser = await SvgRasteriser.launch();
  }, 60_000);
  afterAll(async () => {
    await rasteriser?.close();
  });

  it('has example documents to draw', () => {
    expect(documents.length).toBeGreaterThanOrEqual(5);
  });

  it.each(cases)('%s as %s looks like its baseline', async (name, view) => {
    const svg = renderToString([fileOf.get(name)!, '--view', view, '--fit', 'a4']);
    const png = await rasteriser.render(svg, `${name}-${view}`);
    const result = compareWithBaseline(png, path.join(BASELINES, `${name}-${view}.png`));
    expect(['match', 'updated'], result.message).toContain(result.status);
  });
});
