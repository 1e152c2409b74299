/** Beyond this a coordinate is a layout bug; clamping keeps the output out of exponent notation. */
const LIMIT = 1e15;

/**
 * Numbers as the SVG writer prints them: rounded to 2 decimals, shortest form, never `-0`, never exponent
 * notation, so the same scene always gives the same bytes. Non-finite numbers (a layout bug) become 0 so the
 * file stays well-formed. Built from integers (hundredths), which is several times faster than printing a
 * fractional double: the writer formats every coordinate.
 */
export function formatNumber(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) <= LIMIT) return value === 0 ? '0' : `${value}`;
  if (!Number.isFinite(value)) return '0';
  const hundredths = Math.round(Math.max(-LIMIT, Math.min(LIMIT, value)) * 100);
  if (hundredths === 0) return '0';
  const sign = hundredths < 0 ? '-' : '';
  const abs = Math.abs(hundredths);
  const whole = Math.floor(abs / 100);
  const fraction = abs - whole * 100;
  if (fraction === 0) return `${sign}${whole}`;
  if (fraction < 10) return `${sign}${whole}.0${fraction}`;
  return `${sign}${whole}.${fraction % 10 === 0 ? fraction / 10 : fraction}`;
}
