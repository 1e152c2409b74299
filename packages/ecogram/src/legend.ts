import { SUPPORT_TYPES, t, type Locale, type Tie } from '@kring/core';
import type { LegendEntry, Shape } from '@kring/scene';
import { hatchSpacing, strokeFor } from './tie-line.js';

const line = (extra: Partial<Extract<Shape, { type: 'path' }>> = {}): Shape => ({
  type: 'path',
  d: 'M2 10 L38 10',
  stroke: 'ink',
  strokeWidth: 2.5,
  ...extra,
});

function hatch(spacing: number, width: number): Shape {
  let d = '';
  for (let x = 6; x <= 34; x += spacing) d += `M${x} 4 L${x} 16 `;
  return { type: 'path', d: d.trim(), stroke: 'negative', strokeWidth: width };
}

/** Legend rows for what this ecogram actually shows; arrows are explained (docs/notation-spec.md §2.2). */
export function ecogramLegend(
  centreTies: readonly Tie[],
  alterTies: readonly Tie[],
  hasHousehold: boolean,
  locale: Locale,
): LegendEntry[] {
  const legend: LegendEntry[] = [];
  if (hasHousehold) {
    legend.push({
      key: 'ecogram.household',
      label: t(locale, 'render.ecogram.legend.household'),
      sample: [
        { type: 'circle', cx: 20, cy: 10, r: 9, stroke: 'ink', fill: 'none', strokeWidth: 1.5, dash: [4, 3] },
      ],
    });
  }
  legend.push({
    key: 'ecogram.focus',
    label: t(locale, 'render.ecogram.legend.focus'),
    sample: [
      { type: 'circle', cx: 20, cy: 10, r: 8, stroke: 'accent', fill: 'paper', strokeWidth: 1.5 },
      { type: 'circle', cx: 20, cy: 10, r: 5, stroke: 'accent', fill: 'none', strokeWidth: 1.5 },
    ],
  });
  const strengths = new Set(centreTies.map((tie) => tie.strength ?? 2));
  if (strengths.has(3)) {
    legend.push({
      key: 'ecogram.strong',
      label: t(locale, 'render.ecogram.legend.strong'),
      sample: [line({ strokeWidth: strokeFor(3) })],
    });
  }
  if (strengths.has(2)) {
    legend.push({
      key: 'ecogram.moderate',
      label: t(locale, 'render.ecogram.legend.moderate'),
      sample: [line()],
    });
  }
  if (strengths.has(1)) {
    legend.push({
      key: 'ecogram.weak',
      label: t(locale, 'render.ecogram.legend.weak'),
      sample: [line({ strokeWidth: strokeFor(1), dash: [7, 5] })],
    });
  }
  for (const stress of ['some', 'high'] as const) {
    if (!centreTies.some((tie) => tie.stress === stress)) continue;
    legend.push({
      key: `ecogram.stress.${stress}`,
      label: t(
        locale,
        stress === 'some' ? 'render.ecogram.legend.stressSome' : 'render.ecogram.legend.stressHigh',
      ),
      sample: [line(), hatch(hatchSpacing(stress)!, stress === 'high' ? 2 : 1.6)],
    });
  }
  if (centreTies.some((tie) => tie.flow !== undefined && tie.flow !== 'none')) {
    legend.push({
      key: 'ecogram.flow',
      label: t(locale, 'render.ecogram.legend.flow'),
      sample: [
        line({ d: 'M2 10 L30 10' }),
        { type: 'path', d: 'M38 10 L28 5 L28 15 Z', stroke: 'ink', fill: 'ink' },
      ],
    });
  }
  const items = centreTies.flatMap((tie) => tie.support ?? []);
  for (const type of SUPPORT_TYPES) {
    if (!items.some((s) => s.type === type)) continue;
    const letter = t(locale, `supportLetter.${type}`);
    legend.push({
      key: `ecogram.support.${type}`,
      label: t(locale, 'render.ecogram.legend.support', { letter, type: t(locale, `supportType.${type}`) }),
      sample: [
        {
          type: 'text',
          x: 20,
          y: 10,
          text: letter,
          size: 13,
          anchor: 'middle',
          baseline: 'middle',
          weight: 'bold',
          fill: 'positive',
        },
      ],
    });
  }
  if (items.length > 0) {
    legend.push({
      key: 'ecogram.supportPlace',
      label: t(locale, 'render.ecogram.legend.supportPlace'),
      sample: [line({ strokeWidth: 1.5 })],
    });
  }
  if (items.some((s) => s.potential === true)) {
    legend.push({
      key: 'ecogram.potential',
      label: t(locale, 'render.ecogram.legend.potential'),
      sample: [
        {
          type: 'text',
          x: 20,
          y: 10,
          text: '( )',
          size: 13,
          anchor: 'middle',
          baseline: 'middle',
          weight: 'bold',
          fill: 'positive',
        },
      ],
    });
  }
  if (alterTies.length > 0) {
    legend.push({
      key: 'ecogram.alterTie',
      label: t(locale, 'render.ecogram.legend.alterTie'),
      sample: [line({ stroke: 'muted', strokeWidth: 1.2 })],
    });
  }
  return legend;
}
