import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shapeBounds } from './shape-bounds.js';

describe('shapeBounds', () => {
  it('reads every number pair of a path as a point, as the number pattern finds them', () => {
    const reference = (d: string) => {
      const numbers = d.match(/-?\d+(?:\.\d+)?(?:e-?\d+)?/g)?.map(Number) ?? [];
      let minX = Infinity;
      let minY = Infinity;
      let maxX = -Infinity;
      let maxY = -Infinity;
      for (let i = 0; i + 1 < numbers.length; i += 2) {
        minX = Math.min(minX, numbers[i]! - 0.5);
        minY = Math.min(minY, numbers[i + 1]! - 0.5);
        maxX = Math.max(maxX, numbers[i]! + 0.5);
        maxY = Math.max(maxY, numbers[i + 1]! + 0.5);
      }
      return minX === Infinity
        ? { x: 0, y: 0, width: 0, height: 0 }
        : { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
    };
    const token = fc.constantFrom(
      'M',
      'L',
      'Q',
      ' ',
      ',',
      '-',
      '.',
      'e',
      'e-',
      '0',
      '7',
      '12.5',
      '-3',
      '1e3',
      'Z',
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 30 }), (parts) => {
        const d = parts.join('');
        expect(shapeBounds([{ type: 'path', d, stroke: 'ink' }])).toEqual(reference(d));
      }),
    );
    expect(shapeBounds([{ type: 'path', d: 'M-1.5 2e1 L 3.25,-4', stroke: 'ink' }])).toEqual(
      reference('M-1.5 2e1 L 3.25,-4'),
    );
  });
});
