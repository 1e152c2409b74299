import { describe, expect, it } from 'vitest';
import {
  createGesture,
  reduceGesture,
  type Gesture,
  type GestureContext,
  type GestureEffect,
  type GestureEvent,
} from './gesture.js';

const ctx = (over: Partial<GestureContext> = {}): GestureContext => ({
  readonly: false,
  spaceHeld: false,
  tool: 'pointer',
  selection: [],
  viewport: { x: 0, y: 0 },
  ...over,
});

const at = (sx: number, sy: number, extra: Record<string, unknown> = {}) => ({
  sx,
  sy,
  x: sx,
  y: sy,
  ...extra,
});

/** Runs events through the reducer; returns the final state and every effect. */
function run(events: GestureEvent[], context = ctx()) {
  let state: Gesture | null = null;
  const effects: GestureEffect[] = [];
  for (const e of events) {
    const step = reduceGesture(state, e, context);
    state = step.state;
    effects.push(...step.effects);
  }
  return { state, effects, types: effects.map((e) => e.type) };
}

describe('reduceGesture', () => {
  it('press on an unselected symbol selects it; a still release is a click', () => {
    const r = run([
      { type: 'down', ...at(10, 10, { hit: 'a' }) },
      { type: 'up', ...at(10, 10, { hit: 'a' }) },
    ]);
    expect(r.effects[0]).toEqual({ type: 'select', ids: ['a'] });
    expect(r.types).not.toContain('dragCommit');
    expect(r.state).toBeNull();
  });

  it('a press that moves past the threshold drags the selection and commits once on release', () => {
    const r = run(
      [
        { type: 'down', ...at(10, 10, { hit: 'a' }) },
        { type: 'move', ...at(11, 11) },
        { type: 'move', ...at(30, 20) },
        { type: 'move', ...at(40, 20) },
        { type: 'up', ...at(40, 20) },
      ],
      ctx({ selection: ['a', 'b'] }),
    );
    expect(r.types.filter((t) => t === 'dragCommit')).toHaveLength(1);
    expect(r.effects.at(-1)).toEqual({ type: 'dragCommit', ids: ['a', 'b'], dx: 30, dy: 10 });
    expect(r.types).not.toContain('select');
  });

  it('read-only: a press selects but never drags', () => {
    const r = run(
      [
        { type: 'down', ...at(0, 0, { hit: 'a' }) },
        { type: 'move', ...at(50, 0) },
        { type: 'up', ...at(50, 0) },
      ],
      ctx({ readonly: true }),
    );
    expect(r.types).toContain('select');
    expect(r.types).not.toContain('dragPreview');
    expect(r.types).not.toContain('dragCommit');
  });

  it('Shift or Ctrl toggles the symbol in the selection', () => {
    const r = run([{ type: 'down', ...at(0, 0, { hit: 'a', shiftKey: true }) }], ctx({ selection: ['a'] }));
    expect(r.effects[0]).toEqual({ type: 'toggle', id: 'a' });
  });

  it('cancel during a drag drops it without a commit', () => {
    const r = run([
      { type: 'down', ...at(0, 0, { hit: 'a' }) },
      { type: 'move', ...at(20, 0) },
      { type: 'cancel' },
      { type: 'up', ...at(20, 0) },
    ]);
    expect(r.types).toContain('dragCancel');
    expect(r.types).not.toContain('dragCommit');
  });

  it('empty spot: pans; a click without moving clears the selection', () => {
    const panned = run(
      [
        { type: 'down', ...at(0, 0) },
        { type: 'move', ...at(5, 7) },
        { type: 'up', ...at(5, 7) },
      ],
      ctx({ selection: ['a'] }),
    );
    expect(panned.effects).toContainEqual({ type: 'pan', x: 5, y: 7 });
    expect(panned.types).not.toContain('clearSelection');
    const clicked = run(
      [
        { type: 'down', ...at(0, 0) },
        { type: 'up', ...at(0, 0) },
      ],
      ctx({ selection: ['a'] }),
    );
    expect(clicked.types).toEqual(['clearSelection']);
  });

  it('Shift on an empty spot (or the select tool) draws a selection box', () => {
    const r = run([
      { type: 'down', ...at(0, 0, { shiftKey: true }) },
      { type: 'move', ...at(30, 40) },
      { type: 'up', ...at(30, 40) },
    ]);
    expect(r.effects).toEqual([{ type: 'boxSelect', x0: 0, y0: 0, x1: 30, y1: 40, additive: false }]);
  });

  it('Alt or the connect tool draws a link, dropped on another symbol', () => {
    const r = run([
      { type: 'down', ...at(0, 0, { hit: 'a', altKey: true }) },
      { type: 'move', ...at(50, 0) },
      { type: 'up', ...at(50, 0, { hit: 'b' }) },
    ]);
    expect(r.effects).toEqual([{ type: 'link', from: 'a', to: 'b' }]);
    const self = run(
      [
        { type: 'down', ...at(0, 0, { hit: 'a' }) },
        { type: 'up', ...at(0, 0, { hit: 'a' }) },
      ],
      ctx({ tool: 'connect' }),
    );
    // Released where it started: a tap, which chooses the symbol for tap-to-link (below).
    expect(self.effects).toEqual([{ type: 'linkFrom', id: 'a' }]);
    const ro = run([{ type: 'down', ...at(0, 0, { hit: 'a', altKey: true }) }], ctx({ readonly: true }));
    expect(ro.state?.kind).toBe('press');
  });

  it('a place tool places on an empty spot', () => {
    const r = run([{ type: 'down', ...at(3, 4) }], ctx({ tool: 'place-organisation' }));
    expect(r.effects).toEqual([{ type: 'place', kind: 'organisation', x: 3, y: 4 }]);
  });

  it('a long press on a symbol opens the menu; moving first does not', () => {
    const held = run([{ type: 'down', ...at(5, 6, { hit: 'a' }) }, { type: 'longPress' }]);
    expect(held.effects.at(-1)).toEqual({ type: 'menu', id: 'a', sx: 5, sy: 6 });
    expect(held.effects).toContainEqual({ type: 'longPressTimer', on: true });
    const dragged = run([
      { type: 'down', ...at(5, 6, { hit: 'a' }) },
      { type: 'move', ...at(25, 6) },
      { type: 'longPress' },
    ]);
    expect(dragged.types).not.toContain('menu');
  });

  it('ignores other buttons, and moves or releases without a gesture', () => {
    expect(run([{ type: 'down', ...at(0, 0, { hit: 'a', button: 2 }) }]).effects).toEqual([]);
    expect(
      run([
        { type: 'move', ...at(1, 1) },
        { type: 'up', ...at(1, 1) },
      ]).effects,
    ).toEqual([]);
  });

  it('space held: every press pans', () => {
    const r = run([{ type: 'down', ...at(0, 0, { hit: 'a' }) }], ctx({ spaceHeld: true }));
    expect(r.state?.kind).toBe('pan');
  });
});

