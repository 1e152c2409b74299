/**
 * Hand-made scenes for the SVG writer's tests and golden images: small, covering every shape kind, and one
 * hostile scene whose strings try to break the XML.
 */
import type { LegendEntry, Scene, SceneNode } from '../types.js';

function person(id: string, label: string, x: number, y: number, circle: boolean, focus = false): SceneNode {
  const shapes: SceneNode['shapes'] = circle
    ? [{ type: 'circle', cx: x + 20, cy: y + 20, r: 20, fill: 'paper', strokeWidth: focus ? 3 : 1.5 }]
    : [{ type: 'rect', x, y, width: 40, height: 40, fill: 'paper', strokeWidth: focus ? 3 : 1.5 }];
  shapes.push({ type: 'text', x: x + 20, y: y + 56, text: label, size: 12, anchor: 'middle', halo: true });
  return { id, kind: 'person', x, y, width: 40, height: 40, label, shapes };
}

const legend: LegendEntry[] = [
  {
    key: 'partnership.married',
    label: 'married',
    sample: [{ type: 'path', d: 'M0 10 L40 10', strokeWidth: 1.5 }],
  },
  {
    key: 'partnership.divorced',
    label: 'divorced',
    sample: [{ type: 'path', d: 'M0 10 L40 10 M16 16 L22 4 M20 16 L26 4', strokeWidth: 1.5 }],
  },
  {
    key: 'emotional.conflict',
    label: 'conflict',
    sample: [
      { type: 'path', d: 'M0 10 L8 4 L16 16 L24 4 L32 16 L40 10', stroke: 'negative', strokeWidth: 1.5 },
    ],
  },
  {
    key: 'condition:diabetes',
    label: 'diabetes',
    sample: [{ type: 'rect', x: 12, y: 2, width: 16, height: 16, fill: 'fill1' }],
  },
];

/** A couple with a child: rect, circle, paths, dashed line, halo text, a legend. */
export function familyScene(): Scene {
  const father = person('p-dad', 'Jan de Vries', 0, 0, false);
  const mother = person('p-mum', 'Fatima el Amrani', 120, 0, true);
  const child = person('p-sophia', 'Sophia', 60, 110, true, true);
  return {
    view: 'genogram',
    bounds: { x: -40, y: -10, width: 240, height: 200 },
    background: [
      { type: 'rect', x: -30, y: 95, width: 220, height: 90, rx: 12, stroke: 'muted', dash: [6, 4] },
    ],
    edges: [
      {
        id: 'pa-1',
        kind: 'partnership',
        from: 'p-dad',
        to: 'p-mum',
        shapes: [
          { type: 'path', d: 'M20 40 V70 H140 V40', strokeWidth: 1.5 },
          { type: 'path', d: 'M76 76 L84 64 M82 76 L90 64', strokeWidth: 1.5 },
        ],
      },
      { id: 'pc-1', kind: 'descent', shapes: [{ type: 'path', d: 'M80 70 V110', strokeWidth: 1.5 }] },
      {
        id: 'em-1',
        kind: 'emotional',
        from: 'p-dad',
        to: 'p-sophia',
        shapes: [
          {
            type: 'path',
            d: 'M10 40 L60 125',
            stroke: 'negative',
            dash: [0.1, 4],
            round: true,
            strokeWidth: 2,
          },
        ],
      },
    ],
    nodes: [father, mother, child],
    overlay: [
      { type: 'text', x: 80, y: 182, text: '1984 – 2009', size: 10, anchor: 'middle', fill: 'muted' },
    ],
    legend,
    description: 'Genogram of Sophia: her parents Jan and Fatima, divorced.',
  };
}

/** Strings that try to break out of text, attributes, comments and the payload markers. */
export const HOSTILE_STRINGS = [
  '<script>alert(1)</script>',
  'Tom & Jerry "quoted" \'single\'',
  ']]> --> <!-- kring-payload-end --> <!-- kring-payload-start -->',
  '\u202Eאבג\u202C Samira \u200F(RTL)',
  'Emoji 👨‍👩‍👧 🏳️‍🌈',
  Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).join('') + 'controls',
  'lone \uD800 high \uDC00 low \uFFFE \uFFFF',
  'A'.repeat(400),
];

/** Every hostile string as a node label, node text, legend label, overlay text and description. */
export function hostileScene(): Scene {
  const nodes = HOSTILE_STRINGS.map((s, i) =>
    person(`p${i}`, s, (i % 4) * 120, Math.floor(i / 4) * 120, i % 2 === 0),
  );
  return {
    view: 'sociogram',
    bounds: { x: -10, y: -10, width: 480, height: 260 },
    background: [{ type: 'circle', cx: 230, cy: 110, r: 120, stroke: 'ring' }],
    edges: [],
    nodes,
    overlay: HOSTILE_STRINGS.map((s, i) => ({ type: 'text', x: 0, y: 250 + i, text: s, size: 8 })),
    legend: HOSTILE_STRINGS.map((s, i) => ({
      key: `k${i}`,
      label: s,
      sample: [{ type: 'circle', cx: 20, cy: 10, r: 6, fill: `fill${(i % 8) + 1}` as 'fill1' }],
    })),
    description: HOSTILE_STRINGS.join(' | '),
  };
}

/** The smallest scene: nothing drawn, no legend. */
export function emptyScene(): Scene {
  return {
    view: 'ecogram',
    bounds: { x: 0, y: 0, width: 0, height: 0 },
    background: [],
    edges: [],
    nodes: [],
    overlay: [],
    legend: [],
    description: '',
  };
}

/** A large scene (n persons in a grid, each tied to the next) for benchmarks. */
export function gridScene(count: number): Scene {
  const columns = Math.ceil(Math.sqrt(count));
  const nodes: SceneNode[] = [];
  for (let i = 0; i < count; i++) {
    nodes.push(
      person(
        `p${i}`,
        `Person ${i}`,
        (i % columns) * 100,
        Math.floor(i / columns) * 100,
        i % 2 === 1,
        i === 0,
      ),
    );
  }
  const edges: Scene['edges'] = [];
  for (let i = 1; i < count; i++) {
    const a = nodes[i - 1]!;
    const b = nodes[i]!;
    edges.push({
      id: `t${i}`,
      kind: 'tie',
      from: a.id,
      to: b.id,
      shapes: [
        {
          type: 'path',
          d: `M${a.x + 20} ${a.y + 20} L${b.x + 20} ${b.y + 20}`,
          stroke: 'positive',
          dash: [6, 4],
        },
      ],
    });
  }
  return {
    view: 'sociogram',
    bounds: { x: -20, y: -20, width: columns * 100 + 40, height: Math.ceil(count / columns) * 100 + 40 },
    background: [],
    edges,
    nodes,
    overlay: [],
    legend,
    description: `${count} persons`,
  };
}
