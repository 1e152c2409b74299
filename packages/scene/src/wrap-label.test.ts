import { describe, expect, it } from 'vitest';
import { textWidth } from './text-metrics.js';
import { wrapLabel } from './wrap-label.js';

describe('wrapLabel', () => {
  it('keeps short text on one line and wraps at spaces', () => {
    expect(wrapLabel('Noor', 12, 100, 2)).toEqual(['Noor']);
    expect(wrapLabel('Basisschool De Regenboog', 11, 90, 3)).toEqual(['Basisschool De', 'Regenboog']);
  });
  it('breaks a compound word that is wider than a line at a syllable, with a hyphen, instead of cutting it', () => {
    const lines = wrapLabel('Schuldhulpverlening gemeente', 11, 80, 3);
    expect(lines).toEqual(['Schuldhulp-', 'verlening', 'gemeente']);
    expect(wrapLabel('Huisartsenpraktijk', 11, 70, 3)).toEqual(['Huisartsen-', 'praktijk']);
    for (const line of lines) expect(textWidth(line, 11)).toBeLessThanOrEqual(80);
  });
  it('cuts with an ellipsis only when the broken text needs more lines than allowed', () => {
    const lines = wrapLabel('Schuldhulpverlening gemeente Eindhoven en omstreken', 11, 80, 2);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe('Schuldhulp-');
    expect(lines[1]!.endsWith('…')).toBe(true);
    expect(textWidth(lines[1]!, 11)).toBeLessThanOrEqual(80);
  });
  it('cuts a word without any syllable break hard, never wider than the line', () => {
    const lines = wrapLabel('Xxxxxxxxxxxxxxxxxxxxxxxx', 11, 60, 4);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(textWidth(line, 11)).toBeLessThanOrEqual(60);
  });
});

describe('wrapLabel syllables', () => {
  it('never splits a consonant pair that starts a syllable', () => {
    expect(wrapLabel('Huisartsenpraktijk', 11.5, 80, 3)).toEqual(['Huisartsen-', 'praktijk']);
    expect(wrapLabel('(weekendpleegzorg)', 11.5, 80, 3)[0]).not.toMatch(/p-$/u);
  });
});