describe('createGesture', () => {
  it('keeps the state, reports states and effects, and stops after destroy', () => {
    const effects: GestureEffect[] = [];
    const states: (string | null)[] = [];
    const g = createGesture({
      getContext: () => ctx(),
      onEffect: (e) => effects.push(e),
      onState: (s) => states.push(s?.kind ?? null),
    });
    g.pointerDown(at(0, 0, { hit: 'a' }));
    g.pointerMove(at(10, 0));
    expect(g.state?.kind).toBe('drag');
    expect(g.cancel()).toBe(true);
    expect(g.cancel()).toBe(false);
    g.destroy();
    g.pointerDown(at(0, 0, { hit: 'a' }));
    expect(states).toEqual(['press', 'drag', null]);
    expect(effects.map((e) => e.type)).toEqual([
      'select',
      'longPressTimer',
      'longPressTimer',
      'dragPreview',
      'dragCancel',
    ]);
  });
});

describe('tap-to-link', () => {
  it('a tap (no drag) on a symbol with the link tool chooses it; the next tap on another links the two', () => {
    const tool = ctx({ tool: 'connect' });
    const first = run(
      [
        { type: 'down', ...at(10, 10, { hit: 'a' }) },
        { type: 'up', ...at(10, 10, { hit: 'a' }) },
      ],
      tool,
    );
    expect(first.effects).toEqual([{ type: 'linkFrom', id: 'a' }]);
    const second = run(
      [
        { type: 'down', ...at(90, 40, { hit: 'b' }) },
        { type: 'up', ...at(90, 40, { hit: 'b' }) },
      ],
      ctx({ linkFrom: 'a' }),
    );
    expect(second.effects).toEqual([{ type: 'link', from: 'a', to: 'b' }]);
    expect(second.state).toBeNull();
  });

  it('a tap on an empty spot, or on the chosen symbol again, gives up', () => {
    expect(run([{ type: 'down', ...at(5, 5) }], ctx({ linkFrom: 'a' })).types).toEqual(['linkCancel']);
    const again = run(
      [
        { type: 'down', ...at(10, 10, { hit: 'a' }) },
        { type: 'up', ...at(10, 10, { hit: 'a' }) },
      ],
      ctx({ linkFrom: 'a' }),
    );
    expect(again.types).toEqual(['linkCancel']);
  });

  it('read-only: a chosen symbol links nothing', () => {
    const step = run(
      [
        { type: 'down', ...at(90, 40, { hit: 'b' }) },
        { type: 'up', ...at(90, 40, { hit: 'b' }) },
      ],
      ctx({ linkFrom: 'a', readonly: true }),
    );
    expect(step.types).not.toContain('link');
  });
});
