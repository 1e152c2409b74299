/**
 * Person symbols (docs/notation-spec.md §1.1–1.3): square, circle, dome (non-binary and self-described; a diamond
 * under NSGC), diamond with "?" (unknown), small diamond with a paw (pet); index person double outlined;
 * deceased crossed (X or one slash) with the age inside; legend-keyed quadrant fills for conditions;
 * pregnancy outcomes in the McGoldrick or NSGC glyphs.
 */
import { ageAt, birthStatusOf, lifeStatusOf } from '@kring/core';
import type { DeathMark, Gender, Person, SymbolSet } from '@kring/core';
import type { Shape, Style } from '@kring/scene';
import { line, outline, quadrant, r2, type Outline } from './geometry.js';
import type { LegendBook } from './legend-book.js';

export interface SymbolContext {
  symbols: SymbolSet;
  deathMark: DeathMark;
  referenceDate: string | undefined;
  legend: LegendBook;
}

const INK: Style = { stroke: 'ink', fill: 'none', strokeWidth: 1.6 };

export function genderOutline(gender: Gender, symbols: SymbolSet): Outline {
  if (gender === 'man') return 'square';
  if (gender === 'woman') return 'circle';
  if (gender === 'unknown') return 'diamond';
  return symbols === 'nsgc' ? 'diamond' : 'dome';
}

/**
 * The cross (one path of two strokes) or the slash over a deceased person's symbol, reaching just past its
 * corners: not as far as the years written above it (3 units past ran into their digits).
 */
function deathMark(mark: DeathMark, cx: number, cy: number, s: number): Shape {
  const h = s / 2 + 1;
  const style: Style = { stroke: 'ink', strokeWidth: 1.4 };
  if (mark === 'slash') return line(cx - h, cy + h, cx + h, cy - h, style);
  const [l, r, t, b] = [r2(cx - h), r2(cx + h), r2(cy - h), r2(cy + h)];
  return { type: 'path', d: `M ${l} ${t} L ${r} ${b} M ${r} ${t} L ${l} ${b}`, ...style };
}

function centreText(text: string, cx: number, cy: number, size: number, halo = false): Shape {
  return {
    type: 'text',
    x: r2(cx),
    y: r2(cy),
    text,
    size,
    anchor: 'middle',
    baseline: 'middle',
    fill: 'ink',
    halo,
  };
}

function paw(cx: number, cy: number): Shape[] {
  const dot = (x: number, y: number, r: number): Shape => ({
    type: 'circle',
    cx: r2(x),
    cy: r2(y),
    r,
    fill: 'ink',
  });
  return [
    dot(cx, cy + 3, 3.2),
    dot(cx - 4.6, cy - 1.5, 1.5),
    dot(cx - 1.6, cy - 4.5, 1.5),
    dot(cx + 1.6, cy - 4.5, 1.5),
    dot(cx + 4.6, cy - 1.5, 1.5),
  ];
}

function caption(text: string, cx: number, bottom: number): Shape {
  return { type: 'text', x: r2(cx), y: r2(bottom + 8), text, size: 9.5, anchor: 'middle', fill: 'ink' };
}

/** Shapes of one person's symbol; `size` from the measure pass, `top` its top edge. */
export function personSymbol(
  person: Person,
  cx: number,
  top: number,
  size: number,
  focus: boolean,
  ctx: SymbolContext,
): Shape[] {
  const cy = top + size / 2;
  const status = birthStatusOf(person);
  const nsgc = ctx.symbols === 'nsgc';
  const shapes: Shape[] = [];

  if (status !== 'live_birth' && !(status === 'stillbirth' || (nsgc && status === 'pregnancy'))) {
    ctx.legend.use(`birth.${status}`);
    if (!nsgc && status === 'miscarriage')
      return [{ type: 'circle', cx: r2(cx), cy: r2(cy), r: 6, fill: 'ink' }];
    if (!nsgc && status === 'abortion') {
      const h = size / 2 - 3;
      const style: Style = { stroke: 'ink', strokeWidth: 2 };
      return [line(cx - h, cy - h, cx + h, cy + h, style), line(cx + h, cy - h, cx - h, cy + h, style)];
    }
    shapes.push(outline('triangle', cx, cy, size, { ...INK, fill: 'paper' }));
    if (nsgc && status === 'abortion')
      shapes.push(
        line(cx - size / 2 - 2, cy + size / 2 + 2, cx + size / 2 + 2, cy - size / 2 - 2, {
          stroke: 'ink',
          strokeWidth: 1.4,
        }),
      );
    if (status === 'ectopic') shapes.push(caption('ECT', cx, top + size));
    return shapes;
  }

  const kind = genderOutline(person.gender, ctx.symbols);
  if (person.pet) ctx.legend.use('symbol.pet');
  else ctx.legend.use(`symbol.${person.gender === 'other' ? 'non_binary' : person.gender}`);
  // Without condition fills the paper fill and the ink outline are one shape (one SVG element fewer per
  // symbol: a genealogy of thousands draws thousands of symbols at once); with them, the fills lie between.
  const fills = status === 'live_birth' && (person.conditions?.length ?? 0) > 0;
  shapes.push(
    outline(kind, cx, cy, size, fills ? { fill: 'paper', stroke: 'none' } : { ...INK, fill: 'paper' }),
  );
  if (fills)
    for (const condition of person.conditions ?? []) {
      const style = ctx.legend.condition(condition.key, condition.label);
      shapes.push(
        quadrant(kind, style.quadrant, cx, cy, size * style.scale, {
          fill: style.fill,
          stroke: 'none',
          ...(condition.inRecovery ? { opacity: 0.45 } : {}),
        }),
      );
    }
  if (fills) shapes.push(outline(kind, cx, cy, size, INK));
  if (focus) {
    ctx.legend.use('index');
    shapes.push(outline(kind, cx, cy, size - 9, { ...INK, strokeWidth: 1.3 }));
  }

  const deceased = status === 'stillbirth' || lifeStatusOf(person) === 'deceased';
  if (person.pet) shapes.push(...paw(cx, cy));
  const age =
    status === 'live_birth' && !person.pet
      ? ageAt(person.birth, deceased ? person.death : ctx.referenceDate)
      : undefined;
  if (!person.pet && person.gender === 'unknown')
    shapes.push(centreText('?', cx, age === undefined ? cy : cy - 7, age === undefined ? size * 0.45 : 11));
  if (nsgc && status === 'pregnancy') shapes.push(centreText('P', cx, cy, size * 0.4));
  if (status === 'stillbirth') {
    ctx.legend.use('birth.stillbirth');
    shapes.push(deathMark(nsgc ? 'slash' : 'x', cx, cy, size));
    if (nsgc) shapes.push(caption('SB', cx, top + size));
    return shapes;
  }
  if (deceased) {
    ctx.legend.use(`deceased.${ctx.deathMark}`);
    shapes.push(deathMark(ctx.deathMark, cx, cy, size));
  }
  if (age !== undefined) {
    const dy = person.gender === 'unknown' ? 7 : kind === 'dome' ? 3 : 0;
    shapes.push(centreText(String(age), cx, cy + dy, person.gender === 'unknown' ? 10 : 12, deceased));
  }
  return shapes;
}
