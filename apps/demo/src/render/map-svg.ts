/** The SVG text of a map in one view, for the read-only picture, export, print and trainer mode. */
import type { KringDocument, Locale, View } from '@kring/core';
import { sceneToSvg, type PageFit, type Scene } from '@kring/scene';
import { rendererFor } from './renderers.js';

export interface MapSvgOptions {
  locale: Locale;
  pseudonymise: boolean;
  fit?: PageFit;
  /** Title block and legend (exports: yes; on screen: the legend only). */
  title?: boolean;
  legend?: boolean;
  /** Embed the document so the SVG can be opened again (never when pseudonymised). */
  embed?: boolean;
}

export function sceneOf(
  doc: KringDocument,
  view: View,
  locale: Locale,
  pseudonymise: boolean,
): Scene | undefined {
  const render = rendererFor(view);
  return render ? render(doc, { locale, pseudonymise }) : undefined;
}

export function svgOfScene(scene: Scene, doc: KringDocument, options: MapSvgOptions): string {
  return sceneToSvg(scene, {
    locale: options.locale,
    title: options.title ?? true,
    legend: options.legend ?? true,
    fit: options.fit ?? 'none',
    pseudonymise: options.pseudonymise,
    documentTitle: doc.title,
    referenceDate: doc.referenceDate,
    ...(options.embed && !options.pseudonymise ? { embedDocument: doc } : {}),
  });
}
