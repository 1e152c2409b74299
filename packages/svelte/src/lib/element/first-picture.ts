/**
 * The first picture of `<kring-editor>` in the code-split build, drawn without Svelte while the editor's
 * chunk loads: the document read as the editor reads it (an invalid one is not drawn: the editor shows why),
 * laid out by the view's renderer (the chunk the editor uses too), and written by @kring/scene's SVG writer
 * (what SVG export uses; it escapes every text) into the box the editor's canvas will fill, at the viewport
 * the editor opens at (the fitted whole, or the readable view of a large map: readable-view.ts), with the
 * canvas's level of detail and its themable colours, so nothing moves when the editor takes its place. The SVG's `<title>` and
 * `<desc>` name the map and say what it shows. A map large enough for the layout worker
 * (more than OFF_MAIN_ENTITIES entities) gets no picture here: the editor lays it out in the worker.
 * The editor takes over what the picture did: the read document (document-input.ts: readForEditor) and the
 * scene laid out from it (state/drawn-scenes.ts), so a small map is read and laid out once.
 */
import type { KringDocument, Locale, View } from '@kring/core';
import { PALETTE, sceneToSvg, SVG_SHEET_PADDING, type Scene, type Shape } from '@kring/scene';
import { labelMinSize, textSizes } from '../canvas/detail.js';
import { isFar, symbolSize } from '../canvas/far-marks.js';
import { MIN_ZOOM, type Viewport } from '../canvas/viewport.js';
import { entityCount, OFF_MAIN_ENTITIES } from '../state/layout-scheduler.js';
import { openingFit } from '../state/readable-view.js';
import { keepScene } from '../state/drawn-scenes.js';
import { ViewRegistry, type ViewModule } from '../state/renderers.js';
import { readForEditor } from './document-input.js';
import { loadPictureWords } from './locale-tables.js';
import { loadMigrations, needsMigrations } from './migrations-loader.js';

export interface PictureInput {
  /** What the host gave as the document (anything: it is read first). */
  document: unknown;
  view: View;
  locale: Locale;
  pseudonymise: boolean;
}

/**
 * The document to draw, once read (loading the migrations an older one needs), or undefined when there is
 * none, the reader refuses it, or it is a map for the layout worker.
 */
export async function pictureDocument(value: unknown): Promise<KringDocument | undefined> {
  if (value === undefined || value === null) return undefined;
  if (needsMigrations(value)) await loadMigrations();
  // The editor that starts with this value takes this read (and the scene drawn from it) over.
  const read = readForEditor(value);
  if (!read.ok || entityCount(read.document) > OFF_MAIN_ENTITIES) return undefined;
  return read.document;
}

/** The renderer of `input`'s view, once it and the words a drawing in `input`'s language holds are here. */
export async function pictureRenderer(input: PictureInput): Promise<ViewModule> {
  const [view] = await Promise.all([new ViewRegistry().load(input.view), loadPictureWords(input.locale)]);
  return view;
}

/**
 * `doc` laid out by `view` for the picture; kept for the editor that starts with the same document
 * (state/drawn-scenes.ts), which then need not lay it out again.
 */
export function pictureScene(view: ViewModule, doc: KringDocument, input: PictureInput): Scene {
  const start = performance.now();
  const options = { locale: input.locale, pseudonymise: input.pseudonymise };
  const scene = view.render(doc, options);
  keepScene(doc, { view: input.view, ...options, scene, ms: performance.now() - start });
  return scene;
}

/** The scene as the canvas draws it at zoom `k`: texts too small to read left out (canvas/detail.ts). */
function readableScene(scene: Scene, k: number): Scene {
  const min = labelMinSize(textSizes(scene.nodes, scene.edges), k);
  const keep = (shapes: readonly Shape[]): Shape[] =>
    shapes.filter((s) => s.type !== 'text' || s.size >= min);
  return {
    ...scene,
    nodes: scene.nodes.map((n) => ({ ...n, shapes: keep(n.shapes) })),
    edges: scene.edges.map((e) => ({ ...e, shapes: keep(e.shapes) })),
  };
}

/**
 * The SVG element of `scene` for a width×height box, at the viewport the editor opens at; undefined when
 * the canvas would draw it differently (far away, as plain marks: far-marks.ts).
 */
export function pictureSvg(
  scene: Scene,
  focus: string,
  width: number,
  height: number,
  locale: Locale,
  pseudonymise: boolean,
): SVGSVGElement | undefined {
  const v: Viewport = openingFit(scene, focus, width, height, MIN_ZOOM);
  if (isFar(v.k, symbolSize(scene.nodes))) return undefined;
  const text = sceneToSvg(readableScene(scene, v.k), { locale, title: false, legend: false, pseudonymise });
  const svg = new DOMParser().parseFromString(text, 'image/svg+xml').documentElement;
  if (!(svg instanceof SVGSVGElement)) return undefined;
  // The writer draws drawing point p at p − bounds + PAD of its sheet; the canvas shows it at p·k + (x, y).
  const b = scene.bounds;
  const x = SVG_SHEET_PADDING - b.x - v.x / v.k;
  const y = SVG_SHEET_PADDING - b.y - v.y / v.k;
  svg.setAttribute('viewBox', `${x} ${y} ${width / v.k} ${height / v.k}`);
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(height));
  themed(svg);
  return svg;
}

/**
 * The writer's palette colours as the canvas paints them, `var(--kring-<token>, <colour>)` (canvas/color.ts),
 * so that a host's theme shows in the picture as in the editor.
 */
function themed(svg: SVGSVGElement): void {
  const tokens = new Map<string, string>();
  for (const [token, colour] of Object.entries(PALETTE)) tokens.set(colour.toLowerCase(), token);
  for (const element of svg.querySelectorAll<SVGElement>('[fill], [stroke]'))
    for (const property of ['fill', 'stroke']) {
      const colour = element.getAttribute(property);
      const token = colour && tokens.get(colour.toLowerCase());
      if (token) element.style.setProperty(property, `var(--kring-${token}, ${colour})`);
    }
}
