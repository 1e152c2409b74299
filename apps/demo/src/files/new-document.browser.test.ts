import { expect, test } from 'vitest';
import { isoDay, newDocument } from './new-document.js';

test("a new map's reference date is the day it is made (local calendar)", () => {
  const doc = newDocument('Samira', 'nl', 'p-focus', new Date(2026, 0, 5, 23, 30));
  expect(doc.referenceDate).toBe('2026-01-05');
  expect(doc.title).toContain('Samira');
  expect(newDocument('Samira', 'nl').referenceDate).toBe(isoDay(new Date()));
});
