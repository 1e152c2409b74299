import { describe, expect, it } from 'vitest';
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
