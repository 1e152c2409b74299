/**
 * Plays a row of states (snapshots in date order, then now) one step at a time: play / pause, step back and
 * forward, first and last, and a speed. Playing stops by itself at the last state; pressing play there
 * starts again at the first. The player only counts: what a step shows is up to whoever draws it.
 */

/** The speeds offered: steps take 3 s at 1×. */
export const REPLAY_SPEEDS = [0.5, 1, 2] as const;
export type ReplaySpeed = (typeof REPLAY_SPEEDS)[number];
/** How long one step stays at 1×, in ms. */
export const STEP_MS = 3000;
/** How long the glide between two states takes at 1×, in ms (0 with reduced motion). */
export const GLIDE_MS = 900;

export class ReplayPlayer {
  index = $state(0);
  playing = $state(false);
  speed: ReplaySpeed = $state(1);
  #count: () => number;
  #timer: ReturnType<typeof setTimeout> | undefined;

  /** `count` is the number of states, read on every step (it may change while playing). */
  constructor(count: () => number) {
    this.#count = count;
  }

  get count(): number {
    return this.#count();
  }

  /** The glide's length at this speed (0 when the user asked for reduced motion). */
  glideMs(reduced: boolean): number {
    return reduced ? 0 : GLIDE_MS / this.speed;
  }

  go(index: number): void {
    this.index = Math.max(0, Math.min(this.count - 1, index));
    if (this.playing) this.#schedule();
  }

  step(delta: number): void {
    this.go(this.index + delta);
  }

  play(): void {
    if (this.count < 2) return;
    if (this.index >= this.count - 1) this.index = 0;
    this.playing = true;
    this.#schedule();
  }

  pause(): void {
    this.playing = false;
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  toggle(): void {
    if (this.playing) this.pause();
    else this.play();
  }

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

  destroy(): void {
    this.pause();
  }
}
