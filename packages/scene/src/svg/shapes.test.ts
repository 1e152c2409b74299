import { describe, expect, it } from 'vitest';
import { shapeToSvg } from './shapes.js';

describe('shapeToSvg', () => {
  it('writes a rect with defaults (ink stroke, no fill) and rounded numbers', () => {
    expect(shapeToSvg({ type: 'rect', x: 1.234, y: -0.001, width: 40, height: 40.005 })).toBe(
      '<rect x="1.23" y="0" width="40" height="40.01" stroke="#1a1a1a" fill="none"/>',
    );
  });

  it('writes every style attribute', () => {
    expect(
      shapeToSvg({
        type: 'circle',
        cx: 5,
        cy: 6,
        r: 7,
        stroke: 'negative',
        fill: 'fill2',
        strokeWidth: 2.5,
        dash: [0.1, 4],
        opacity: 0.5,
        round: true,
      }),
    ).toBe(
      '<circle cx="5" cy="6" r="7" stroke="#b34000" fill="#9ccae4" stroke-width="2.5" stroke-dasharray="0.1 4" opacity="0.5" stroke-linecap="round" stroke-linejoin="round"/>',
    );
  });

  it('clamps negative sizes to zero, which SVG would reject', () => {
    expect(shapeToSvg({ type: 'circle', cx: 0, cy: 0, r: -3, stroke: 'none' })).toBe(
      '<circle cx="0" cy="0" r="0" stroke="none" fill="none"/>',
    );
  });

  it('writes a path of numbers and absolute commands', () => {
    expect(shapeToSvg({ type: 'path', d: 'M0 0 L10 10 A5 5 0 0 1 20 20 Z', fill: 'accent' })).toBe(
      '<path d="M0 0 L10 10 A5 5 0 0 1 20 20 Z" stroke="#1a1a1a" fill="#0068a8"/>',
    );
  });

  it('drops a path whose d holds anything but commands and numbers', () => {
    expect(shapeToSvg({ type: 'path', d: 'M0 0" onload="alert(1)' })).toBe('');
    expect(shapeToSvg({ type: 'path', d: '' })).toBe('');
  });

  it('writes text escaped, with anchor, weight, style and a baseline shift for middle', () => {
    expect(
      shapeToSvg({
        type: 'text',
        x: 10,
        y: 20,
        text: 'A & <B>',
        size: 12,
        anchor: 'middle',
        baseline: 'middle',
        weight: 'bold',
        italic: true,
        fill: 'muted',
      }),
    ).toBe(
      '<text x="10" y="24.2" font-size="12" text-anchor="middle" font-weight="bold" font-style="italic" fill="#5c6068">A &amp; &lt;B&gt;</text>',
    );
  });

  it('writes a halo as a separate paper outline hidden from screen readers', () => {
    expect(shapeToSvg({ type: 'text', x: 0, y: 0, text: 'Ann', size: 16, halo: true })).toBe(
      '<text x="0" y="0" font-size="16" fill="none" stroke="#ffffff" stroke-width="4" stroke-linejoin="round" aria-hidden="true">Ann</text>' +
        '<text x="0" y="0" font-size="16" fill="#1a1a1a">Ann</text>',
    );
  });

  it('draws nothing for an unknown shape type', () => {
    expect(shapeToSvg({ type: 'ellipse' } as never)).toBe('');
  });
});
