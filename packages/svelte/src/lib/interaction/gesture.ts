/** The pointer gestures of the canvas, as a small state machine's states. Coordinates: drawing units unless noted. */
import type { Id } from '@kring/core';

export type Gesture =
  /** Pointer down on a node: becomes a drag once it moves past the threshold. */
  | { kind: 'press'; ids: Id[]; sx: number; sy: number; x0: number; y0: number }
  | { kind: 'drag'; ids: Id[]; x0: number; y0: number; dx: number; dy: number }
  /** Screen px: the viewport pan at the start. */
  | { kind: 'pan'; sx: number; sy: number; vx: number; vy: number }
  | { kind: 'box'; x0: number; y0: number; x1: number; y1: number; additive: boolean }
  | { kind: 'tie'; from: Id; x: number; y: number };

/** Screen px a press must travel before it counts as a drag (a click otherwise). */
export const DRAG_THRESHOLD = 3;
