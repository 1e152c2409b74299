/**
 * A small seeded pseudo-random source for synthetic test and benchmark data: the same seed gives the same
 * numbers on every machine. SplitMix32 spreads the seed over four words of state, then SFC32 (Chris Doty-Humphrey's
 * small fast counting generator) produces the numbers. Not for anything that needs to be unpredictable.
 */
export interface SeededRandom {
  /** A number in [0, 1). */
  next(): number;
  /** An integer in [lo, hi], both included. */
  int(lo: number, hi: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** An index into `weights`, each chosen in proportion to its weight. */
  weighted(weights: readonly number[]): number;
  /** One item of a non-empty list. */
  pick<T>(items: readonly T[]): T;
}

function splitMix32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

export function seededRandom(seed: number): SeededRandom {
  const spread = splitMix32(seed);
  let a = spread();
  let b = spread();
  let c = spread();
  let d = spread();
  const next = (): number => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + t) >>> 0;
    return t / 4294967296;
  };
  // Let the state mix before the first number is used.
  for (let i = 0; i < 12; i++) next();
  const random: SeededRandom = {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    chance: (p) => next() < p,
    weighted: (weights) => {
      let total = 0;
      for (const w of weights) total += w;
      let r = next() * total;
      for (let i = 0; i < weights.length; i++) {
        r -= weights[i]!;
        if (r < 0) return i;
      }
      return weights.length - 1;
    },
    pick: (items) => items[Math.floor(next() * items.length)]!,
  };
  return random;
}
