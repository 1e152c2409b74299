/**
 * The scene: what to draw, as plain data. Layout functions (one package per view) turn a document into a
 * Scene; back ends draw it: the SVG string writer (Node and browser, no DOM) and the Svelte editor.
 * Screen and export therefore look the same.
 *
 * Coordinates are in drawing units (1 unit = 1 px at 100 % zoom), y pointing down. A scene holds no user
 * string anywhere but in `Text.text`, `SceneNode.label` / `description` and legend labels; back ends escape them.
 * Ids in the scene are document ids, used only as data (never written into an SVG `id`, `class` or `href`).
 */
import type { Id, View } from '@kring/core';

/** Colours are tokens, resolved by the back end (SVG writer: fixed palette; editor: CSS custom properties). */
export type ColorToken =
  | 'ink' // main lines and outlines
  | 'muted' // secondary lines, dates, boundaries
  | 'paper' // background / symbol fill
  | 'accent' // index person, action team, focus
  | 'positive' // supportive ties
  | 'negative' // stressful / hostile lines
  | 'ring' // sociogram ring strokes
  | 'sector' // sociogram sector divider strokes
  | `fill${1 | 2 | 3 | 4 | 5 | 6 | 7 | 8}` // legend-keyed condition fills, category tints
  | 'none';

/** Shape defaults in every back end: stroke `ink`, fill `none`, stroke width 1 (text: fill `ink`). */
export interface Style {
  stroke?: ColorToken;
  fill?: ColorToken;
  strokeWidth?: number;
  /** Dash pattern in drawing units, e.g. [6, 4]; omitted = solid. */
  dash?: number[];
  opacity?: number;
  /** Round line caps/joins (dotted lines use [0.1, 4] with round caps). */
  round?: boolean;
}

export interface RectShape extends Style {
  type: 'rect';
  x: number;
  y: number;
  width: number;
  height: number;
  rx?: number;
}
export interface CircleShape extends Style {
  type: 'circle';
  cx: number;
  cy: number;
  r: number;
}
/** A path built from numbers only: `d` uses absolute commands M L H V C Q A Z. */
export interface PathShape extends Style {
  type: 'path';
  d: string;
}
export interface TextShape {
  type: 'text';
  x: number;
  y: number;
  text: string;
  /** Font size in drawing units. */
  size: number;
  anchor?: 'start' | 'middle' | 'end';
  /** Vertical alignment of `y`: the baseline (default) or the middle of the text. */
  baseline?: 'alphabetic' | 'middle' | 'hanging';
  weight?: 'normal' | 'bold';
  italic?: boolean;
  fill?: ColorToken;
  /** Draw a paper-coloured halo behind the text so it stays readable over lines. */
  halo?: boolean;
}
export type Shape = RectShape | CircleShape | PathShape | TextShape;

export type NodeKind = 'person' | 'organisation' | 'household';

/** A drawn entity of the document (person, organisation, or the ecogram's household circle). */
export interface SceneNode {
  /** Document id of the entity. */
  id: Id;
  kind: NodeKind;
  /** Box of the symbol (not its labels), top-left origin: what hit-testing, dragging and `kring layout` use. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** Plain-text name for screen readers, outlines and pseudonymisation. */
  label: string;
  /** What to draw for this node (symbol, marks, labels), in drawing units. */
  shapes: Shape[];
  /** True when the position came from `layouts.<view>.positions` (pinned by the user). */
  pinned?: boolean;
}

/** A drawn relation: partnership, parent-child link, emotional line, tie. */
export interface SceneEdge {
  /** Document id of the relation (several edges may share one id, e.g. a partnership line and its descent). */
  id: Id;
  kind: 'partnership' | 'descent' | 'sibling' | 'emotional' | 'tie' | 'multiple-birth';
  /** Document ids of the two ends where that makes sense. */
  from?: Id;
  to?: Id;
  shapes: Shape[];
}

/** One legend row: a small sample drawing (in a 40×20 box at the origin) and its label. */
export interface LegendEntry {
  /** Stable key, e.g. `partnership.divorced` or `condition:diabetes`. */
  key: string;
  label: string;
  sample: Shape[];
}

export interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Scene {
  view: View;
  /** Everything drawn fits in here (labels included). */
  bounds: Bounds;
  /** Drawn first, in order: household boundaries, rings, sectors, sector labels. */
  background: Shape[];
  /** Drawn after the background, before the nodes. */
  edges: SceneEdge[];
  nodes: SceneNode[];
  /** Drawn last (e.g. labels that must sit on top). */
  overlay: Shape[];
  /** Only the symbols and line kinds actually used, in the scene's locale. */
  legend: LegendEntry[];
  /** A short plain-text description of the picture for `<desc>` and screen readers. */
  description: string;
  /**
   * True when the layout ran with `pseudonymise` (names are initials). Optional; when set, the SVG writer
   * refuses to embed the document and leaves the document title out.
   */
  pseudonymised?: boolean;
  /** True when the layout ran with `hideHealth` (condition labels neutral); the writer then refuses to embed too. */
  healthHidden?: boolean;
}
