import { describe, expect, it } from 'vitest';
import { PALETTE, TEXT_TOKENS, resolveColor, type PaintToken } from './palette.js';

/** WCAG 2 relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const fills = Object.keys(PALETTE).filter((k) => k.startsWith('fill')) as PaintToken[];

describe('palette', () => {
  it('measures contrast the WCAG way', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
  });

  it.each(TEXT_TOKENS)('text colour %s reaches AA (4.5:1) on paper', (token) => {
    expect(contrast(PALETTE[token], PALETTE.paper)).toBeGreaterThanOrEqual(4.5);
  });

  it.each(fills)('ink text reaches AA on %s', (token) => {
    expect(contrast(PALETTE.ink, PALETTE[token])).toBeGreaterThanOrEqual(4.5);
  });

  it('ring and sector strokes are visible on paper (3:1 for graphics is not required of light guides, but 1.5:1 is)', () => {
    expect(contrast(PALETTE.ring, PALETTE.paper)).toBeGreaterThanOrEqual(2.5);
    expect(contrast(PALETTE.sector, PALETTE.paper)).toBeGreaterThanOrEqual(1.8);
  });

  it('fills differ in grey: no two fills within 0.03 luminance of each other', () => {
    const values = fills.map((f) => luminance(PALETTE[f])).sort((a, b) => a - b);
    for (let i = 1; i < values.length; i++) expect(values[i]! - values[i - 1]!).toBeGreaterThan(0.03);
  });

  it('resolves none to none and tokens to hex', () => {
    expect(resolveColor('none')).toBe('none');
    expect(resolveColor('accent')).toMatch(/^#[0-9a-f]{6}$/);
  });
});
