/**
 * Exporting a map as SVG or PNG with the choices of the export dialog: initials, hidden health data and — for
 * an SVG only, and only when asked — the map inside the file so it can be opened in Kring again. A PNG never
 * carries the map. When asked, the map's insight highlight (greyed out as on screen, said in the legend) and an
 * insight block (insight-extras.ts, loaded on first use). Returns the file name it downloaded.
 */
import type { Highlight, Id, KringDocument, Locale, View } from '@kring/core';
import type { PageFit } from '@kring/scene';
import type { InsightExtras } from './insight-extras.js';
import { canEmbed, sceneOf, svgOfScene } from '../render/map-svg.js';
import { downloadBlob, downloadText } from './download.js';
import { fileNameFor } from './file-name.js';
import { titleOf } from './new-document.js';
import { svgToPng } from './svg-to-png.js';

export type ExportFormat = 'svg' | 'png';

export interface ExportChoice {
  format: ExportFormat;
  pseudonymise: boolean;
  hideHealth: boolean;
  /** Open this map in Kring again later: the SVG holds the whole document. Off unless the user ticks it. */
  embed: boolean;
  /** Grey out as the map does now (the insight tab's highlight). */
  highlight: boolean;
  /** An insight block below the legend: the figures and findings of the insight tab. */
  insight: boolean;
}

export interface ExportTarget {
  doc: KringDocument;
  view: View;
  locale: Locale;
  fit: Exclude<PageFit, 'none'>;
  /** What the insight tab greys out on the map now (the editor's `getHighlight()`), if anything. */
  highlight?: { highlight?: Highlight; whatIf: Id | null };
}

/** The SVG text for the choice (throws SvgExportError when the writer's guard refuses it). */
export function exportSvgText(
  target: ExportTarget,
  choice: ExportChoice,
  extras: InsightExtras = {},
): string | undefined {
  const scene = sceneOf(target.doc, target.view, target.locale, choice.pseudonymise, choice.hideHealth);
  if (!scene) return undefined;
  return svgOfScene(scene, target.doc, {
    locale: target.locale,
    pseudonymise: choice.pseudonymise,
    hideHealth: choice.hideHealth,
    fit: target.fit,
    embed: choice.format === 'svg' && choice.embed && canEmbed(choice),
    ...extras,
  });
}

/** A pseudonymised export's file name holds no title (it often holds a name). */
export function exportFileName(target: ExportTarget, choice: ExportChoice): string {
  const base = choice.pseudonymise ? 'kring' : titleOf(target.doc);
  return fileNameFor(`${base}-${target.view}`, `.${choice.format}`);
}

export async function exportMap(target: ExportTarget, choice: ExportChoice): Promise<string | undefined> {
  const extras =
    choice.insight || (choice.highlight && target.highlight)
      ? (await import('./insight-extras.js')).insightExtras(target, choice)
      : {};
  const svg = exportSvgText(target, choice, extras);
  if (!svg) return undefined;
  const name = exportFileName(target, choice);
  if (choice.format === 'svg') downloadText(svg, name, 'image/svg+xml');
  else downloadBlob(await svgToPng(svg), name);
  return name;
}
