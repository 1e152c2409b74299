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

/** A place where a hyphen may go: `at` inside the consonant run that starts at `start`. */
interface BreakPoint {
  start: number;
  at: number;
}

/**
 * Places inside a word (its characters) where a hyphen may go, by the Dutch syllable rule that also suits
 * English compounds well enough for labels: in a run of consonants between two vowels, the break goes before
 * the longest group at the end of the run that can start a syllable (`schuld|hulp|verlening`,
 * `huisartsen|praktijk`, `woning|stichting`, `dag|besteding`). In word order, before the rule that leaves at
 * least three letters on either side, which depends on where the rest of the word starts (see `latestFit`).
 */
function breakPoints(chars: readonly string[]): BreakPoint[] {
  const isConsonant = (c: string | undefined) => c !== undefined && LETTER.test(c) && !VOWEL.test(c);
  const points: BreakPoint[] = [];
  let i = 0;
  while (i < chars.length) {
    if (!isConsonant(chars[i]) || i === 0 || !VOWEL.test(chars[i - 1]!)) {
      i++;
      continue;
    }
    let end = i;
    while (isConsonant(chars[end])) end++;
    // chars[i..end) is a consonant run after a vowel; it must be followed by a vowel to be inside the word.
    if (end < chars.length && VOWEL.test(chars[end]!)) {
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
      points.push({ start: i, at });
    }
    i = end;
  }
  return points;
}

/**
 * The latest break of `points` (ascending) for the rest of a word that starts at `from` (of `length`
 * characters in all) with at most `fit` characters before the hyphen: its run must start inside the rest
 * (after its first character), and at least three letters stay on either side. -1 when there is none.
 */
function latestFit(points: readonly BreakPoint[], from: number, fit: number, length: number): number {
  let lo = 0;
  let hi = points.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (points[mid]!.at <= from + fit) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo - 1; k >= 0; k--) {
    const { start, at } = points[k]!;
    if (start <= from || at - from < 3) return -1;
    if (length - at >= 3) return at - from;
  }
  return -1;
}

/**
 * Splits a word wider than `width` into pieces that fit, with hyphens at syllable breaks (or hard cuts).
 * Linear in the length of the word: advances are measured once, and each piece is found by one scan from its
 * start (widths add up in the same order as textWidth's, so the pieces are exactly those of measuring every
 * candidate).
 */
function splitWord(word: string, size: number, width: number, bold: boolean): string[] {
  const chars = Array.from(word);
  const n = chars.length;
  // textWidth(c, 1) is the character's advance in em, exactly.
  const advances = chars.map((c) => textWidth(c, 1, bold));
  const hyphen = textWidth('-', 1, bold);
  const points = breakPoints(chars);
  const pieces: string[] = [];
  let from = 0;
  for (;;) {
    // The longest prefix of the rest that fits with a hyphen, and whether the rest is wider than a line.
    let em = 0;
    let fit = 0;
    let wide = false;
    for (let k = 1; from + k <= n; k++) {
      em += advances[from + k - 1]!;
      if ((em + hyphen) * size <= width) fit = k;
      if (em * size > width) {
        wide = true;
        break;
      }
    }
    if (!wide) break;
    const syllable = latestFit(points, from, fit, n);
    // No syllable break fits: cut as late as fits, at least two letters in.
    const at = syllable >= 0 ? syllable : Math.max(2, fit);
    if (at >= n - from) break;
    pieces.push(chars.slice(from, from + at).join('') + '-');
    from += at;
  }
  pieces.push(from === 0 ? word : chars.slice(from).join(''));
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
  // Too long even broken: keep the first lines and let wrapText cut the last with an ellipsis. The rest is
  // joined once (hyphenated pieces without their hyphen), not by repeated concatenation.
  const kept = lines.slice(0, maxLines - 1);
  const parts: string[] = [];
  for (const line of lines.slice(maxLines - 1)) {
    const last = parts.length - 1;
    if (last < 0) parts.push(line);
    else if (parts[last]!.endsWith('-')) {
      parts[last] = parts[last]!.slice(0, -1);
      parts.push(line);
    } else parts.push(' ', line);
  }
  return [...kept, wrapText(parts.join(''), size, width, 1)[0]!];
}
