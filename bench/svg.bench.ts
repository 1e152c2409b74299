/**
 * SVG writing: a 2,000-person scene (a node with symbol and haloed label each, a dashed tie between
 * neighbours, a legend) through sceneToSvg, against plain string concatenation that writes the same
 * elements and attributes without escaping, character cleaning or number formatting. Goal: the writer
 * within 1.5× of the plain version (compare the two medians). Both results are flattened (as writing a
 * file would), so neither gets away with an unread rope.
 */
import { PALETTE, sceneToSvg, type ColorToken, type Scene, type Shape } from '../packages/scene/src/index.js';
import { gridScene } from '../packages/scene/src/test-support/scenes.js';

const colour = (token: ColorToken | undefined, fallback: string) =>
  token === undefined ? fallback : token === 'none' ? 'none' : PALETTE[token];

function plainStyle(s: Exclude<Shape, { type: 'text' }>): string {
  let out = ` stroke="${colour(s.stroke, PALETTE.ink)}" fill="${colour(s.fill, 'none')}"`;
  if (s.strokeWidth !== undefined) out += ` stroke-width="${s.strokeWidth}"`;
  if (s.dash) out += ` stroke-dasharray="${s.dash.join(' ')}"`;
  if (s.round) out += ' stroke-linecap="round" stroke-linejoin="round"';
  return out;
}

function plainShape(s: Shape): string {
  switch (s.type) {
    case 'rect':
      return `<rect x="${s.x}" y="${s.y}" width="${s.width}" height="${s.height}"${plainStyle(s)}/>`;
    case 'circle':
      return `<circle cx="${s.cx}" cy="${s.cy}" r="${s.r}"${plainStyle(s)}/>`;
    case 'path':
      return `<path d="${s.d}"${plainStyle(s)}/>`;
    case 'text': {
      const a = ` x="${s.x}" y="${s.y}" font-size="${s.size}"${s.anchor ? ` text-anchor="${s.anchor}"` : ''}`;
      const halo = s.halo
        ? `<text${a} fill="none" stroke="${PALETTE.paper}" stroke-width="3" stroke-linejoin="round" aria-hidden="true">${s.text}</text>`
        : '';
      return `${halo}<text${a} fill="${colour(s.fill, PALETTE.ink)}">${s.text}</text>`;
    }
  }
}

/** The same drawing by naive concatenation: what the writer costs on top of building the string. */
export function plainSvg(scene: Scene): string {
  let out = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${scene.bounds.width} ${scene.bounds.height}">`;
  for (const edge of scene.edges) {
    out += '<g>';
    for (const s of edge.shapes) out += plainShape(s);
    out += '</g>';
  }
  for (const node of scene.nodes) {
    out += `<g><title>${node.label}</title>`;
    for (const s of node.shapes) out += plainShape(s);
    out += '</g>';
  }
  return `${out}</svg>`;
}

/** Reads the middle character so a rope string is flattened inside the timed run. */
function flatten(text: string): void {
  if (text.charCodeAt(text.length >> 1) < 0) throw new Error('unreachable');
}

export const cases = [
  {
    name: 'sceneToSvg, 2,000 persons',
    budgetMs: 60,
    samples: 30,
    setup: (): Scene => gridScene(2000),
    run: (scene: Scene): void => flatten(sceneToSvg(scene, { locale: 'nl' })),
  },
  {
    name: 'plain concatenation of the same shapes (reference for the 1.5× goal)',
    budgetMs: 40,
    samples: 30,
    setup: (): Scene => gridScene(2000),
    run: (scene: Scene): void => flatten(plainSvg(scene)),
  },
];
