/** A seeded source of random numbers (mulberry32), made by {@link createRandom}. */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max]. */
  int(min: number, max: number): number;
  /** One of `items` (which must not be empty), each equally likely. */
  pick<T>(items: readonly T[]): T;
  /** True with the given probability (0 never, 1 always). */
  chance(probability: number): boolean;
}

/**
 * mulberry32: a small, fast, seeded generator (tests and benchmarks must be reproducible): the same seed
 * gives the same sequence. Not for anything that needs unpredictability.
 */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => items[Math.floor(next() * items.length)]!,
    chance: (probability) => next() < probability,
  };
}
