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
  /** Colour of the outline or line; default `ink`. */
  stroke?: ColorToken;
  /** Colour inside the shape; default `none` (see-through). */
  fill?: ColorToken;
  /** Line width in drawing units; default 1. */
  strokeWidth?: number;
  /** Dash pattern in drawing units, e.g. [6, 4]; omitted = solid. */
  dash?: number[];
  /** Opacity of the whole shape, 0 (invisible) to 1 (default). */
  opacity?: number;
  /** Round line caps/joins (dotted lines use [0.1, 4] with round caps). */
  round?: boolean;
}

/** A rectangle, e.g. the square of a male person, an organisation's box, a household boundary. */
export interface RectShape extends Style {
  /** Discriminant of {@link Shape}. */
  type: 'rect';
  /** Left edge, in drawing units. */
  x: number;
  /** Top edge, in drawing units (y points down). */
  y: number;
  /** Width in drawing units, never negative. */
  width: number;
  /** Height in drawing units, never negative. */
  height: number;
  /** Corner radius in drawing units; omitted = square corners. */
  rx?: number;
}
/** A circle, e.g. the circle of a female person, a sociogram ring, a dot. */
export interface CircleShape extends Style {
  /** Discriminant of {@link Shape}. */
  type: 'circle';
  /** Centre x, in drawing units. */
  cx: number;
  /** Centre y, in drawing units (y points down). */
  cy: number;
  /** Radius in drawing units, never negative. */
  r: number;
}
/** A path built from numbers only: `d` uses absolute commands M L H V C Q A Z. */
export interface PathShape extends Style {
  /** Discriminant of {@link Shape}. */
  type: 'path';
  /** SVG path data with absolute commands only, written from numbers (never from user text). */
  d: string;
}
/**
 * A line of text: a name, a date, an age inside a symbol, a legend label. Its `text` may come from the user and
 * is escaped by every back end.
 */
export interface TextShape {
  /** Discriminant of {@link Shape}. */
  type: 'text';
  /** Anchor x, in drawing units (where `anchor` puts the text). */
  x: number;
  /** Anchor y, in drawing units: where `baseline` puts the text. */
  y: number;
  /** The text as drawn: one line, plain (no markup); may be user text. */
  text: string;
  /** Font size in drawing units. */
  size: number;
  /** Horizontal alignment at `x`: start (default), middle or end of the text. */
  anchor?: 'start' | 'middle' | 'end';
  /** Vertical alignment of `y`: the baseline (default) or the middle of the text. */
  baseline?: 'alphabetic' | 'middle' | 'hanging';
  /** Font weight; default normal (the focus person's name in the ecogram and legend headings are bold). */
  weight?: 'normal' | 'bold';
  /** Italic text (secondary notes: a person's detail line, a household's label); default upright. */
  italic?: boolean;
  /** Text colour; default `ink`. */
  fill?: ColorToken;
  /** Draw a paper-coloured halo behind the text so it stays readable over lines. */
  halo?: boolean;
}
/** One drawing primitive of a scene; `type` tells which. */
export type Shape = RectShape | CircleShape | PathShape | TextShape;

/**
 * What a {@link SceneNode} stands for: a person (genogram symbol, ecogram or sociogram alter), an organisation
 * (a formal contact such as school or care provider), or the household (the ecogram's centre circle).
 */
export type NodeKind = 'person' | 'organisation' | 'household';

/** A drawn entity of the document (person, organisation, or the ecogram's household circle). */
export interface SceneNode {
  /** Document id of the entity. */
  id: Id;
  /** What the node stands for. */
  kind: NodeKind;
  /** Box of the symbol (not its labels), top-left origin: what hit-testing, dragging and `kring layout` use. */
  x: number;
  /** Top of the symbol's box, in drawing units (y points down). */
  y: number;
  /** Width of the symbol's box, in drawing units. */
  width: number;
  /** Height of the symbol's box, in drawing units. */
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
  /**
   * What the line shows: a partnership (the line between partners), descent (from a partnership or parent to
   * a child), the sibling line, an emotional relationship line, an ecogram/sociogram tie, or the joining of a
   * multiple birth (twins).
   */
  kind: 'partnership' | 'descent' | 'sibling' | 'emotional' | 'tie' | 'multiple-birth';
  /** Document ids of the two ends where that makes sense. */
  from?: Id;
  /** The other end's document id (see `from`). */
  to?: Id;
  /** What to draw for this relation, in drawing units. */
  shapes: Shape[];
}

/** One legend row: a small sample drawing (in a 40×20 box at the origin) and its label. */
export interface LegendEntry {
  /** Stable key, e.g. `partnership.divorced` or `condition:diabetes`. */
  key: string;
  /** What the sample means, in the scene's locale. */
  label: string;
  /** The sample drawing, in a 40×20 box at the origin. */
  sample: Shape[];
}

/** An axis-aligned box in drawing units, top-left origin. */
export interface Bounds {
  /** Left edge. */
  x: number;
  /** Top edge (y points down). */
  y: number;
  /** Width, never negative. */
  width: number;
  /** Height, never negative. */
  height: number;
}

/**
 * A drawing of one view of a document, as plain data: what a renderer returns and every back end draws, in
 * paint order background → edges → nodes → overlay. Serialisable (structured clone, JSON), so it can cross a
 * worker boundary.
 */
export interface Scene {
  /** The view drawn: genogram, ecogram or sociogram. */
  view: View;
  /** Everything drawn fits in here (labels included). */
  bounds: Bounds;
  /** Drawn first, in order: household boundaries, rings, sectors, sector labels. */
  background: Shape[];
  /** Drawn after the background, before the nodes. */
  edges: SceneEdge[];
  /** The entities, drawn after the edges; one node per drawn entity. */
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
