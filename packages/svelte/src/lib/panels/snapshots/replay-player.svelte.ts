/**
 * Plays a row of states (snapshots in date order, then now) one step at a time: play / pause, step back and
 * forward, first and last, and a speed. Playing stops by itself at the last state; pressing play there
 * starts again at the first. The player only counts: what a step shows is up to whoever draws it.
 */

/** The speeds offered: steps take 3 s at 1×. */
export const REPLAY_SPEEDS = [0.5, 1, 2] as const;
/** One of the speeds offered (a factor on the step's length). */
export type ReplaySpeed = (typeof REPLAY_SPEEDS)[number];
/** How long one step stays at 1×, in ms. */
export const STEP_MS = 3000;
/** How long the glide between two states takes at 1×, in ms (0 with reduced motion). */
export const GLIDE_MS = 900;

/** The replay's position, whether it plays, and its speed; reactive (Svelte 5 runes). */
export class ReplayPlayer {
  /** The state shown, from 0. */
  index = $state(0);
  /** Whether it steps by itself. */
  playing = $state(false);
  /** The speed chosen. */
  speed: ReplaySpeed = $state(1);
  #count: () => number;
  #timer: ReturnType<typeof setTimeout> | undefined;

  /** `count` is the number of states, read on every step (it may change while playing). */
  constructor(count: () => number) {
    this.#count = count;
  }

  /** How many states there are. */
  get count(): number {
    return this.#count();
  }

  /** The glide's length at this speed (0 when the user asked for reduced motion). */
  glideMs(reduced: boolean): number {
    return reduced ? 0 : GLIDE_MS / this.speed;
  }

  /** Shows state `index` (kept within the states). */
  go(index: number): void {
    this.index = Math.max(0, Math.min(this.count - 1, index));
    if (this.playing) this.#schedule();
  }

  /** Steps `delta` states forward (negative: back). */
  step(delta: number): void {
    this.go(this.index + delta);
  }

  /** Plays from here (from the first state when at the last). */
  play(): void {
    if (this.count < 2) return;
    if (this.index >= this.count - 1) this.index = 0;
    this.playing = true;
    this.#schedule();
  }

  /** Stops playing; the state shown stays. */
  pause(): void {
    this.playing = false;
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  /** Play or pause. */
  toggle(): void {
    if (this.playing) this.pause();
    else this.play();
  }

  /** Changes the speed (a step under way starts again at the new speed). */
  setSpeed(speed: ReplaySpeed): void {
    this.speed = speed;
    if (this.playing) this.#schedule();
  }

  #schedule(): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      if (this.index >= this.count - 1) return this.pause();
      this.index += 1;
      if (this.index >= this.count - 1) this.pause();
      else this.#schedule();
    }, STEP_MS / this.speed);
  }

  /** Stops the timer (when whoever shows the replay goes away). */
  destroy(): void {
    this.pause();
  }
}
