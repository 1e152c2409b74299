import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatNumber } from './number.js';

describe('formatNumber', () => {
  it.each([
    [0, '0'],
    [-0, '0'],
    [-0.004, '0'],
    [1, '1'],
    [1.5, '1.5'],
    [1.456, '1.46'],
    [-2.345678, '-2.35'],
    [10.1, '10.1'],
    [100.0, '100'],
    [0.1 + 0.2, '0.3'],
    [123456789.125, '123456789.13'],
    [1e-7, '0'],
    [1e300, '1000000000000000'],
    [Number.NaN, '0'],
    [Number.POSITIVE_INFINITY, '0'],
  ])('%s → %s', (value, expected) => {
    expect(formatNumber(value)).toBe(expected);
  });
});

describe('formatNumber, for any number', () => {
  it('reads back as the value rounded to hundredths, in plain decimal notation without trailing zeros', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true }), (value) => {
        const text = formatNumber(value);
        expect(text).toMatch(/^-?\d+(\.\d?[1-9])?$/);
        expect(text).not.toBe('-0');
        expect(Number(text)).toBeCloseTo(Math.round(value * 100) / 100, 6);
      }),
    );
  });
});
