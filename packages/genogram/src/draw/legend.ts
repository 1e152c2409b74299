/** The legend: one row per symbol, fill and line kind the scene uses, in a fixed order, in the locale. */
import {
  EMOTIONAL_KINDS,
  PARENT_CHILD_KINDS,
  PARTNERSHIP_TYPES,
  DIRECTED_EMOTIONAL_KINDS,
  t,
} from '@kring/core';
import type { Locale, MessageKey, SymbolSet } from '@kring/core';
import type { LegendEntry, Shape } from '@kring/scene';
import { emotionalGlyph } from './emotional.js';
import { line, outline, path, quadrant, type Outline } from './geometry.js';
import type { LegendBook } from './legend-book.js';
import { DESCENT_STYLE, PARTNERSHIP_STYLE, UNRECORDED_UNION_STYLE } from './line-styles.js';
import { genderOutline } from './symbols.js';

const INK = { stroke: 'ink', fill: 'paper', strokeWidth: 1.4 } as const;

function symbolSample(kind: ReturnType<typeof genderOutline>, extra: Shape[] = [], size = 16): Shape[] {
  return [outline(kind, 20, 10, size, INK), ...extra];
}

const text = (s: string, x = 20, y = 10, size = 8): Shape => ({
  type: 'text',
  x,
  y,
  text: s,
  size,
  anchor: 'middle',
  baseline: 'middle',
  fill: 'ink',
});
const couple = (style: object): Shape[] => [
  path(['M', 6, 2, 'V', 14, 'H', 34, 'V', 2], { ...style, fill: 'none' }),
];

/**
 * `indexOutline` is the focus's own shape, so the index sample shows a double circle for a woman, a double
 * square for a man, and so on.
 */
