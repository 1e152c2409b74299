import { SUPPORT_TYPES, t, type Locale, type SupportType } from '@kring/core';
import type { LegendEntry } from '@kring/scene';
import type { Alter } from './alters.js';
import type { AlterGlyph } from './alter-glyph.js';

/** Legend rows for what this sociogram actually shows (samples drawn in a 40×20 box). */
export function sociogramLegend(
  alters: readonly Alter[],
  glyphs: readonly AlterGlyph[],
  hasAlterTies: boolean,
  locale: Locale,
): LegendEntry[] {
  const legend: LegendEntry[] = [
    {
      key: 'sociogram.focus',
      label: t(locale, 'render.sociogram.legend.focus'),
      sample: [
        { type: 'circle', cx: 20, cy: 10, r: 9, stroke: 'accent', fill: 'paper', strokeWidth: 1.5 },
        { type: 'circle', cx: 20, cy: 10, r: 6, stroke: 'accent', fill: 'none', strokeWidth: 1.5 },
      ],
    },
  ];
  if (alters.some((a) => a.kind === 'person')) {
    legend.push({
      key: 'sociogram.person',
      label: t(locale, 'render.sociogram.legend.person'),
      sample: [{ type: 'circle', cx: 20, cy: 10, r: 8, stroke: 'ink', fill: 'paper', strokeWidth: 1.5 }],
    });
  }
  if (alters.some((a) => a.kind === 'organisation')) {
    legend.push({
      key: 'sociogram.organisation',
      label: t(locale, 'render.sociogram.legend.organisation'),
      sample: [
        {
          type: 'rect',
          x: 13,
          y: 3,
          width: 14,
          height: 14,
          rx: 4,
          stroke: 'ink',
          fill: 'fill2',
          strokeWidth: 1.5,
        },
      ],
    });
  }
  if (alters.some((a) => a.actionTeam)) {
    legend.push({
      key: 'sociogram.actionTeam',
      label: t(locale, 'render.sociogram.legend.actionTeam'),
      sample: [
        { type: 'circle', cx: 20, cy: 10, r: 9, stroke: 'accent', fill: 'none', strokeWidth: 3 },
        { type: 'circle', cx: 20, cy: 10, r: 6, stroke: 'ink', fill: 'paper', strokeWidth: 1.5 },
      ],
    });
  }
  const used = new Set<SupportType>(glyphs.flatMap((g) => g.badges.map((b) => b.type)));
  for (const type of SUPPORT_TYPES) {
    if (!used.has(type)) continue;
    legend.push({
      key: `sociogram.support.${type}`,
      label: t(locale, 'render.sociogram.legend.support', {
        letter: t(locale, `supportLetter.${type}`),
        type: t(locale, `supportType.${type}`),
      }),
      sample: [
        { type: 'circle', cx: 20, cy: 10, r: 7, stroke: 'positive', fill: 'positive', strokeWidth: 1.2 },
        {
          type: 'text',
          x: 20,
          y: 10,
          text: t(locale, `supportLetter.${type}`),
          size: 9,
          anchor: 'middle',
          baseline: 'middle',
          weight: 'bold',
          fill: 'paper',
        },
      ],
    });
  }
  if (glyphs.some((g) => g.badges.some((b) => b.potential))) {
    legend.push({
      key: 'sociogram.potential',
      label: t(locale, 'render.sociogram.legend.potential'),
      sample: [
        {
          type: 'circle',
          cx: 20,
          cy: 10,
          r: 7,
          stroke: 'positive',
          fill: 'paper',
          strokeWidth: 1.2,
          dash: [2, 1.5],
        },
      ],
    });
  }
  if (glyphs.some((g) => g.reciprocal)) {
    legend.push({
      key: 'sociogram.reciprocal',
      label: t(locale, 'render.sociogram.legend.reciprocal'),
      sample: [
        { type: 'circle', cx: 20, cy: 10, r: 7, stroke: 'ink', fill: 'paper', strokeWidth: 1.2 },
        {
          type: 'path',
          d: 'M16 10 L24 10 M18 8 L16 10 L18 12 M22 8 L24 10 L22 12',
          stroke: 'ink',
          strokeWidth: 1.1,
          round: true,
        },
      ],
    });
  }
  if (hasAlterTies) {
    legend.push({
      key: 'sociogram.alterTie',
      label: t(locale, 'render.sociogram.legend.alterTie'),
      sample: [{ type: 'path', d: 'M4 10 L36 10', stroke: 'muted', strokeWidth: 1.5 }],
    });
  }
  return legend;
}
