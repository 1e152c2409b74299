/**
 * The pointer gestures of the canvas as a framework-free state machine: a pure reducer
 * (`reduceGesture(state, event, context)` → the next state and the effects to carry out) and a small
 * controller around it in the shape of xyflow's `XYDrag` (`createGesture({ getContext, onEffect })` with
 * `pointerDown/Move/Up/Cancel`, `longPressElapsed`, `cancel` and `destroy`). No DOM, no Svelte: the canvas
 * hit-tests, converts coordinates and turns effects into verbs; node tests drive the reducer directly.
 *
 * Coordinates: `sx`/`sy` screen px inside the canvas, `x`/`y` drawing units.
 */
import type { Id } from '@kring/core';

export type Gesture =
  /** Pointer down on a node: becomes a drag once it moves past the threshold; held still, a long press. */
  | { kind: 'press'; ids: Id[]; hit: Id; sx: number; sy: number; x0: number; y0: number }
  | { kind: 'drag'; ids: Id[]; x0: number; y0: number; dx: number; dy: number }
  /** Screen px: the viewport pan at the start. */
  | { kind: 'pan'; sx: number; sy: number; vx: number; vy: number; moved: boolean }
  | { kind: 'box'; x0: number; y0: number; x1: number; y1: number; additive: boolean }
  /** Drawing a link from one symbol: a tie (ecogram, sociogram) or a relation (genogram). */
  | { kind: 'link'; from: Id; x: number; y: number };

/** Screen px a press must travel before it counts as a drag (a click otherwise). */
export const DRAG_THRESHOLD = 3;
/** How long (ms) a press held still opens the context menu (touch, and mouse alike). */
export const LONG_PRESS_MS = 550;

export interface PointerInput {
  /** Screen px inside the canvas. */
  sx: number;
  sy: number;
  /** Drawing units. */
  x: number;
  y: number;
  /** The node under the pointer (hit-tested by the caller). */
  hit?: Id;
  button?: number;
  shiftKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
}

export type GestureEvent =
  | ({ type: 'down' } & PointerInput)
  | ({ type: 'move' } & PointerInput)
  | ({ type: 'up' } & PointerInput)
  | { type: 'cancel' }
  | { type: 'longPress' };

/** What the reducer needs to know about the editor (read, never changed by the reducer). */
export interface GestureContext {
  readonly: boolean;
  /** Space held: every press pans. */
  spaceHeld: boolean;
  tool: 'pointer' | 'select' | 'connect' | 'place-person' | 'place-organisation';
  selection: readonly Id[];
  /** The viewport's translation at this moment (screen px). */
  viewport: { x: number; y: number };
  /** Tap-to-link: the symbol chosen first (a tap with the link tool, or the menu's "Link with…"). */
  linkFrom?: Id | null;
}

export type GestureEffect =
  | { type: 'select'; ids: Id[] }
  | { type: 'toggle'; id: Id }
  /** Pan the viewport to this translation. */
  | { type: 'pan'; x: number; y: number }
  /** A drag began or moved: show the preview. */
  | { type: 'dragPreview'; ids: Id[]; dx: number; dy: number; started: boolean }
  | { type: 'dragCommit'; ids: Id[]; dx: number; dy: number }
  | { type: 'dragCancel' }
  | { type: 'boxSelect'; x0: number; y0: number; x1: number; y1: number; additive: boolean }
  /** Drop of a link gesture on another symbol (or the second tap of tap-to-link). */
  | { type: 'link'; from: Id; to: Id }
  /** Tap-to-link: a tap (no drag) on a symbol with the link tool chose it; the next tap picks the other. */
  | { type: 'linkFrom'; id: Id }
  /** Tap-to-link given up: a tap on an empty spot. */
  | { type: 'linkCancel' }
  | { type: 'place'; kind: 'person' | 'organisation'; x: number; y: number }
  | { type: 'clearSelection' }
  /** A long press on a symbol: open the context menu for the selection there. */
  | { type: 'menu'; id: Id; sx: number; sy: number }
  /** Start (or stop) the long-press timer. */
  | { type: 'longPressTimer'; on: boolean };

