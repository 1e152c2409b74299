import { describe, expect, it } from 'vitest';
import { ageAt, comparePartialDates, parsePartialDate } from './partial-date.js';

describe('parsePartialDate', () => {
  it('reads year, month and day precision, with ~ for about', () => {
    expect(parsePartialDate('1950')).toEqual({ year: 1950, approximate: false });
    expect(parsePartialDate('~1950-03')).toEqual({ year: 1950, month: 3, approximate: true });
    expect(parsePartialDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29, approximate: false });
  });
  it('refuses anything else', () => {
    for (const bad of [
      '',
      '50',
      '1950-13',
      '2023-02-29',
      '1950-1-1',
      '1950/01/01',
      ' 1950',
      '1950-00',
      '~',
    ]) {
      expect(parsePartialDate(bad), bad).toBeUndefined();
    }
  });
});

describe('comparePartialDates', () => {
  it('compares on shared precision', () => {
    expect(comparePartialDates('1950', '1951')).toBe(-1);
    expect(comparePartialDates('1950', '1950-06-01')).toBe(0);
    expect(comparePartialDates('1950-07', '1950-06-01')).toBe(1);
    expect(comparePartialDates('~1950-06-02', '1950-06-01')).toBe(1);
  });
});

describe('ageAt', () => {
  it('counts whole years and respects the birthday', () => {
    expect(ageAt('2009-05-10', '2022-03-01')).toBe(12);
    expect(ageAt('2009-02-10', '2022-03-01')).toBe(13);
    expect(ageAt('1943', '2002')).toBe(59);
    expect(ageAt('2030', '2022')).toBeUndefined();
  });
});
