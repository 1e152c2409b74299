import { textWidth, wrapText } from './text-metrics.js';

const VOWEL = /[aeiouyàáâäèéêëìíîïòóôöùúûü]/iu;
const LETTER = /\p{L}/u;
/** Consonant groups that start a syllable together in Dutch and English (`pr`, `st`, `sch`…): never split. */
const ONSETS = new Set([
  'sch',
  'schr',
  'str',
  'spr',
  'spl',
  'pr',
  'br',
  'tr',
  'dr',
  'kr',
  'gr',
  'fr',
  'vr',
  'wr',
  'pl',
  'bl',
  'kl',
  'gl',
  'fl',
  'vl',
  'sl',
  'ch',
  'st',
  'sp',
  'sk',
  'sm',
  'sn',
  'sw',
  'th',
]);

/**
 * Places inside `word` where a hyphen may go, by the Dutch syllable rule that also suits English compounds well
 * enough for labels: in a run of consonants between two vowels, the break goes before the longest group at the
 * end of the run that can start a syllable (`schuld|hulp|verlening`, `huisartsen|praktijk`, `woning|stichting`,
 * `dag|besteding`), never leaving fewer than three letters on either side. Latest first.
 */
function breakPoints(word: string): number[] {
  const chars = Array.from(word);
  const isConsonant = (c: string | undefined) => c !== undefined && LETTER.test(c) && !VOWEL.test(c);
  const points: number[] = [];
  let i = 0;
  while (i < chars.length) {
    if (!isConsonant(chars[i]) || i === 0 || !VOWEL.test(chars[i - 1]!)) {
      i++;
      continue;
    }
    let end = i;
    while (isConsonant(chars[end])) end++;
    // chars[i..end) is a consonant run after a vowel; it must be followed by a vowel to be inside the word.
    if (end < chars.length && VOWEL.test(chars[end]!) && end - i >= 1) {
      let at = end - 1;
      for (let len = Math.min(4, end - i); len >= 2; len--) {
        if (
          ONSETS.has(
            chars
              .slice(end - len, end)
              .join('')
              .toLowerCase(),
          )
        ) {
          at = end - len;
          break;
        }
      }
      if (at >= 3 && chars.length - at >= 3 && at > i - 1) points.push(at);
    }
    i = end;
  }
  return points.reverse();
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
