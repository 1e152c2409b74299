/**
 * Text width without a DOM: an estimate for the system sans-serif stack the SVG writer uses
 * (`system-ui, "Segoe UI", Roboto, "DejaVu Sans", Arial, sans-serif`). Layouts use it to keep labels from
 * overlapping; it errs on the wide side so real text fits inside the estimated box.
 */
const NARROW = /[iljtfrI.,:;'|!()[\]{} ]/u;
const WIDE = /[MWmw@%]/u;
// East Asian wide, emoji and other symbols that render about 1em wide.
const FULL =
  /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]|\p{Extended_Pictographic}/u;

/** Estimated advance width of `text` at font size `size`, in drawing units. */
export function textWidth(text: string, size: number, bold = false): number {
  let em = 0;
  for (const ch of text) {
    if (FULL.test(ch)) em += 1.0;
    else if (NARROW.test(ch)) em += 0.32;
    else if (WIDE.test(ch)) em += 0.85;
    else if (ch >= 'A' && ch <= 'Z') em += 0.68;
    else em += 0.56;
  }
  return em * size * (bold ? 1.06 : 1);
}

/**
 * Breaks `text` into at most `maxLines` lines no wider than `maxWidth`; the last line is cut with an ellipsis
 * when the text does not fit. Words longer than a line are cut too.
 */
export function wrapText(text: string, size: number, maxWidth: number, maxLines = 2): string[] {
  const words = text.trim().split(/\s+/u).filter(Boolean);
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    const candidate = current ? `${current} ${word}` : word;
    if (textWidth(candidate, size) <= maxWidth || current === '') {
      current = candidate;
    } else {
      lines.push(current);
      current = word;
    }
  }
  if (current) lines.push(current);
  if (lines.length <= maxLines && lines.every((l) => textWidth(l, size) <= maxWidth)) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept.length - 1;
  for (let i = 0; i < kept.length; i++) {
    let line = kept[i]!;
    const needsEllipsis = i === last && (lines.length > maxLines || textWidth(line, size) > maxWidth);
    if (!needsEllipsis && textWidth(line, size) <= maxWidth) continue;
    const chars = Array.from(line);
    while (chars.length > 1 && textWidth(chars.join('') + '…', size) > maxWidth) chars.pop();
    line = chars.join('') + (needsEllipsis || chars.length < Array.from(kept[i]!).length ? '…' : '');
    kept[i] = line;
  }
  return kept;
}
