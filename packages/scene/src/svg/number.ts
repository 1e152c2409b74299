/** Beyond this a coordinate is a layout bug; clamping keeps `String()` out of exponent notation. */
const LIMIT = 1e15;

/**
 * Numbers as the SVG writer prints them: rounded to 2 decimals, shortest form, never `-0`, never exponent
 * notation, so the same scene always gives the same bytes. Non-finite numbers (a layout bug) become 0 so the
 * file stays well-formed.
 */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return '0';
  const clamped = Math.max(-LIMIT, Math.min(LIMIT, value));
  const rounded = Math.round(clamped * 100) / 100;
  return rounded === 0 ? '0' : String(rounded);
}
