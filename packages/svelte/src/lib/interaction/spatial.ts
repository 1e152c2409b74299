/**
 * Spatial keyboard navigation between the symbols of the drawing: from one symbol, the arrow key's
 * direction picks the nearest symbol that lies that way. Pure (drawing units in, an id out), so node tests
 * check it without a browser.
 *
 * A candidate must lie ahead along the arrow's axis (its centre more than half a unit further); among those
 * the one with the smallest `ahead + 2 × aside` wins (distance along the axis plus twice the distance
 * across it), so a symbol straight ahead beats a nearer one far off to the side. Ties go to the earlier
 * symbol in the scene's order, so the answer is deterministic.
 */
import type { Id } from '@kring/core';

export type Direction = 'left' | 'right' | 'up' | 'down';

export interface Box {
  id: Id;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The symbol the arrow key `direction` goes to from `from`, or undefined when none lies that way. */
export function neighbour(boxes: readonly Box[], from: Id, direction: Direction): Id | undefined {
  const start = boxes.find((b) => b.id === from);
  if (!start) return undefined;
  const cx = start.x + start.width / 2;
  const cy = start.y + start.height / 2;
  let best: Id | undefined;
  let bestScore = Infinity;
  for (const b of boxes) {
    if (b.id === from) continue;
    const dx = b.x + b.width / 2 - cx;
    const dy = b.y + b.height / 2 - cy;
    const ahead = direction === 'right' ? dx : direction === 'left' ? -dx : direction === 'down' ? dy : -dy;
    const aside = direction === 'left' || direction === 'right' ? Math.abs(dy) : Math.abs(dx);
    if (ahead <= 0.5) continue;
    const score = ahead + 2 * aside;
    if (score < bestScore) {
      bestScore = score;
      best = b.id;
    }
  }
  return best;
}

/** The direction of an arrow key's name (`ArrowLeft` …), or undefined for any other key. */
export function directionOf(key: string): Direction | undefined {
  return key === 'ArrowLeft'
    ? 'left'
    : key === 'ArrowRight'
      ? 'right'
      : key === 'ArrowUp'
        ? 'up'
        : key === 'ArrowDown'
          ? 'down'
          : undefined;
}
