import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDocument } from './read-document.js';

const fixture = (path: string): string =>
  readFileSync(new URL(`../../fixtures/${path}`, import.meta.url), 'utf8');

describe('readDocument', () => {
  it('reads the minimal document and fills defaults', () => {
    const result = readDocument(fixture('valid/minimal.kring.json'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.document.options).toEqual({
      symbols: 'mcgoldrick',
      deathMark: 'x',
      rings: 3,
      sectors: 'default',
    });
    expect(result.document.ties).toEqual([]);
    expect(result.document.plan).toBeNull();
    expect(result.document.layouts).toEqual({});
    expect(result.warnings).toEqual([]);
  });
});
