import type { Gender } from '@kring/core';
import type { Shape } from '@kring/scene';
import { f } from './num.js';

/** Half the size of a household member's symbol. */
export const MEMBER_HALF = 14;

/**
 * A person's gender shape (docs/notation-spec.md §1.1, editor defaults): man square, woman circle, non-binary and
 * self-described a dome, unknown a diamond. The focus gets a double outline.
 */
export function personSymbol(gender: Gender, cx: number, cy: number, focus: boolean): Shape[] {
  const h = MEMBER_HALF;
  const outline = (inset: number, fill: 'paper' | 'none'): Shape => {
    const s = h - inset;
    const style = {
      stroke: focus ? ('accent' as const) : ('ink' as const),
      fill,
      strokeWidth: focus ? 2 : 1.6,
    };
    switch (gender) {
      case 'man':
        return { type: 'rect', x: cx - s, y: cy - s, width: 2 * s, height: 2 * s, ...style };
      case 'woman':
        return { type: 'circle', cx, cy, r: s, ...style };
      case 'unknown':
        return {
          type: 'path',
          d: `M${f(cx)} ${f(cy - s - 2)} L${f(cx + s + 2)} ${f(cy)} L${f(cx)} ${f(cy + s + 2)} L${f(cx - s - 2)} ${f(cy)} Z`,
          ...style,
        };
      default:
        // Dome: square base, rounded top.
        return {
          type: 'path',
          d: `M${f(cx - s)} ${f(cy + s)} L${f(cx - s)} ${f(cy)} C${f(cx - s)} ${f(cy - 1.33 * s)} ${f(cx + s)} ${f(cy - 1.33 * s)} ${f(cx + s)} ${f(cy)} L${f(cx + s)} ${f(cy + s)} Z`,
          ...style,
        };
    }
  };
  return focus ? [outline(0, 'paper'), outline(4.5, 'none')] : [outline(0, 'paper')];
}
