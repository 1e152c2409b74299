/**
 * Person labels: birth year above-left, death year above-right of the symbol (the descent line passes
 * between them), the name below the couple lines (two lines at most), then occupation and location in a
 * smaller line. Without `years` (pseudonymised output) no years are drawn.
 */
import { parsePartialDate } from '@kring/core';
import type { Person } from '@kring/core';
import type { Shape } from '@kring/scene';
import { DETAIL_SIZE, NAME_LINE, NAME_SIZE, YEAR_SIZE } from '../model/metrics.js';
import type { PersonMeasure } from '../passes/measure.js';
import { r2 } from './geometry.js';

function yearText(date: string | undefined): string | undefined {
  if (date === undefined) return undefined;
  const d = parsePartialDate(date);
  return d ? `${d.approximate ? '~' : ''}${d.year}` : undefined;
}

export function personLabels(
  person: Person,
  measure: PersonMeasure,
  cx: number,
  top: number,
  labelTop: number,
  years = true,
): Shape[] {
  const shapes: Shape[] = [];
  const born = years ? yearText(person.birth) : undefined;
  const died = years ? yearText(person.death) : undefined;
  if (born)
    shapes.push({
      type: 'text',
      x: r2(cx - 3),
      y: r2(top - 4),
      text: born,
      size: YEAR_SIZE,
      anchor: 'end',
      fill: 'muted',
    });
  if (died)
    shapes.push({
      type: 'text',
      x: r2(cx + 3),
      y: r2(top - 4),
      text: died,
      size: YEAR_SIZE,
      anchor: 'start',
      fill: 'muted',
    });
  let y = labelTop;
  for (const text of measure.nameLines) {
    shapes.push({
      type: 'text',
      x: r2(cx),
      y: r2(y),
      text,
      size: NAME_SIZE,
      anchor: 'middle',
      baseline: 'hanging',
      fill: 'ink',
    });
    y += NAME_LINE;
  }
  if (measure.detail) {
    shapes.push({
      type: 'text',
      x: r2(cx),
      y: r2(y),
      text: measure.detail,
      size: DETAIL_SIZE,
      anchor: 'middle',
      baseline: 'hanging',
      fill: 'muted',
      italic: true,
    });
  }
  return shapes;
}