export interface GestureStep {
  state: Gesture | null;
  effects: GestureEffect[];
}

const none = (state: Gesture | null): GestureStep => ({ state, effects: [] });

function down(e: PointerInput, ctx: GestureContext): GestureStep {
  if ((e.button ?? 0) !== 0) return none(null);
  const pan = (): GestureStep =>
    none({ kind: 'pan', sx: e.sx, sy: e.sy, vx: ctx.viewport.x, vy: ctx.viewport.y, moved: false });
  if (ctx.spaceHeld) return pan();
  const hit = e.hit;
  if (ctx.linkFrom != null && !ctx.readonly) {
    // Tap-to-link, second tap: on a symbol it links (on release, like a drop); elsewhere it gives up.
    if (hit === undefined) return { state: null, effects: [{ type: 'linkCancel' }] };
    return none({ kind: 'link', from: ctx.linkFrom, x: e.x, y: e.y });
  }
  if (hit !== undefined && !ctx.readonly && (e.altKey || ctx.tool === 'connect'))
    return none({ kind: 'link', from: hit, x: e.x, y: e.y });
  if (hit !== undefined) {
    const effects: GestureEffect[] = [];
    let selection = ctx.selection;
    if (e.shiftKey || e.ctrlKey || e.metaKey) {
      effects.push({ type: 'toggle', id: hit });
      selection = selection.includes(hit) ? selection.filter((s) => s !== hit) : [...selection, hit];
    } else if (!selection.includes(hit)) {
      effects.push({ type: 'select', ids: [hit] });
      selection = [hit];
    }
    const ids = selection.includes(hit) ? [...selection] : [hit];
    effects.push({ type: 'longPressTimer', on: true });
    return { state: { kind: 'press', ids, hit, sx: e.sx, sy: e.sy, x0: e.x, y0: e.y }, effects };
  }
  if (!ctx.readonly && (ctx.tool === 'place-person' || ctx.tool === 'place-organisation'))
    return {
      state: null,
      effects: [
        { type: 'place', kind: ctx.tool === 'place-person' ? 'person' : 'organisation', x: e.x, y: e.y },
      ],
    };
  if (e.shiftKey || ctx.tool === 'select')
    return none({
      kind: 'box',
      x0: e.x,
      y0: e.y,
      x1: e.x,
      y1: e.y,
      additive: e.ctrlKey === true || e.metaKey === true,
    });
  return pan();
}

function move(g: Gesture, e: PointerInput, ctx: GestureContext): GestureStep {
  switch (g.kind) {
    case 'press': {
      if (Math.hypot(e.sx - g.sx, e.sy - g.sy) < DRAG_THRESHOLD) return none(g);
      const off: GestureEffect = { type: 'longPressTimer', on: false };
      if (ctx.readonly) return { state: null, effects: [off] };
      const drag: Gesture = { kind: 'drag', ids: g.ids, x0: g.x0, y0: g.y0, dx: e.x - g.x0, dy: e.y - g.y0 };
      return {
        state: drag,
        effects: [off, { type: 'dragPreview', ids: g.ids, dx: drag.dx, dy: drag.dy, started: true }],
      };
    }
    case 'drag': {
      const next = { ...g, dx: e.x - g.x0, dy: e.y - g.y0 };
      return {
        state: next,
        effects: [{ type: 'dragPreview', ids: g.ids, dx: next.dx, dy: next.dy, started: false }],
      };
    }
    case 'pan': {
      const x = g.vx + e.sx - g.sx;
      const y = g.vy + e.sy - g.sy;
      const moved = g.moved || Math.hypot(e.sx - g.sx, e.sy - g.sy) >= 1;
      return { state: { ...g, moved }, effects: [{ type: 'pan', x, y }] };
    }
    case 'box':
      return none({ ...g, x1: e.x, y1: e.y });
    case 'link':
      return none({ ...g, x: e.x, y: e.y });
  }
}

