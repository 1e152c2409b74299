/**
 * The genogram layout as a pipeline of named passes (after dagre's `runLayout`): each pass is one file in
 * passes/, and an optional `time` hook lets the benchmark print what each pass costs (the layout itself
 * reads no clock).
 */
import type { KringDocument, Locale } from '@kring/core';
import { textWidth } from '@kring/scene';
import { buildFamily, type Family } from './model/family.js';
import { genogramPersons } from './model/genogram-persons.js';
import { UNION_LABEL_SIZE } from './model/metrics.js';
import { unionMarks, type UnionMarks } from './model/union-label.js';
import { assignGenerations, type Generations } from './passes/generations.js';
import { measurePersons, type PersonMeasure } from './passes/measure.js';
import { orderRows, type Ordering } from './passes/ordering.js';
import { applyPins, pinnedCentres, type Positions } from './passes/pins.js';
import { assignLanes, rowSlots } from './passes/detours.js';
import { detourEnds, route, type Routes } from './passes/routing.js';
import { buildUnits } from './passes/units.js';
import { placeX, type XPlacement } from './passes/x-placement.js';
import { placeRows, unionLevels, type RowBand } from './passes/y-placement.js';

export { UNION_LABEL_SIZE };

/**
 * A hook around each named pass of the layout (`index`, `generations`, `ordering`, `x-placement`, …): it must
 * call `run` once and return its result. The benchmark uses it to time the passes; the layout reads no clock.
 */
export type PassTimer = <T>(name: string, run: () => T) => T;

/** Options of the genogram layout. */
export interface LayoutOptions {
  /** Language of the partnership labels (`m. 1990`, `s. 1995`); the layout measures them. */
  locale: Locale;
  /** Names are drawn as initials: the layout measures those instead of the names. Default false. */
  pseudonymise?: boolean;
  /** Wraps every pass, e.g. to time it. */
  time?: PassTimer;
}

/** What the layout passes found and placed, for the drawing (internal to the package). */
export interface GenogramLayout {
  family: Family;
  generations: Generations;
  ordering: Ordering;
  measures: PersonMeasure[];
  marks: UnionMarks[];
  placement: XPlacement;
  levels: Int32Array;
  bands: RowBand[];
  positions: Positions;
  routes: Routes;
}

const untimed: PassTimer = (_name, run) => run();

/** Runs the layout passes over `document` (as `documentForRender` returns it). */
export function layoutGenogram(document: KringDocument, options: LayoutOptions): GenogramLayout {
  const time = options.time ?? untimed;
  const family = time('index', () => {
    const drawn = genogramPersons(document);
    return buildFamily(drawn.document, drawn.loose, drawn.others, drawn.index);
  });
  const generations = time('generations', () => assignGenerations(family));
  const units = time('units', () => buildUnits(family, generations));
  const measures = time('measure', () => measurePersons(family, options.pseudonymise ?? false));
  const marks = time('union-labels', () => {
    const known = new Map<string, string>();
    return family.unions.map((u) =>
      unionMarks(u.partnership, options.locale, options.pseudonymise !== true, known),
    );
  });
  const pins = pinnedCentres(family);
  // The blocks take the start order (passes/ordering.ts), with pins or without: a swept order can put a family
  // on the other side.
  const ordering = time('ordering', () => orderRows(family, generations, units));
  const labelWidths = new Float64Array(marks.length);
  for (let k = 0; k < marks.length; k++)
    if (marks[k]!.text) labelWidths[k] = textWidth(marks[k]!.text, UNION_LABEL_SIZE);
  const placement = time('x-placement', () =>
    placeX(
      family,
      generations,
      ordering,
      measures,
      labelWidths,
      // Nobody pinned (most maps): the list of pins is already a list of no x.
      pins.some((p) => p !== undefined) ? pins.map((p) => p?.x) : (pins as undefined[]),
      units,
    ),
  );
  const levels = unionLevels(family, placement);
  const slots = rowSlots(placement.rowPersons, family.persons.length);
  const lanes = assignLanes(slots, detourEnds(family), placement.x);
  const bands = time('y-placement', () =>
    placeRows(family, generations, measures, placement, levels, lanes.lanes),
  );
  const positions = time('pins', () => applyPins(family, generations, measures, placement, bands, pins));
  const routes = time('routing', () =>
    route(family, measures, placement, bands, positions, levels, slots, lanes.laneOf, labelWidths),
  );
  return { family, generations, ordering, measures, marks, placement, levels, bands, positions, routes };
}
