/** Spatial navigation between symbols: the arrow's direction, straight ahead before off to the side. */
import { describe, expect, it } from 'vitest';
import { directionOf, neighbour, type Box } from './spatial.js';

const box = (id: string, x: number, y: number): Box => ({ id, x: x - 10, y: y - 10, width: 20, height: 20 });

//        n
//  w     c     e   far-e
//     sw    s
const boxes = [
  box('c', 100, 100),
  box('n', 100, 20),
  box('w', 20, 100),
  box('e', 180, 100),
  box('far-e', 400, 100),
  box('s', 130, 180),
  box('sw', 60, 170),
];

describe('neighbour', () => {
  it('goes to the nearest symbol in the arrow’s direction', () => {
    expect(neighbour(boxes, 'c', 'right')).toBe('e');
    expect(neighbour(boxes, 'c', 'left')).toBe('w');
    expect(neighbour(boxes, 'c', 'up')).toBe('n');
    expect(neighbour(boxes, 'e', 'right')).toBe('far-e');
  });

  it('prefers a symbol straight ahead to a nearer one off to the side', () => {
    // Down from c: s is 80 below and 30 aside (score 140), sw is 70 below and 40 aside (150).
    expect(neighbour(boxes, 'c', 'down')).toBe('s');
    // Right from w: c straight ahead (80) beats sw (40 ahead, 70 aside: 180).
    expect(neighbour(boxes, 'w', 'right')).toBe('c');
  });

  it('answers undefined at the edge and for an unknown start', () => {
    expect(neighbour(boxes, 'far-e', 'right')).toBeUndefined();
    expect(neighbour(boxes, 'n', 'up')).toBeUndefined();
    expect(neighbour(boxes, 'nobody', 'up')).toBeUndefined();
  });

  it('never goes sideways: a symbol level with the start is not "up" or "down"', () => {
    expect(neighbour([box('a', 0, 0), box('b', 50, 0)], 'a', 'down')).toBeUndefined();
  });

  it('breaks ties by the scene’s order', () => {
    const two = [box('a', 0, 0), box('b', 50, -20), box('c', 50, 20)];
    expect(neighbour(two, 'a', 'right')).toBe('b');
  });
});

describe('directionOf', () => {
  it('names the arrow keys and nothing else', () => {
    expect(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Enter'].map(directionOf)).toEqual([
      'left',
      'right',
      'up',
      'down',
      undefined,
    ]);
  });
});
