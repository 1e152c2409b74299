import { textWidth, wrapText } from './text-metrics.js';

const VOWEL = /[aeiouyàáâäèéêëìíîïòóôöùúûü]/iu;
const LETTER = /\p{L}/u;
/** Consonant pairs that start a syllable together (`pr`, `bl`, `ch`…), so they are never split. */
const ONSET = /^(?:[pbtdkgfvc][lr]|ch|ng)$/iu;

/**
 * Places inside `word` where a hyphen may go, by a plain syllable rule that suits Dutch and English compounds
 * well enough for labels: between two consonants that stand between vowels (`schuldhulp|verlening`,
 * `huisartsen|praktijk`) but not inside a pair that starts syllables (`p|r`, `c|h`), never leaving fewer than three letters on either side. Latest first.
 */
function breakPoints(word: string): number[] {
  const chars = Array.from(word);
  const points: number[] = [];
  for (let i = chars.length - 3; i >= 3; i--) {
    const before = chars[i - 1]!;
    const after = chars[i]!;
    if (!LETTER.test(before) || !LETTER.test(after)) continue;
    if (VOWEL.test(before) || VOWEL.test(after) || ONSET.test(before + after)) continue;
    const left = chars.slice(0, i).join('');
    const right = chars.slice(i).join('');
    if (!VOWEL.test(left) || !VOWEL.test(right)) continue;
    points.push(i);
  }
  return points;
}

/** Splits a word wider than `width` into pieces that fit, with hyphens at syllable breaks (or hard cuts). */
function splitWord(word: string, size: number, width: number, bold: boolean): string[] {
  const pieces: string[] = [];
  let rest = word;
  while (textWidth(rest, size, bold) > width) {
    const chars = Array.from(rest);
    const at =
      breakPoints(rest).find((i) => textWidth(chars.slice(0, i).join('') + '-', size, bold) <= width) ??
      // No syllable break fits: cut as late as fits, at least two letters in.
      Math.max(
        2,
        chars.findIndex((_, i) => textWidth(chars.slice(0, i + 1).join('') + '-', size, bold) > width),
      );
    if (at >= chars.length) break;
    pieces.push(chars.slice(0, at).join('') + '-');
    rest = chars.slice(at).join('');
  }
  pieces.push(rest);
  return pieces;
}

/**
 * Breaks a label into at most `maxLines` lines no wider than `width`, splitting words that are wider than a
 * line with a hyphen (so a long compound name like "Schuldhulpverlening" is broken, not cut); only text that
 * still does not fit in `maxLines` lines ends with an ellipsis.
 */
export function wrapLabel(
  text: string,
  size: number,
  width: number,
  maxLines: number,
  bold = false,
): string[] {
  const words = text
    .trim()
    .split(/\s+/u)
    .filter(Boolean)
    .flatMap((w) => (textWidth(w, size, bold) > width ? splitWord(w, size, width, bold) : [w]));
  const lines: string[] = [];
  for (const word of words) {
    const last = lines[lines.length - 1];
    // A hyphenated piece never joins the next piece on one line (it was split because they do not fit).
    if (last !== undefined && !last.endsWith('-') && textWidth(`${last} ${word}`, size, bold) <= width) {
      lines[lines.length - 1] = `${last} ${word}`;
    } else lines.push(word);
  }
  if (lines.length <= maxLines) return lines;
  // Too long even broken: keep the first lines and let wrapText cut the last with an ellipsis.
  const kept = lines.slice(0, maxLines - 1);
  const rest = lines
    .slice(maxLines - 1)
    .reduce((text, line) => (text.endsWith('-') ? text.slice(0, -1) + line : `${text} ${line}`));
  return [...kept, wrapText(rest, size, width, 1)[0]!];
}
