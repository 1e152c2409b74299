/**
 * Scene → standalone SVG 1.1 text, without a DOM (Node and browser). The file is self-contained: no external
 * references, no fonts to fetch, no scripts, no stylesheet. Same scene and options → same bytes.
 *
 * Sheet layout, in drawing units: the title block on top, the drawing below it, the legend to its right and
 * the insight block (when asked) below the legend. With `fit` the sheet is scaled onto an A4/A3 landscape
 * page (page.ts). A highlight greys out everyone outside it (highlight.ts).
 */
import { MAX_DOCUMENT_BYTES, t, utf8Length, type KringDocument, type Locale } from '@kring/core';
import { resolveColor } from '../palette.js';
import type { Scene } from '../types.js';
import { documentMetadata } from './embed-document.js';
import { assertEmbeddable, SvgExportError } from './embed-guard.js';
import { escapeXml } from './escape-xml.js';
import {
  DIMMED_OPACITY,
  highlightLegend,
  textBlock,
  type SvgHighlight,
  type SvgTextBlock,
} from './highlight.js';
import { legendBlock } from './legend.js';
import { formatNumber as n } from './number.js';
import { frameFor, type PageFit } from './page.js';
import { shapeToSvg, shapesToSvg } from './shapes.js';
import { shownTitle, titleBlock, viewName, type TitleFacts } from './title-block.js';

/** How {@link sceneToSvg} writes a scene. */
export interface SvgOptions {
  /** Language of the title block, the legend heading and the `<desc>`. */
  locale: Locale;
  /** Title block with the document title, the view and the reference date (default true). */
  title?: boolean;
  /** Legend of `scene.legend` with a heading (default true; nothing is drawn when the legend is empty). */
  legend?: boolean;
  /** Paper size to fit onto (default `none`: the drawing's own size in px). */
  fit?: PageFit;
  /** Shown in the title block and `<title>` (default: `embedDocument.title`). */
  documentTitle?: string;
  /** Shown in the title block (default: `embedDocument.referenceDate`). */
  referenceDate?: string;
  /**
   * The scene was made with `pseudonymise`: the document title and the reference date are left out (the title
   * often holds a name) and the document cannot be embedded. A scene with `pseudonymised: true` counts the same.
   */
  pseudonymise?: boolean;
  /** The scene was made with `hideHealth`: the document cannot be embedded. `healthHidden: true` counts the same. */
  hideHealth?: boolean;
  /**
   * Embed this document in `<metadata>` so the SVG can be opened in Kring again. Only when the user asks for it:
   * the file then holds the whole map, notes and details that are not drawn included. Refused for a
   * pseudonymised or health-hiding export, and when the SVG would be larger than the reader's limit.
   */
  embedDocument?: KringDocument;
  /**
   * Grey out everyone outside a highlight (dimmed, as in the editor) and say in the legend what stays in full
   * colour. Ids only; names never reach the file through it.
   */
  highlight?: SvgHighlight;
  /** A small block below the legend: heading and lines, e.g. core's `insightBlock` (figures and findings). */
  insight?: SvgTextBlock;
}

export { SvgExportError };

const FONT_STACK = 'system-ui, "Segoe UI", Roboto, "DejaVu Sans", Arial, sans-serif';
/**
 * Space around the sheet and between its blocks, in drawing units: {@link sceneToSvg} draws drawing point p
 * at p − bounds + SVG_SHEET_PADDING of its sheet (when there is no heading).
 */
export const SVG_SHEET_PADDING = 24;
const PAD = SVG_SHEET_PADDING;
const GAP = 32;

const DIM = `<g opacity="${DIMMED_OPACITY}">`;

/** One pass, one accumulator: every element is appended where it lands, without per-node intermediate strings. */
function drawing(scene: Scene, dimmed: ReadonlySet<string> | undefined): string {
  let out = shapesToSvg(scene.background);
  for (const edge of scene.edges) {
    // A line with a greyed-out end is greyed out too (the editor's rule).
    const dim =
      dimmed !== undefined &&
      ((edge.from !== undefined && dimmed.has(edge.from)) || (edge.to !== undefined && dimmed.has(edge.to)));
    out += dim ? DIM : '<g>';
    for (const shape of edge.shapes) out += shapeToSvg(shape);
    out += '</g>';
  }
  for (const node of scene.nodes) {
    out += `${dimmed?.has(node.id) === true ? DIM : '<g>'}<title>${escapeXml(node.label)}</title>`;
    for (const shape of node.shapes) out += shapeToSvg(shape);
    out += '</g>';
  }
  return out + shapesToSvg(scene.overlay);
}

