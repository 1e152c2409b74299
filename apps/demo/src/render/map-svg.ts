/** The SVG text of a map in one view, for the read-only picture, export, print and trainer mode. */
import type { KringDocument, Locale, View } from '@kring/core';
import {
  embedRefusal,
  sceneToSvg,
  type PageFit,
  type Scene,
  type SvgHighlight,
  type SvgTextBlock,
} from '@kring/scene';
import { rendererFor } from './renderers.js';

export interface MapSvgOptions {
  locale: Locale;
  pseudonymise: boolean;
  /** Condition labels neutral ("kenmerk 1", …). */
  hideHealth?: boolean;
  fit?: PageFit;
  /** Title block and legend (exports: yes; on screen: the legend only). */
  title?: boolean;
  legend?: boolean;
  /**
   * Embed the document so the SVG can be opened in Kring again: only when the user asked for it. The scene's
   * guard refuses it for a pseudonymised or health-hiding export (SvgExportError); ask `canEmbed` first.
   */
  embed?: boolean;
  /** Grey out everyone outside the map's highlight, and say so in the legend. */
  highlight?: SvgHighlight;
  /** The insight block below the legend. */
  insight?: SvgTextBlock;
}

export function sceneOf(
  doc: KringDocument,
  view: View,
  locale: Locale,
  pseudonymise: boolean,
  hideHealth = false,
): Scene | undefined {
  const render = rendererFor(view);
  return render ? render(doc, { locale, pseudonymise, hideHealth }) : undefined;
}

/** Whether an export with these options may carry the document (the SVG writer's own guard). */
export function canEmbed(options: { pseudonymise: boolean; hideHealth: boolean }): boolean {
  return embedRefusal(options) === undefined;
}

export function svgOfScene(scene: Scene, doc: KringDocument, options: MapSvgOptions): string {
  return sceneToSvg(scene, {
    locale: options.locale,
    title: options.title ?? true,
    legend: options.legend ?? true,
    fit: options.fit ?? 'none',
    pseudonymise: options.pseudonymise,
    hideHealth: options.hideHealth === true,
    documentTitle: doc.title,
    referenceDate: doc.referenceDate,
    ...(options.embed ? { embedDocument: doc } : {}),
    ...(options.highlight ? { highlight: options.highlight } : {}),
    ...(options.insight ? { insight: options.insight } : {}),
  });
}
