/**
 * User text on its way into the PDF: made safe, given a visible stand-in where the fonts have no glyph, and cut
 * into directional runs in visual (left-to-right drawing) order with the Unicode Bidirectional Algorithm.
 *
 * The PDF library shapes each run with the font's OpenType tables (Arabic joining forms) and, for a run in a
 * right-to-left script, returns its glyphs right to left, so a run is handed over in logical order; only a
 * right-to-left run without right-to-left letters (brackets, spaces between two Arabic words) is turned round
 * here. The text in the PDF stays the user's letters (its ToUnicode map points every glyph back at them), so it
 * can be found and selected.
 */
import bidiFactory from 'bidi-js';

const bidi = bidiFactory();

/** What the PDF shows for a character no embedded font can draw (emoji, Chinese, Devanagari, …): a white square. */
export const MISSING_GLYPH = '\u25A1';

/** C0 and C1 controls and other characters that are never drawn; tabs and line breaks become spaces first. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDFFF]/gu;
/** Format characters (bidi controls, joiners, soft hyphen…): they steer the algorithm, but take no glyph. */
const FORMAT = /\p{Cf}/u;
const RTL_LETTER = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;
const SPACE = /\s/u;

/** The text with line breaks and tabs as spaces, controls and lone surrogates dropped, in NFC. */
export function cleanText(text: string): string {
  return text
    .replace(/[\t\n\r\u2028\u2029]/gu, ' ')
    .replace(CONTROL, '')
    .normalize('NFC');
}

const segmenter = new Intl.Segmenter('und', { granularity: 'grapheme' });

/**
 * The text with every grapheme whose first character `hasGlyph` cannot draw replaced by MISSING_GLYPH (one square
 * for a whole emoji sequence or a letter with its marks), so nothing is left blank and nothing falls back to the
 * font's invisible .notdef.
 */
export function withFallback(text: string, hasGlyph: (codePoint: number) => boolean): string {
  let out = '';
  for (const { segment } of segmenter.segment(text)) {
    const first = segment.codePointAt(0)!;
    if (SPACE.test(segment) || FORMAT.test(String.fromCodePoint(first)) || hasGlyph(first)) out += segment;
    else out += MISSING_GLYPH;
  }
  return out;
}

/** One run of text in one direction; `text` is what the PDF library is given (see the module comment). */
export interface TextRun {
  /** The run's characters, as given to the PDF library. */
  text: string;
  /** True for a right-to-left run (Arabic, Hebrew). */
  rtl: boolean;
}

/**
 * The runs of one line of (clean) text in visual order. Format characters are dropped after the algorithm has
 * used them. A line with no right-to-left character is one run, unchanged.
 */
export function visualRuns(text: string): TextRun[] {
  if (text === '') return [];
  if (!/[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF\u200F\u202B\u202E\u2067]/u.test(text))
    return [{ text: stripFormat(text), rtl: false }];
  // The report's own language (Dutch, English) runs left to right, so every line does: an Arabic name in a
  // Dutch sentence keeps the sentence in its order.
  const { levels } = bidi.getEmbeddingLevels(text, 'ltr');
  // Runs of equal level, by code point (a surrogate pair shares its first unit's level).
  const runs: { level: number; chars: string[] }[] = [];
  for (let i = 0; i < text.length;) {
    const cp = text.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    const level = levels[i]!;
    const last = runs[runs.length - 1];
    if (last && last.level === level) last.chars.push(ch);
    else runs.push({ level, chars: [ch] });
    i += ch.length;
  }
  // Rule L2: from the highest level down to the lowest odd one, reverse every stretch of runs at that level or higher.
  const highest = Math.max(...runs.map((r) => r.level));
  const lowestOdd = Math.min(...runs.map((r) => (r.level % 2 === 1 ? r.level : Infinity)));
  for (let level = highest; level >= lowestOdd && Number.isFinite(lowestOdd); level--) {
    for (let i = 0; i < runs.length;) {
      if (runs[i]!.level < level) {
        i++;
        continue;
      }
      let j = i;
      while (j < runs.length && runs[j]!.level >= level) j++;
      const reversed = runs.slice(i, j).reverse();
      runs.splice(i, j - i, ...reversed);
      i = j;
    }
  }
  const out: TextRun[] = [];
  for (const run of runs) {
    const rtl = run.level % 2 === 1;
    let chars = run.chars.filter((ch) => !FORMAT.test(ch));
    if (chars.length === 0) continue;
    if (rtl) chars = chars.map((ch) => bidi.getMirroredCharacter(ch) ?? ch);
    // The library turns a run round only when it holds right-to-left letters; otherwise do it here.
    if (rtl && !chars.some((ch) => RTL_LETTER.test(ch))) chars = chars.reverse();
    out.push({ text: chars.join(''), rtl });
  }
  return out;
}

function stripFormat(text: string): string {
  return FORMAT.test(text) ? [...text].filter((ch) => !FORMAT.test(ch)).join('') : text;
}
