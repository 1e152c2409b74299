/**
 * Far away (level of detail of the canvas, beside detail.ts): when symbols are only a few pixels on screen
 * (the whole of a 3,000-person genealogy after "Fit"), inner shapes, hatching and texts cannot be seen, and
 * drawing each symbol as its own group of elements costs seconds. Then every symbol in view is one plain
 * mark (its outline: the first shape that is not a text), every line keeps its lines but not its texts, and
 * all marks and lines of one style are drawn together as one path: a few elements instead of thousands. The
 * symbols that hold the keyboard focus, the Tab stop, the selection or a drag are still drawn whole (the
 * canvas draws them as usual). Details come back as soon as a symbol is MARK_MAX_PX or larger.
 * Pure functions, testable without a browser.
 */
import type { PathShape, SceneEdge, SceneNode, Shape } from '@kring/scene';

/** Symbols smaller than this on screen (CSS px) are drawn as one plain mark each. */
export const MARK_MAX_PX = 8;

/** The symbols' size in drawing units: the median height of the nodes (0 without nodes). */
export function symbolSize(nodes: readonly SceneNode[]): number {
  if (nodes.length === 0) return 0;
  const heights = nodes.map((n) => n.height).sort((a, b) => a - b);
  return heights[Math.floor(heights.length / 2)]!;
}

/** Whether symbols of `size` drawing units are far away at zoom `k` (drawn as marks). */
export function isFar(k: number, size: number): boolean {
  return size > 0 && size * k < MARK_MAX_PX;
}

/** The outline of a shape as path data (absolute commands only), or undefined for a text. */
function outline(shape: Shape): string | undefined {
  switch (shape.type) {
    case 'path':
      return shape.d;
    case 'rect': {
      const { x, y, width, height } = shape;
      return `M ${x} ${y} H ${x + width} V ${y + height} H ${x} Z`;
    }
    case 'circle': {
      const { cx, cy, r } = shape;
      return `M ${cx - r} ${cy} A ${r} ${r} 0 1 0 ${cx + r} ${cy} A ${r} ${r} 0 1 0 ${cx - r} ${cy} Z`;
    }
    default:
      return undefined;
  }
}

/** The style of a shape as the key of its group (shapes of one key are drawn as one path). */
function styleKey(shape: Exclude<Shape, { type: 'text' }>): string {
  return [
    shape.stroke ?? 'ink',
    shape.fill ?? 'none',
    shape.strokeWidth ?? 1,
    shape.dash?.join(',') ?? '',
    shape.opacity ?? 1,
    shape.round === true ? 1 : 0,
  ].join('|');
}

/** Collects path data per style, then makes one path shape per style, in the order styles first appear. */
class Groups {
  readonly #groups = new Map<string, { style: Omit<PathShape, 'type' | 'd'>; parts: string[] }>();

  add(shape: Shape): void {
    if (shape.type === 'text') return;
    const d = outline(shape);
    if (!d) return;
    const key = styleKey(shape);
    let group = this.#groups.get(key);
    if (!group) {
      const { stroke, fill, strokeWidth, dash, opacity, round } = shape;
      group = {
        style: {
          ...(stroke === undefined ? {} : { stroke }),
          ...(fill === undefined ? {} : { fill }),
          ...(strokeWidth === undefined ? {} : { strokeWidth }),
          ...(dash === undefined ? {} : { dash }),
          ...(opacity === undefined ? {} : { opacity }),
          ...(round === undefined ? {} : { round }),
        },
        parts: [],
      };
      this.#groups.set(key, group);
    }
    group.parts.push(d);
  }

  shapes(): PathShape[] {
    return [...this.#groups.values()].map(({ style, parts }) => ({
      type: 'path',
      ...style,
      d: parts.join(' '),
    }));
  }
}

/** A node's mark: its first shape that is not a text (the symbol's outline), or undefined. */
export function markOf(node: SceneNode): Shape | undefined {
  return node.shapes.find((s) => s.type !== 'text');
}

/** What the canvas draws far away instead of the nodes' and lines' own elements. */
export interface FarDrawing {
  /** The lines (without their texts), one path per style. */
  lines: PathShape[];
  /** The lines drawn greyed out (insight's "what if"). */
  dimmedLines: PathShape[];
  /** One mark per symbol, one path per style. */
  marks: PathShape[];
  /** The marks drawn greyed out. */
  dimmedMarks: PathShape[];
}

/**
 * The far-away drawing of `nodes` (each as its mark) and `edges` (their shapes but texts); what
 * `nodeDimmed` and `edgeDimmed` say is drawn greyed out apart.
 */
export function farDrawing(
  nodes: readonly SceneNode[],
  edges: readonly SceneEdge[],
  nodeDimmed: (node: SceneNode) => boolean = () => false,
  edgeDimmed: (edge: SceneEdge) => boolean = () => false,
): FarDrawing {
  const lines = new Groups();
  const dimmedLines = new Groups();
  const marks = new Groups();
  const dimmedMarks = new Groups();
  for (const edge of edges) {
    const into = edgeDimmed(edge) ? dimmedLines : lines;
    for (const shape of edge.shapes) into.add(shape);
  }
  for (const node of nodes) {
    const mark = markOf(node);
    if (mark) (nodeDimmed(node) ? dimmedMarks : marks).add(mark);
  }
  return {
    lines: lines.shapes(),
    dimmedLines: dimmedLines.shapes(),
    marks: marks.shapes(),
    dimmedMarks: dimmedMarks.shapes(),
  };
}
