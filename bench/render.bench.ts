/**
 * `kring render` without the file system: read a generated 500-person document, lay it out in each view and
 * write the SVG. Shows what an export costs end to end, and how the layout compares with the SVG writing
 * (bench/svg.bench.ts).
 */
import { readDocument, type KringDocument } from '../packages/core/src/index.js';
import { generateDocument } from '../packages/core/src/test-support/generate-document.js';
import { renderEcogram } from '../packages/ecogram/src/index.js';
import { renderGenogram } from '../packages/genogram/src/index.js';
import { sceneToSvg, type Renderer } from '../packages/scene/src/index.js';
import { renderSociogram } from '../packages/sociogram/src/index.js';

interface State {
  text: string;
}

function setup(): State {
  return { text: JSON.stringify(generateDocument({ persons: 500, seed: 11 })) };
}

function exportView(renderer: Renderer) {
  return ({ text }: State): void => {
    const result = readDocument(text);
    if (!result.ok) throw new Error('generated document refused');
    const document: KringDocument = result.document;
    const scene = renderer(document, { locale: 'nl' });
    const svg = sceneToSvg(scene, { locale: 'nl', fit: 'a3-landscape', embedDocument: document });
    if (svg.length === 0) throw new Error('empty export');
  };
}

export const cases = [
  {
    name: 'read + genogram + SVG, 500 persons',
    budgetMs: 1500,
    setup,
    run: exportView(renderGenogram),
  },
  { name: 'read + ecogram + SVG, 500 persons', budgetMs: 400, setup, run: exportView(renderEcogram) },
  {
    name: 'read + sociogram + SVG, 500 persons',
    budgetMs: 1500,
    setup,
    run: exportView(renderSociogram),
  },
];
