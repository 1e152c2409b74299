/**
 * Rounds a coordinate for path strings (two decimals keep output stable and short): the same text as
 * `String(Math.round(n * 100) / 100)`, written from the integer number of hundredths. The quotient of that
 * integer by 100 is the double nearest to its exact decimal, so the shortest text that reads back as it is that
 * decimal (at most two fraction digits); large or odd values take String's own path.
 */
export function f(n: number): string {
  const m = Math.round(n * 100);
  if (!(Math.abs(m) < 1e15)) return String(m / 100);
  if (m === 0) return '0';
  const abs = Math.abs(m);
  const r = abs % 100;
  const whole = `${m < 0 ? '-' : ''}${(abs - r) / 100}`;
  if (r === 0) return whole;
  return r % 10 === 0 ? `${whole}.${r / 10}` : `${whole}.${r < 10 ? '0' : ''}${r}`;
}
