import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { f } from './num.js';

describe('f', () => {
  it('writes what String writes of the number rounded to hundredths', () => {
    const reference = (n: number) => String(Math.round(n * 100) / 100);
    for (const n of [
      0,
      -0,
      0.004,
      -0.004,
      0.005,
      -0.005,
      1.1,
      -1.1,
      12.345,
      100,
      -100.5,
      1e16,
      NaN,
      Infinity,
    ])
      expect(f(n)).toBe(reference(n));
    fc.assert(fc.property(fc.double({ min: -1e7, max: 1e7, noNaN: true }), (n) => f(n) === reference(n)));
    fc.assert(fc.property(fc.integer({ min: -1e9, max: 1e9 }), (m) => f(m / 100) === reference(m / 100)));
  });
});
