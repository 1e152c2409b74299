import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textWidth, wrapText } from './text-metrics.js';
import { wrapLabel } from './wrap-label.js';

describe('wrapLabel', () => {
  it('keeps short text on one line and wraps at spaces', () => {
    expect(wrapLabel('Noor', 12, 100, 2)).toEqual(['Noor']);
    expect(wrapLabel('Basisschool De Regenboog', 11, 90, 3)).toEqual(['Basisschool De', 'Regenboog']);
  });
  it('breaks a compound word that is wider than a line at a syllable, with a hyphen, instead of cutting it', () => {
    const lines = wrapLabel('Schuldhulpverlening gemeente', 11, 80, 3);
    expect(lines).toEqual(['Schuldhulp-', 'verlening', 'gemeente']);
    expect(wrapLabel('Huisartsenpraktijk', 11, 70, 3)).toEqual(['Huisartsen-', 'praktijk']);
    for (const line of lines) expect(textWidth(line, 11)).toBeLessThanOrEqual(80);
  });
  it('cuts with an ellipsis only when the broken text needs more lines than allowed', () => {
    const lines = wrapLabel('Schuldhulpverlening gemeente Eindhoven en omstreken', 11, 80, 2);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe('Schuldhulp-');
    expect(lines[1]!.endsWith('…')).toBe(true);
    expect(textWidth(lines[1]!, 11)).toBeLessThanOrEqual(80);
  });
  it('cuts a word without any syllable break hard, never wider than the line', () => {
    const lines = wrapLabel('Xxxxxxxxxxxxxxxxxxxxxxxx', 11, 60, 4);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(textWidth(line, 11)).toBeLessThanOrEqual(60);
  });
});

describe('wrapLabel syllables', () => {
  it('never splits a consonant pair that starts a syllable', () => {
    expect(wrapLabel('Huisartsenpraktijk', 11.5, 80, 3)).toEqual(['Huisartsen-', 'praktijk']);
    expect(wrapLabel('(weekendpleegzorg)', 11.5, 80, 3)[0]).not.toMatch(/p-$/u);
  });
});

/**
 * The wrapper as it was before it became linear: every candidate break measured from scratch (about n³ for
 * a long word without spaces). Kept as the reference the linear one must match exactly.
 */
function referenceWrapLabel(text: string, size: number, width: number, maxLines: number, bold = false) {
  const vowel = /[aeiouyàáâäèéêëìíîïòóôöùúûü]/iu;
  const letter = /\p{L}/u;
  const onsets = new Set(
    'sch schr str spr spl pr br tr dr kr gr fr vr wr pl bl kl gl fl vl sl ch st sp sk sm sn sw th'.split(' '),
  );
  const breakPoints = (word: string): number[] => {
    const chars = Array.from(word);
    const isConsonant = (c: string | undefined) => c !== undefined && letter.test(c) && !vowel.test(c);
    const points: number[] = [];
    let i = 0;
    while (i < chars.length) {
      if (!isConsonant(chars[i]) || i === 0 || !vowel.test(chars[i - 1]!)) {
        i++;
        continue;
      }
      let end = i;
      while (isConsonant(chars[end])) end++;
      if (end < chars.length && vowel.test(chars[end]!)) {
        let at = end - 1;
        for (let len = Math.min(4, end - i); len >= 2; len--)
          if (
            onsets.has(
              chars
                .slice(end - len, end)
                .join('')
                .toLowerCase(),
            )
          ) {
            at = end - len;
            break;
          }
        if (at >= 3 && chars.length - at >= 3) points.push(at);
      }
      i = end;
    }
    return points.reverse();
  };
  const splitWord = (word: string): string[] => {
    const pieces: string[] = [];
    let rest = word;
    while (textWidth(rest, size, bold) > width) {
      const chars = Array.from(rest);
      const at =
        breakPoints(rest).find((i) => textWidth(chars.slice(0, i).join('') + '-', size, bold) <= width) ??
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
  };
  const words = text
    .trim()
    .split(/\s+/u)
    .filter(Boolean)
    .flatMap((w) => (textWidth(w, size, bold) > width ? splitWord(w) : [w]));
  const lines: string[] = [];
  for (const word of words) {
    const last = lines[lines.length - 1];
    if (last !== undefined && !last.endsWith('-') && textWidth(`${last} ${word}`, size, bold) <= width)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  if (lines.length <= maxLines) return lines;
  const rest = lines
    .slice(maxLines - 1)
    .reduce((all, line) => (all.endsWith('-') ? all.slice(0, -1) + line : `${all} ${line}`));
  return [...lines.slice(0, maxLines - 1), referenceWrapText(rest, size, width, 1)[0]!];
}

/** text-metrics' wrapText as it was: the ellipsis found by dropping one character at a time. */
function referenceWrapText(text: string, size: number, maxWidth: number, maxLines: number): string[] {
  const words = text.trim().split(/\s+/u).filter(Boolean);
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    const candidate = current ? `${current} ${word}` : word;
    if (textWidth(candidate, size) <= maxWidth || current === '') current = candidate;
    else {
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

describe('wrapLabel is linear and gives the same lines as measuring every candidate', () => {
  const piece = fc.constantFrom(
    ...'aeiouybcdfghjklmnpqrstvwxzéëüSCHTPRW-()😀中'.split(''),
    'sch',
    'str',
    'pr',
    'st',
    'ng',
    'ij',
    ' ',
  );
  it('matches the reference on random names (seeded)', () => {
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 60 }).map((parts) => parts.join('')),
        fc.integer({ min: 8, max: 14 }),
        fc.integer({ min: 30, max: 160 }),
        fc.integer({ min: 1, max: 4 }),
        fc.boolean(),
        (text, size, width, maxLines, bold) => {
          expect(wrapLabel(text, size, width, maxLines, bold)).toEqual(
            referenceWrapLabel(text, size, width, maxLines, bold),
          );
          expect(wrapText(text, size, width, maxLines)).toEqual(
            referenceWrapText(text, size, width, maxLines),
          );
        },
      ),
      { seed: 9, numRuns: 1500 },
    );
  });

  it('wraps a 10,000-character word into the allowed lines, each within the width (timed in bench/)', () => {
    const word = 'Schuldhulpverleningsstichting'.repeat(400).slice(0, 10_000);
    const lines = wrapLabel(word, 11, 80, 3);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe('Schuldhulp-');
    expect(lines[2]!.endsWith('…')).toBe(true);
    for (const line of lines) expect(textWidth(line, 11)).toBeLessThanOrEqual(80);
    // The same on the part the reference can still do in a test's time.
    const short = word.slice(0, 400);
    expect(wrapLabel(short, 11, 80, 3)).toEqual(referenceWrapLabel(short, 11, 80, 3));
  });
});
