/**
 * A seeded linear congruential generator (the constants of Numerical Recipes, as d3-force's own lcg uses),
 * so the force simulation is deterministic: same seed, same sequence, on every machine.
 */
export function lcg(seed: number): () => number {
  const a = 1664525;
  const c = 1013904223;
  const m = 4294967296; // 2^32
  let s = seed >>> 0;
  return () => (s = (a * s + c) % m) / m;
}