function up(g: Gesture, e: PointerInput, ctx: GestureContext): GestureStep {
  switch (g.kind) {
    case 'press':
      return { state: null, effects: [{ type: 'longPressTimer', on: false }] };
    case 'drag':
      return { state: null, effects: [{ type: 'dragCommit', ids: g.ids, dx: g.dx, dy: g.dy }] };
    case 'box':
      return {
        state: null,
        effects: [{ type: 'boxSelect', x0: g.x0, y0: g.y0, x1: g.x1, y1: g.y1, additive: g.additive }],
      };
    case 'link':
      if (e.hit !== undefined && e.hit !== g.from)
        return { state: null, effects: [{ type: 'link', from: g.from, to: e.hit }] };
      // Released on the symbol it started from: a tap, which chooses it for tap-to-link (a second tap on
      // the same symbol gives up).
      if (e.hit === g.from)
        return {
          state: null,
          effects: [ctx.linkFrom === g.from ? { type: 'linkCancel' } : { type: 'linkFrom', id: g.from }],
        };
      return none(null);
    case 'pan':
      // A click on an empty spot (no pan) clears the selection.
      return !g.moved && !ctx.spaceHeld && ctx.selection.length > 0
        ? { state: null, effects: [{ type: 'clearSelection' }] }
        : none(null);
  }
}

/** The next gesture state and the effects of `event`. Pure: the same inputs give the same step. */
export function reduceGesture(state: Gesture | null, event: GestureEvent, ctx: GestureContext): GestureStep {
  switch (event.type) {
    case 'down': {
      const cancelled = state ? reduceGesture(state, { type: 'cancel' }, ctx).effects : [];
      const step = down(event, ctx);
      return { state: step.state, effects: [...cancelled, ...step.effects] };
    }
    case 'move':
      return state ? move(state, event, ctx) : none(null);
    case 'up':
      return state ? up(state, event, ctx) : none(null);
    case 'cancel':
      if (!state) return none(null);
      if (state.kind === 'drag') return { state: null, effects: [{ type: 'dragCancel' }] };
      if (state.kind === 'press') return { state: null, effects: [{ type: 'longPressTimer', on: false }] };
      return none(null);
    case 'longPress':
      return state?.kind === 'press'
        ? { state: null, effects: [{ type: 'menu', id: state.hit, sx: state.sx, sy: state.sy }] }
        : none(state);
  }
}

export interface GestureController {
  pointerDown(input: PointerInput): void;
  pointerMove(input: PointerInput): void;
  pointerUp(input: PointerInput): void;
  /** The long-press timer ran out (the caller owns the timer; see the `longPressTimer` effect). */
  longPressElapsed(): void;
  /** Escape or a lost pointer: drop the gesture. Returns whether there was one. */
  cancel(): boolean;
  readonly state: Gesture | null;
  destroy(): void;
}

/**
 * A gesture controller (xyflow `XYDrag` shape): feed it pointer input; it keeps the state and hands every
 * effect to `onEffect`; `onState` hears each new state (for the canvas to draw the box, draft line, drag).
 */
export function createGesture(options: {
  getContext: () => GestureContext;
  onEffect: (effect: GestureEffect) => void;
  onState?: (state: Gesture | null) => void;
}): GestureController {
  let state: Gesture | null = null;
  let live = true;
  const dispatch = (event: GestureEvent) => {
    if (!live) return;
    const step = reduceGesture(state, event, options.getContext());
    const changed = step.state !== state;
    state = step.state;
    if (changed) options.onState?.(state);
    for (const effect of step.effects) options.onEffect(effect);
  };
  return {
    pointerDown: (input) => dispatch({ type: 'down', ...input }),
    pointerMove: (input) => dispatch({ type: 'move', ...input }),
    pointerUp: (input) => dispatch({ type: 'up', ...input }),
    longPressElapsed: () => dispatch({ type: 'longPress' }),
    cancel: () => {
      const had = state !== null;
      dispatch({ type: 'cancel' });
      return had;
    },
    get state() {
      return state;
    },
    destroy: () => {
      live = false;
      state = null;
    },
  };
}
