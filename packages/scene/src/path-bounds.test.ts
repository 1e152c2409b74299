import fc from 'fast-check';
import { svgPathBbox } from 'svg-path-bbox';
import { describe, expect, it } from 'vitest';
import { box, pathBox } from './path-bounds.js';
import { shapeBounds } from './shape-bounds.js';

/** The box of `d` as [minX, minY, maxX, maxY] (empty: all infinite). */
const boxOf = (d: string) => {
  pathBox(d);
  return [box.minX, box.minY, box.maxX, box.maxY];
};

const close = (actual: number[], expected: number[], digits = 9) => {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((v, i) => expect(v).toBeCloseTo(expected[i]!, digits));
};

describe('pathBox', () => {
  it("bounds a genogram condition's pie slice by its quarter of the symbol, not by the arc's numbers", () => {
    // Ria Bakker's slice (quadrant 1 of a 40-unit circle centred on (266, 202)), as the genogram draws it:
    // the arc's radii, rotation and flags are not points (they took her box to about (0, 0)).
    close(boxOf('M 266 202 L 246 202 A 20 20 0 0 1 266 182 Z'), [246, 182, 266, 202]);
    expect(
      shapeBounds([{ type: 'path', d: 'M 266 202 L 246 202 A 20 20 0 0 1 266 182 Z', fill: 'ink' }]),
    ).toEqual({ x: 245.5, y: 181.5, width: 21, height: 21 });
    // The other three quarters, clockwise.
    close(boxOf('M 100 50 L 100 30 A 20 20 0 0 1 120 50 Z'), [100, 30, 120, 50]);
    close(boxOf('M 100 50 L 120 50 A 20 20 0 0 1 100 70 Z'), [100, 50, 120, 70]);
    close(boxOf('M 100 50 L 100 70 A 20 20 0 0 1 80 50 Z'), [80, 50, 100, 70]);
  });

  it("bounds the genogram's dome by the top of its arc, which is none of its points", () => {
    // A dome of side 40 centred on (100, 50): its half circle reaches y = 30.
    close(boxOf('M 80 70 L 80 50 A 20 20 0 0 1 120 50 L 120 70 Z'), [80, 30, 120, 70]);
  });

  it("bounds a far mark's circle (two half arcs) by the circle", () => {
    close(boxOf('M 90 50 A 10 10 0 1 0 110 50 A 10 10 0 1 0 90 50 Z'), [90, 40, 110, 60]);
  });

  it('bounds a rotated ellipse arc by the extremes on its swept part only', () => {
    // The lower half of an ellipse with radii 20 and 10 about (0, 0), from (-20, 0) to (20, 0), counter-clockwise.
    close(boxOf('M -20 0 A 20 10 0 0 0 20 0'), [-20, 0, 20, 10]);
    // The same half the other way round is the upper half.
    close(boxOf('M -20 0 A 20 10 0 0 1 20 0'), [-20, -10, 20, 0]);
    // A circle of radius 10 about (0, 0) rotated by 45 degrees is still that circle; the large arc from (10, 0)
    // to (0, 10) goes round by the top and the left.
    close(boxOf('M 10 0 A 10 10 45 1 0 0 10'), [-10, -10, 10, 10]);
    // Radii too small for the chord are scaled up (SVG draws a half ellipse).
    close(boxOf('M 0 0 A 1 1 0 0 1 40 0'), [0, -20, 40, 0]);
    // Zero radii draw a line; an arc to its own start is left out.
    close(boxOf('M 0 0 A 0 5 0 0 1 40 10'), [0, 0, 40, 10]);
    close(boxOf('M 5 5 A 10 10 0 1 1 5 5'), [5, 5, 5, 5]);
  });

  it('bounds Bézier curves by where they turn, not by their control points', () => {
    // The ecogram's dome of half size 10 about (0, 0): its top lies at 0.75 × 13.3 = 9.975 above the middle.
    close(boxOf('M-10 10 L-10 0 C-10 -13.3 10 -13.3 10 0 L10 10 Z'), [-10, -9.975, 10, 10]);
    // A satellite tie's detour: the curve's middle is (p + 2c + q) / 4.
    close(boxOf('M0 0 Q50 40 100 0'), [0, 0, 100, 20]);
  });

  it('reads relative commands, shorthands, implicit repetition and compact numbers and flags', () => {
    close(boxOf('m10 10 5 5 h10 v-30 H0 V40 l1,1z'), [0, -15, 25, 41]);
    close(boxOf('M0 0 l10 0 z m5 5 l1 1'), [0, 0, 10, 6]);
    close(boxOf('M0,0c0-10 20-10 20 0s20 10 20 0'), [0, -7.5, 40, 7.5]);
    close(boxOf('M0 0q10-20 20 0t20 0'), [0, -10, 40, 10]);
    close(boxOf('M-5.5.5L1e1-2E+0'), [-5.5, -2, 10, 0.5]);
    close(boxOf('M0 0a10 10 0 0120 0'), [0, -10, 20, 0]);
    close(boxOf('M 0 0 A 10 10 0 0 1 20 0 10 10 0 0 1 40 0'), [0, -10, 40, 0]);
  });

  it('reads data in error up to the error, as SVG draws it', () => {
    expect(boxOf('')).toEqual([Infinity, Infinity, -Infinity, -Infinity]);
    expect(boxOf('L 10 10')).toEqual([Infinity, Infinity, -Infinity, -Infinity]);
    close(boxOf('M 1 2 L 3 4 L 5'), [1, 2, 3, 4]);
    close(boxOf('M 1 2 L 3 4 X 50 50'), [1, 2, 3, 4]);
    close(boxOf('M 1 2 A 5 5 0 2 1 40 40'), [1, 2, 1, 2]);
    close(boxOf('M 1 2 Z 7 7'), [1, 2, 1, 2]);
  });

  it('reads every number as Number() does, to the last bit (digits and a power of ten up to 15 digits)', () => {
    const digits = (max: number) =>
      fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 0, maxLength: max }).map((a) => a.join(''));
    const number = fc
      .tuple(
        fc.constantFrom('', '-', '+'),
        digits(12),
        digits(10),
        fc.option(fc.integer({ min: -30, max: 30 })),
      )
      .filter(([, whole, fraction]) => whole.length + fraction.length > 0)
      .map(
        ([sign, whole, fraction, exponent]) =>
          `${sign}${whole}${fraction ? `.${fraction}` : ''}${exponent === null ? '' : `e${exponent}`}`,
      );
    fc.assert(
      fc.property(number, fc.double({ noNaN: true, noDefaultInfinity: true }), (text, other) => {
        for (const written of [text, String(other)]) {
          pathBox(`M ${written} 0`);
          // An absolute point is 0 + the number (-0 becomes 0 there, as in SVG).
          expect(Object.is(box.minX, 0 + Number(written))).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
    pathBox('M 123456789012345.6 -9.87654321098765');
    expect([box.minX, box.minY]).toEqual([123456789012345.6, -9.87654321098765]);
  });

  it('agrees with svg-path-bbox on random paths of every command', () => {
    const n = fc.integer({ min: -100, max: 100 });
    const pos = fc.integer({ min: 1, max: 80 });
    const flag = fc.constantFrom(0, 1);
    const segment = fc.oneof(
      fc.tuple(fc.constantFrom('L', 'l', 'T', 't', 'M', 'm'), n, n).map(([c, x, y]) => `${c}${x} ${y}`),
      fc.tuple(fc.constantFrom('H', 'h', 'V', 'v'), n).map(([c, v]) => `${c}${v}`),
      fc.tuple(fc.constantFrom('C', 'c'), n, n, n, n, n, n).map(([c, ...v]) => `${c}${v.join(' ')}`),
      fc.tuple(fc.constantFrom('S', 's', 'Q', 'q'), n, n, n, n).map(([c, ...v]) => `${c}${v.join(' ')}`),
      fc
        .tuple(fc.constantFrom('A', 'a'), pos, pos, fc.integer({ min: -360, max: 360 }), flag, flag, n, n)
        .map(([c, ...v]) => `${c}${v.join(' ')}`),
      fc.constant('Z'),
    );
    fc.assert(
      fc.property(n, n, fc.array(segment, { maxLength: 8 }), (x, y, rest) => {
        // svgpath turns arcs into cubic curves before it reads shorthands, so it reflects an arc's control
        // point for an S or T after it (SVG takes the current point there): such paths are left out.
        fc.pre(!rest.some((s, i) => /^[Aa]/.test(s) && /^[SsTt]/.test(rest[i + 1] ?? '')));
        const d = `M${x} ${y} ${rest.join(' ')}`;
        // svgpath draws arcs as cubic curves, off the arc by up to 0.03 % of its radius: the tolerance is 0.1 %
        // of the box's size (a misread arc is off by its radii or more).
        const [x0, y0, x1, y1] = svgPathBbox(d);
        const tolerance = 1e-3 * Math.max(1, x1 - x0, y1 - y0);
        boxOf(d).forEach((v, i) => expect(Math.abs(v - [x0, y0, x1, y1][i]!)).toBeLessThan(tolerance));
      }),
      { numRuns: 500 },
    );
  });
});