/**
 * The scene as a standalone SVG document (UTF-8 text, no scripts, no external references). Every user string
 * is escaped; ids are never written into `id`, `class` or `href`.
 *
 * @throws {@link SvgExportError} when asked to embed the document into a pseudonymised or health-hiding
 * export, or when the SVG with the document would exceed the reader's limit.
 *
 * @example
 * ```ts
 * import { readDocument } from '@kring/core';
 * import { renderGenogram } from '@kring/genogram';
 * import { sceneToSvg } from '@kring/scene';
 *
 * const read = readDocument(JSON.parse(text));
 * if (read.ok) {
 *   const scene = renderGenogram(read.document, { locale: 'nl' });
 *   const svg = sceneToSvg(scene, { locale: 'nl', fit: 'a4-landscape' });
 * }
 * ```
 */
export function sceneToSvg(scene: Scene, options: SvgOptions): string {
  assertEmbeddable(scene, options);
  const pseudonymised = options.pseudonymise === true || scene.pseudonymised === true;
  const facts: TitleFacts = {
    locale: options.locale,
    view: scene.view,
    documentTitle: options.documentTitle ?? options.embedDocument?.title,
    referenceDate: options.referenceDate ?? options.embedDocument?.referenceDate,
    pseudonymised,
    healthHidden: options.hideHealth === true || scene.healthHidden === true,
  };
  const b = scene.bounds;
  const drawingW = Math.max(0, b.width);
  const drawingH = Math.max(0, b.height);
  const entries = options.highlight
    ? [...scene.legend, ...highlightLegend(options.highlight, options.locale)]
    : scene.legend;
  const legend = options.legend === false ? undefined : legendBlock(entries, options.locale, drawingH);
  const insight = options.insight ? textBlock(options.insight) : undefined;
  // The right column: the legend, and the insight block below it.
  const columnW = Math.max(legend?.width ?? 0, insight?.width ?? 0);
  const insightY = legend ? legend.height + GAP / 2 : 0;
  const columnH = insight ? insightY + insight.height : (legend?.height ?? 0);
  const contentW = drawingW + (columnW > 0 ? GAP + columnW : 0);
  const heading = options.title === false ? undefined : titleBlock(facts, contentW);
  const top = PAD + (heading ? heading.height + GAP / 2 : 0);
  const sheetW = 2 * PAD + Math.max(contentW, heading?.width ?? 0);
  const sheetH = top + Math.max(drawingH, columnH) + PAD;
  const frame = frameFor(sheetW, sheetH, options.fit ?? 'none');

  const label = t(options.locale, 'render.title.document', {
    title: shownTitle(facts),
    view: viewName(options.locale, scene.view),
  });
  let sheet = '';
  if (heading) sheet += `<g transform="translate(${PAD} ${PAD})">${heading.svg}</g>`;
  const dimmed = options.highlight ? new Set<string>(options.highlight.dimmed) : undefined;
  sheet += `<g transform="translate(${n(PAD - b.x)} ${n(top - b.y)})">${drawing(scene, dimmed)}</g>`;
  if (legend) sheet += `<g transform="translate(${n(PAD + drawingW + GAP)} ${n(top)})">${legend.svg}</g>`;
  if (insight)
    sheet += `<g transform="translate(${n(PAD + drawingW + GAP)} ${n(top + insightY)})">${insight.svg}</g>`;

  const svg =
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${frame.width}" height="${frame.height}" viewBox="${frame.viewBox}" role="img" aria-labelledby="k0 k1" font-family="${escapeXml(FONT_STACK, { attribute: true })}">` +
    `<title id="k0">${escapeXml(label)}</title>` +
    `<desc id="k1">${escapeXml(scene.description)}</desc>` +
    (options.embedDocument ? documentMetadata(options.embedDocument) : '') +
    `<rect x="0" y="0" width="${n(frame.pageWidth)}" height="${n(frame.pageHeight)}" fill="${resolveColor('paper')}"/>` +
    (frame.transform ? `<g transform="${frame.transform}">${sheet}</g>` : sheet) +
    '</svg>\n';
  // A writer never produces what its reader refuses: an SVG with the document is read back whole.
  if (options.embedDocument) {
    const size = utf8Length(svg);
    if (size > MAX_DOCUMENT_BYTES)
      throw new SvgExportError({
        key: 'render.svg.embedTooLarge',
        params: { size, limit: MAX_DOCUMENT_BYTES },
      });
  }
  return svg;
}
