/** Rounds a coordinate for path strings (two decimals keep output stable and short). */
export function f(n: number): string {
  return String(Math.round(n * 100) / 100);
}
