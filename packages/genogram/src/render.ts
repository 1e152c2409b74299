/** The genogram renderer: document → layout (passes/) → scene (draw/). */
import { t } from '@kring/core';
import type { KringDocument } from '@kring/core';
import { displayName, documentForRender, markPrivacy } from '@kring/scene';
import type { RenderOptions, Renderer, Scene, SceneEdge, SceneNode, Shape } from '@kring/scene';
import { BoundsBuilder } from './draw/bounds.js';
import { emotionalGlyphAlong } from './draw/emotional.js';
import { householdShapes } from './draw/households.js';
import { personLabels } from './draw/labels.js';
import { buildLegend } from './draw/legend.js';
import { LegendBook } from './draw/legend-book.js';
import { structuralEdges } from './draw/lines.js';
import { genderOutline, personSymbol } from './draw/symbols.js';
import { r2 } from './draw/geometry.js';
import { YEAR_BAND } from './model/metrics.js';
import { layoutGenogram, type GenogramLayout, type PassTimer } from './layout.js';

function touching(layout: GenogramLayout, a: number, b: number): boolean {
  const { x, top } = layout.positions;
  const sa = layout.measures[a]!.size;
  const sb = layout.measures[b]!.size;
  const reach = (sa + sb) / 2 + 10;
  return Math.abs(x[a]! - x[b]!) < reach && Math.abs(top[a]! + sa / 2 - (top[b]! + sb / 2)) < reach;
}

/** The small heading over the group of persons not yet joined to the family. */
function looseLabel(layout: GenogramLayout, locale: RenderOptions['locale']): Shape[] {
  const { family, measures, positions } = layout;
  let left = Infinity;
  let top = Infinity;
  for (let p = 0; p < family.persons.length; p++) {
    if (!family.loose[p]) continue;
    left = Math.min(left, positions.x[p]! - measures[p]!.half);
    top = Math.min(top, positions.top[p]!);
  }
  if (left === Infinity) return [];
  return [
    {
      type: 'text',
      x: r2(left + 4),
      y: r2(top - YEAR_BAND - 6),
      text: t(locale, 'render.genogram.unconnected'),
      size: 9.5,
      anchor: 'start',
      fill: 'muted',
      italic: true,
    },
  ];
}

/** The scene of a layout, drawn from the document it was laid out from. */
export function sceneFromLayout(
  layout: GenogramLayout,
  document: KringDocument,
  options: RenderOptions,
): Scene {
  const { family, measures, positions } = layout;
  const { x, top, labelTop, pinned } = positions;
  const legend = new LegendBook();
  const ctx = {
    symbols: document.options.symbols,
    deathMark: document.options.deathMark,
    referenceDate: document.referenceDate,
    legend,
  };

  const nodes: SceneNode[] = family.persons.map((person, p) => {
    const m = measures[p]!;
    // personSymbol gives a new list: the labels are added to it. Pseudonymised output shows no calendar years
    // (the ages inside the symbols stay).
    const shapes: Shape[] = personSymbol(
      person,
      x[p]!,
      top[p]!,
      m.size,
      p === family.focus && person.id === document.focus,
      ctx,
    );
    for (const label of personLabels(person, m, x[p]!, top[p]!, labelTop[p]!, options.pseudonymise !== true))
      shapes.push(label);
    const node: SceneNode = {
      id: person.id,
      kind: 'person',
      x: x[p]! - m.size / 2,
      y: top[p]!,
      width: m.size,
      height: m.size,
      label: displayName(person.name, options.pseudonymise ?? false),
      shapes,
    };
    if (pinned[p]) node.pinned = true;
    return node;
  });

  const background: Shape[] = [];
  for (const household of document.households) {
    if (household.current !== true) continue;
    const shapes = householdShapes(layout, household);
    if (shapes.length) legend.use('household');
    background.push(...shapes);
  }

  background.push(...looseLabel(layout, options.locale));

  const edges: SceneEdge[] = structuralEdges(family, layout.routes, layout.marks, options.locale, legend);
  for (const { emotional: e, points } of layout.routes.emotional) {
    // Two symbols pinned (nearly) on top of each other leave no room for a line.
    if (points.length === 2 && touching(layout, family.index.get(e.a)!, family.index.get(e.b)!)) continue;
    legend.use(`emotional.${e.kind}`);
    edges.push({
      id: e.id,
      kind: 'emotional',
      from: e.a,
      to: e.b,
      shapes: emotionalGlyphAlong(e.kind, e.direction, points),
    });
  }

  const bounds = new BoundsBuilder();
  for (const n of nodes) for (const s of n.shapes) bounds.shape(s);
  for (const e of edges) for (const s of e.shapes) bounds.shape(s);
  for (const s of background) bounds.shape(s);

  const focus = family.persons[family.focus];
  return markPrivacy(
    {
      view: 'genogram',
      bounds: bounds.bounds(16),
      background,
      edges,
      nodes,
      overlay: [],
      legend: buildLegend(
        legend,
        options.locale,
        document.options.symbols,
        focus ? genderOutline(focus.gender, document.options.symbols) : 'square',
      ),
      description: t(options.locale, 'render.genogram.description', {
        count: family.persons.length,
        generations: layout.bands.length,
        focus: focus ? displayName(focus.name, options.pseudonymise ?? false) : '—',
      }),
    },
    options,
  );
}

/**
 * Document → genogram scene. Pure and deterministic. Under `pseudonymise` or `hideHealth` it draws from the
 * privacy-reduced document (`documentForRender`), so what the export must leave out is not there to draw.
 */
export const renderGenogram: Renderer = (document, options) => {
  const drawn = documentForRender(document, options);
  return sceneFromLayout(layoutGenogram(drawn, options), drawn, options);
};

/** As renderGenogram, with a hook around every pass (for the benchmark's per-pass timings). */
export function renderGenogramTimed(document: KringDocument, options: RenderOptions, time: PassTimer): Scene {
  const drawn = documentForRender(document, options);
  const layout = layoutGenogram(drawn, { ...options, time });
  return time('scene', () => sceneFromLayout(layout, drawn, options));
}
