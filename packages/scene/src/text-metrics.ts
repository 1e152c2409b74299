/**
 * Text width without a DOM, for the system font stack the SVG writer and the editor use
 * (`system-ui, "Segoe UI", Roboto, "DejaVu Sans", Arial, sans-serif`). Layouts use it to keep labels from
 * overlapping, so it must never run narrow: the per-character advances below are DejaVu Sans (measured in
 * Chromium, in thousandths of an em), the widest font of that stack; Segoe UI, Roboto and Arial come out
 * narrower, so real text always fits inside the estimated box.
 */

/** Advance widths of U+0020..U+007E in DejaVu Sans, regular, per 1000 em. */
// prettier-ignore
const REGULAR = [
  318, 401, 460, 838, 637, 951, 780, 275, 391, 391, 500, 838, 318, 361, 318, 337, 637, 637, 637,
  637, 637, 637, 637, 637, 637, 637, 337, 337, 838, 838, 838, 531, 1000, 685, 687, 699, 771, 632,
  576, 775, 752, 295, 295, 656, 558, 863, 749, 788, 604, 788, 695, 635, 611, 732, 685, 989, 686,
  611, 686, 391, 337, 391, 838, 500, 500, 613, 635, 550, 635, 616, 353, 635, 634, 278, 278, 580,
  278, 975, 634, 612, 635, 635, 412, 521, 393, 634, 592, 818, 592, 592, 525, 637, 337, 637, 838,
];
/** The same for DejaVu Sans Bold. */
// prettier-ignore
const BOLD = [
  349, 457, 521, 838, 696, 1002, 873, 307, 458, 458, 523, 838, 380, 416, 380, 366, 696, 696, 696,
  696, 696, 696, 696, 696, 696, 696, 400, 400, 838, 838, 838, 581, 1000, 774, 763, 734, 831, 684,
  684, 821, 837, 373, 373, 775, 638, 996, 837, 851, 733, 851, 771, 721, 683, 813, 774, 1104, 771,
  725, 726, 458, 366, 458, 838, 500, 500, 675, 716, 593, 716, 679, 436, 716, 712, 343, 343, 666,
  343, 1042, 712, 688, 716, 716, 494, 596, 479, 712, 652, 924, 646, 652, 583, 712, 366, 712, 838,
];

/** REGULAR and BOLD in em (each advance ÷ 1000 once, so a character costs one read: the same numbers). */
const REGULAR_EM = REGULAR.map((advance) => advance / 1000);
const BOLD_EM = BOLD.map((advance) => advance / 1000);

// East Asian wide, emoji and other symbols that render about 1em wide.
const FULL =
  /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]|\p{Extended_Pictographic}/u;
// Combining marks and zero-width characters (bidi marks, joiners) take no room.
const ZERO = /\p{M}|[\u200B-\u200F\u202A-\u202E\u2060-\u2064]/u;
const NARROW_EXTRA = /[ıìíîï]/u;

function advance(ch: string, table: number[]): number {
  const code = ch.codePointAt(0)!;
  if (code >= 32 && code < 127) return table[code - 32]!;
  // Below the combining marks (U+0300) only © and ® are pictographs and ı ì í î ï narrow: the rest (é, ñ, ·,
  // ß…) is answered without the Unicode-property expressions, whose first use compiles them (milliseconds
  // in a fresh process: a couple label's "·" hit it in the genogram's first layout).
  if (code < 0x300 && code !== 0xa9 && code !== 0xae) {
    if (code === 0x131 || (code >= 0xec && code <= 0xef)) return table[73]!;
    return table === BOLD_EM ? 0.72 : 0.66;
  }
  if (ZERO.test(ch)) return 0;
  if (FULL.test(ch)) return 1.0;
  if (NARROW_EXTRA.test(ch)) return table[73]!; // like 'i'
  // Other letters (é, ñ, ş, Cyrillic, Arabic…): as wide as a wide lower-case letter.
  return table === BOLD_EM ? 0.72 : 0.66;
}

/** Estimated advance width of `text` at font size `size`, in drawing units. */
export function textWidth(text: string, size: number, bold = false): number {
  const table = bold ? BOLD_EM : REGULAR_EM;
  let em = 0;
  // Printable ASCII straight from the table; anything else by code point (same advances, same order).
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 32 && code < 127) em += table[code - 32]!;
    else {
      const wide = code >= 0xd800 && code < 0xdc00 && i + 1 < text.length;
      const second = wide ? text.charCodeAt(i + 1) : 0;
      const pair = wide && second >= 0xdc00 && second < 0xe000;
      em += advance(pair ? text.slice(i, i + 2) : text[i]!, table);
      if (pair) i++;
    }
  }
  return em * size;
}

/**
 * textWidth(text, size) when `text` is non-empty printable ASCII with single spaces between words and none at
 * either end (the advances added in textWidth's order, so the same number), else -1: one pass for both.
 */
function singleSpacedWidth(text: string, size: number): number {
  if (text.length === 0 || text.charCodeAt(0) === 32 || text.charCodeAt(text.length - 1) === 32) return -1;
  let em = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 32 || code >= 127 || (code === 32 && text.charCodeAt(i + 1) === 32)) return -1;
    em += REGULAR_EM[code - 32]!;
  }
  return em * size;
}

/**
 * Breaks `text` into at most `maxLines` lines no wider than `maxWidth`; the last line is cut with an ellipsis
 * when the text does not fit. Words longer than a line are cut too.
 */
export function wrapText(text: string, size: number, maxWidth: number, maxLines = 2): string[] {
  // Most labels fit on one line: then every prefix fits too (advances are never negative), so the text is
  // its own one line, as the word loop below would find.
  if (maxLines >= 1) {
    const width = singleSpacedWidth(text, size);
    if (width >= 0 && width <= maxWidth) return [text];
  }
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
    // The longest prefix (at least one character) that fits with the ellipsis, by one scan: prefix widths
    // only grow, and add up in textWidth's order, so this is what dropping characters one by one gives.
    const ellipsis = textWidth('…', 1);
    let em = 0;
    let keep = 1;
    for (let k = 1; k <= chars.length; k++) {
      em += textWidth(chars[k - 1]!, 1);
      if ((em + ellipsis) * size > maxWidth) break;
      keep = k;
    }
    if (chars.length <= 1) keep = chars.length;
    line = chars.slice(0, keep).join('') + (needsEllipsis || keep < chars.length ? '…' : '');
    kept[i] = line;
  }
  return kept;
}
