import { expect, test } from 'vitest';
import { lifeYears } from './life-years.js';

test("a person's years: both, one, approximate, or none", () => {
  expect(lifeYears({ birth: '1819-05-24', death: '1901-01-22' })).toBe('1819–1901');
  expect(lifeYears({ birth: '~1950' })).toBe('~1950–');
  expect(lifeYears({ death: '1479' })).toBe('–1479');
  expect(lifeYears({})).toBeUndefined();
});
