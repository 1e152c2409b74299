import { describe, expect, it } from 'vitest';
import { offsetBetween, translatePath, translateShape, translateShapes } from './translate-shapes.js';

describe('translated shapes', () => {
  it('moves every x and y of path data, and nothing else (arc radii, rotation and flags stay)', () => {
    expect(translatePath('M 10 20 L 30.5 40 H 50 V 60 Z', 1.25, -2)).toBe(
      'M 11.25 18 L 31.75 38 H 51.25 V 58 Z',
    );
    expect(translatePath('M 0 0 A 5 6 0 1 0 10 20', 100, 200)).toBe('M 100 200 A 5 6 0 1 0 110 220');
    expect(translatePath('M 0 0 C 1 2 3 4 5 6 Q 7 8 9 10', 1, 1)).toBe('M 1 1 C 2 3 4 5 6 7 Q 8 9 10 11');
    // Repeated pairs after one command letter are points too.
    expect(translatePath('M 0 0 L 1 1 2 2', 1, 0)).toBe('M 1 0 L 2 1 3 2');
  });

  it('rounds to 1/100 of a unit, as the renderers write numbers', () => {
    expect(translatePath('M 0.1 0.2', 0.2, 0.1)).toBe('M 0.3 0.3');
    expect(translateShape({ type: 'rect', x: 0.1, y: 0.7, width: 3, height: 4 }, 0.2, 0.1)).toEqual({
      type: 'rect',
      x: 0.3,
      y: 0.8,
      width: 3,
      height: 4,
    });
  });

  it('refuses path data it does not write (relative commands, commas, no command first)', () => {
    expect(translatePath('m 0 0 l 1 1', 1, 1)).toBeUndefined();
    expect(translatePath('M0,0 L1,1', 1, 1)).toBeUndefined();
    expect(translatePath('10 20', 1, 1)).toBeUndefined();
    expect(translatePath('M 1  2', 1, 1)).toBeUndefined();
    expect(
      translateShapes(
        [
          { type: 'circle', cx: 0, cy: 0, r: 2 },
          { type: 'path', d: 'm 0 0' },
        ],
        1,
        1,
      ),
    ).toBeUndefined();
  });

  it('moves circles and texts by their anchor, keeping every other field', () => {
    expect(translateShape({ type: 'circle', cx: 1, cy: 2, r: 3, stroke: 'ink' }, 10, 20)).toEqual({
      type: 'circle',
      cx: 11,
      cy: 22,
      r: 3,
      stroke: 'ink',
    });
    expect(
      translateShape({ type: 'text', x: 1, y: 2, text: 'Anna', size: 12, anchor: 'middle' }, -1, -2),
    ).toEqual({ type: 'text', x: 0, y: 0, text: 'Anna', size: 12, anchor: 'middle' });
  });

  it('reads the offset between two versions of a shape from their first point', () => {
    expect(
      offsetBetween({ type: 'path', d: 'M 1 2 L 3 4' }, { type: 'path', d: 'M 11.5 2 L 13.5 4' }),
    ).toEqual({
      dx: 10.5,
      dy: 0,
    });
    expect(offsetBetween({ type: 'path', d: 'M 1 2' }, undefined)).toBeUndefined();
    expect(offsetBetween({ type: 'path', d: 'Z' }, { type: 'path', d: 'M 1 2' })).toBeUndefined();
  });
});