export function buildLegend(
  book: LegendBook,
  locale: Locale,
  symbols: SymbolSet,
  indexOutline: Outline = 'square',
): LegendEntry[] {
  const tr = (key: string) => t(locale, key as MessageKey);
  const cross = [
    line(10, 0, 30, 20, { stroke: 'ink', strokeWidth: 1.2 }),
    line(30, 0, 10, 20, { stroke: 'ink', strokeWidth: 1.2 }),
  ];
  const catalogue: [string, () => string, () => Shape[]][] = [
    ['symbol.man', () => tr('gender.man'), () => symbolSample('square')],
    ['symbol.woman', () => tr('gender.woman'), () => symbolSample('circle')],
    [
      'symbol.non_binary',
      () => tr('render.genogram.legend.nonBinary'),
      () => symbolSample(genderOutline('non_binary', symbols)),
    ],
    ['symbol.unknown', () => tr('gender.unknown'), () => symbolSample('diamond', [text('?')])],
    [
      'symbol.pet',
      () => tr('render.genogram.legend.pet'),
      () => symbolSample('diamond', [{ type: 'circle', cx: 20, cy: 11, r: 2, fill: 'ink' }], 13),
    ],
    [
      'index',
      () => tr('render.genogram.legend.index'),
      () => [outline(indexOutline, 20, 10, 18, INK), outline(indexOutline, 20, 10, 12, INK)],
    ],
    [
      'deceased.x',
      () => tr('render.genogram.legend.deceased'),
      () => [outline('square', 20, 10, 14, INK), ...cross],
    ],
    [
      'deceased.slash',
      () => tr('render.genogram.legend.deceased'),
      () => [outline('square', 20, 10, 14, INK), line(10, 20, 30, 0, { stroke: 'ink', strokeWidth: 1.2 })],
    ],
    [
      'birth.pregnancy',
      () => tr('birthStatus.pregnancy'),
      () =>
        symbols === 'nsgc' ? symbolSample('diamond', [text('P')]) : [outline('triangle', 20, 10, 16, INK)],
    ],
    [
      'birth.miscarriage',
      () => tr('birthStatus.miscarriage'),
      () =>
        symbols === 'nsgc'
          ? [outline('triangle', 20, 10, 12, INK)]
          : [{ type: 'circle', cx: 20, cy: 10, r: 4, fill: 'ink' }],
    ],
    [
      'birth.abortion',
      () => tr('birthStatus.abortion'),
      () =>
        symbols === 'nsgc'
          ? [outline('triangle', 20, 10, 12, INK), line(12, 18, 28, 2, { stroke: 'ink' })]
          : [
              line(15, 5, 25, 15, { stroke: 'ink', strokeWidth: 1.6 }),
              line(25, 5, 15, 15, { stroke: 'ink', strokeWidth: 1.6 }),
            ],
    ],
    [
      'birth.stillbirth',
      () => tr('birthStatus.stillbirth'),
      () => [
        outline('square', 20, 10, 10, INK),
        line(13, 3, 27, 17, { stroke: 'ink' }),
        line(27, 3, 13, 17, { stroke: 'ink' }),
      ],
    ],
    [
      'birth.ectopic',
      () => tr('birthStatus.ectopic'),
      () => [outline('triangle', 20, 8, 11, INK), text('ECT', 20, 18, 6)],
    ],
  ];
  for (const c of book.conditions.values())
    catalogue.push([
      `condition:${c.key}`,
      () => c.label,
      () => [
        outline('square', 20, 10, 16, INK),
        quadrant('square', c.quadrant, 20, 10, 16 * c.scale, { fill: c.fill, stroke: 'none' }),
        outline('square', 20, 10, 16, { ...INK, fill: 'none' }),
      ],
    ]);
  for (const type of PARTNERSHIP_TYPES)
    catalogue.push([
      `partnership.${type}`,
      () => tr(`partnershipType.${type}`),
      () => couple(PARTNERSHIP_STYLE[type]),
    ]);
  catalogue.push(
    [
      'partnership.unrecorded',
      () => tr('render.genogram.legend.unrecorded'),
      () => couple(UNRECORDED_UNION_STYLE),
    ],
    [
      'partnership.consanguineous',
      () => tr('render.genogram.legend.consanguineous'),
      () => [
        line(4, 8, 36, 8, { stroke: 'ink', strokeWidth: 1.4 }),
        line(4, 12, 36, 12, { stroke: 'ink', strokeWidth: 1.4 }),
      ],
    ],
    [
      'event.separated',
      () => tr('partnershipEvent.separated'),
      () => [
        line(4, 10, 36, 10, { stroke: 'ink', strokeWidth: 1.4 }),
        line(16.5, 15, 23.5, 5, { stroke: 'ink', strokeWidth: 1.4 }),
      ],
    ],
    [
      'event.divorced',
      () => tr('partnershipEvent.divorced'),
      () => [
        line(4, 10, 36, 10, { stroke: 'ink', strokeWidth: 1.4 }),
        line(13.5, 15, 20.5, 5, { stroke: 'ink', strokeWidth: 1.4 }),
        line(19.5, 15, 26.5, 5, { stroke: 'ink', strokeWidth: 1.4 }),
      ],
    ],
    [
      'event.reconciled',
      () => tr('partnershipEvent.reconciled'),
      () => [
        line(4, 10, 36, 10, { stroke: 'ink', strokeWidth: 1.4 }),
        text(t(locale, 'render.genogram.event.reconciled', { year: '' }).trim(), 20, 4, 7),
      ],
    ],
  );
  for (const kind of PARENT_CHILD_KINDS)
    catalogue.push([
      `descent.${kind}`,
      () => tr(`render.genogram.legend.descent.${kind}`),
      () => [
        line(20, 0, 20, 20, DESCENT_STYLE[kind]),
        ...(kind === 'biological' ? [] : [text(tr(`render.genogram.mark.${kind}`), 27, 10)]),
      ],
    ]);
  catalogue.push(
    [
      'twins.monozygotic',
      () => tr('render.genogram.legend.twins.monozygotic'),
      () => [
        line(20, 2, 10, 18, { stroke: 'ink' }),
        line(20, 2, 30, 18, { stroke: 'ink' }),
        line(15, 10, 25, 10, { stroke: 'ink' }),
      ],
    ],
    [
      'twins.dizygotic',
      () => tr('render.genogram.legend.twins.dizygotic'),
      () => [line(20, 2, 10, 18, { stroke: 'ink' }), line(20, 2, 30, 18, { stroke: 'ink' })],
    ],
    [
      'twins.unknown',
      () => tr('render.genogram.legend.twins.unknown'),
      () => [
        line(20, 2, 10, 18, { stroke: 'ink' }),
        line(20, 2, 30, 18, { stroke: 'ink' }),
        text('?', 20, 13),
      ],
    ],
    [
      'household',
      () => tr('render.genogram.legend.household'),
      () => [
        {
          type: 'rect',
          x: 3,
          y: 2,
          width: 34,
          height: 16,
          rx: 6,
          stroke: 'accent',
          strokeWidth: 1.2,
          dash: [5, 3],
          fill: 'none',
        },
      ],
    ],
  );
  for (const kind of EMOTIONAL_KINDS)
    catalogue.push([
      `emotional.${kind}`,
      () => tr(`emotionalKind.${kind}`),
      () => emotionalGlyph(kind, DIRECTED_EMOTIONAL_KINDS.has(kind) ? 'a_to_b' : 'none', 2, 10, 38, 10),
    ]);

  const entries: LegendEntry[] = [];
  for (const [key, label, sample] of catalogue)
    if (book.used.has(key)) entries.push({ key, label: label(), sample: sample() });
  return entries;
}
