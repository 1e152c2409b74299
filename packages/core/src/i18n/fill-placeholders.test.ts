import { describe, expect, it } from 'vitest';
import { ENUM_PREFIXES } from './fill-placeholders.js';
import { enumsEn } from './parts/enums.en.js';

describe('ENUM_PREFIXES', () => {
  it('are the prefixes of the enumeration labels, in the order of their table', () => {
    const prefixes = [...new Set(Object.keys(enumsEn).map((key) => key.split('.')[0]))];
    expect(ENUM_PREFIXES).toEqual(prefixes);
  });
});
