/**
 * The documents the golden-image tests draw (fixtures and the demo's cases, all three views) and a helper that
 * runs `kring render` in memory. Shared by the Chromium golden test and the librsvg comparison.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { EXIT, type CommandIO } from '../commands/command.js';
import { runRender } from '../commands/render.js';

const FOLDERS = [
  path.resolve(import.meta.dirname, '../../../core/fixtures/valid'),
  path.resolve(import.meta.dirname, '../../../examples/cases'),
];

/** Where the golden PNGs of the views live. */
export const VIEW_BASELINES = path.resolve(import.meta.dirname, '../../../../golden/views');

/** Every document drawn by the golden tests, by name (file name without `.kring.json`). */
export const GOLDEN_DOCUMENTS = FOLDERS.flatMap((folder) =>
  fs
    .readdirSync(folder)
    .filter((f) => f.endsWith('.kring.json'))
    .sort()
    .map((file) => ({ name: file.replace('.kring.json', ''), file: path.join(folder, file) })),
);

/** [name, view, file] for every golden document in every view. */
export const GOLDEN_CASES = GOLDEN_DOCUMENTS.flatMap(({ name, file }) =>
  (['genogram', 'ecogram', 'sociogram'] as const).map((view) => [name, view, file] as const),
);

/** Runs `kring render <argv>` in memory and returns the SVG it writes to stdout. */
export function renderSvg(argv: string[]): string {
  let svg = '';
  const io: CommandIO = {
    out: (text) => (svg += text),
    err: (text) => {
      throw new Error(text);
    },
    readFile: (file) => fs.readFileSync(file),
    writeFile: () => {
      throw new Error('no files');
    },
  };
  expect(runRender(argv, io)).toBe(EXIT.ok);
  return svg;
}
