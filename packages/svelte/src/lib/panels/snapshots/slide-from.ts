/**
 * A Svelte action for replaying change: the element (a symbol's `<g>` in drawing units) glides from where
 * it stood in the previous state to where it stands now. `offset` is the previous place minus the current
 * one; a new offset object starts a new glide. Nothing moves when the offset is zero, the duration is 0
 * (prefers-reduced-motion) or the browser has no Web Animations.
 */
/** Where the element glides from, relative to where it is now, and how long it takes. */
export interface SlideOffset {
  /** The previous x minus the current x, in drawing units. */
  dx: number;
  /** The previous y minus the current y, in drawing units. */
  dy: number;
  /** Milliseconds; 0 for no motion. */
  duration: number;
}

/** The action: `use:slideFrom={offset}` on an SVG `<g>` (see above). */
export function slideFrom(element: Element, offset: SlideOffset | undefined) {
  let running: Animation | undefined;
  function start(next: SlideOffset | undefined) {
    running?.cancel();
    running = undefined;
    if (!next || next.duration <= 0 || (next.dx === 0 && next.dy === 0)) return;
    if (typeof element.animate !== 'function') return;
    running = element.animate(
      [{ transform: `translate(${next.dx}px, ${next.dy}px)` }, { transform: 'translate(0px, 0px)' }],
      { duration: next.duration, easing: 'ease-in-out' },
    );
  }
  start(offset);
  return {
    update: start,
    destroy: () => running?.cancel(),
  };
}
