/**
 * A thin drawing surface over pdf-lib: pages in points with y pointing down (as the scene's), real text in the
 * embedded DejaVu Sans subsets (text-runs.ts makes it safe and orders right-to-left runs), and scene-style paths.
 * Text is drawn with PDF text operators, so it stays findable and selectable; nothing is an image.
 */
import fontkit from '@pdf-lib/fontkit';
import {
  LineCapStyle,
  PDFDocument,
  TextRenderingMode,
  beginText,
  endText,
  popGraphicsState,
  pushGraphicsState,
  rgb,
  setCharacterSqueeze,
  setFillingRgbColor,
  setFontAndSize,
  setLineJoin,
  setLineWidth,
  setStrokingRgbColor,
  setTextMatrix,
  setTextRenderingMode,
  showText,
  LineJoinStyle,
  type PDFFont,
  type PDFName,
  type PDFHexString,
  type PDFPage,
  type RGB,
} from 'pdf-lib';
import { resolveColor, type ColorToken, type Style } from '@kring/scene';
import { cleanText, visualRuns, withFallback, type TextRun } from './text-runs.js';

/** The bytes of the two embedded fonts: DejaVu Sans and DejaVu Sans Bold (the widest font of the system stack). */
export interface ReportFonts {
  /** DejaVu Sans (DejaVuSans.ttf). */
  regular: Uint8Array;
  /** DejaVu Sans Bold (DejaVuSans-Bold.ttf). */
  bold: Uint8Array;
}

/** A4 upright, in points (width, height). */
export const A4_PORTRAIT: [number, number] = [595.28, 841.89];
/** A4 on its side, in points (width, height). */
export const A4_LANDSCAPE: [number, number] = [841.89, 595.28];

interface EmbeddedFont {
  pdf: PDFFont;
  has: (codePoint: number) => boolean;
}

export interface TextStyle {
  size: number;
  bold?: boolean;
  italic?: boolean;
  color?: ColorToken;
  /** Paper-coloured outline behind the letters (the scene's halo), its width in points. */
  halo?: number;
  /** Squeeze the letters horizontally (never stretch) so the text is at most this wide, in points. */
  maxWidth?: number;
}

/** Text ready to draw: its runs in visual order, the font that has its letters, and its width per point of size. */
interface Prepared {
  runs: TextRun[];
  encoded: PDFHexString[];
  font: EmbeddedFont;
  widthPerSize: number;
}

const ITALIC_SKEW = 0.2;

export function colorOf(token: ColorToken): RGB | undefined {
  const hex = resolveColor(token);
  if (hex === 'none') return undefined;
  const n = Number.parseInt(hex.slice(1), 16);
  return rgb(((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255);
}

export class PdfCanvas {
  readonly pdf: PDFDocument;
  page!: PDFPage;
  width = 0;
  height = 0;
  private readonly regular: EmbeddedFont;
  private readonly bold: EmbeddedFont;
  private readonly fontKeys = new Map<PDFPage, Map<PDFFont, PDFName>>();
  private readonly prepared = new Map<string, Prepared>();

  private constructor(pdf: PDFDocument, regular: EmbeddedFont, bold: EmbeddedFont) {
    this.pdf = pdf;
    this.regular = regular;
    this.bold = bold;
  }

  static async create(fonts: ReportFonts, title: string, language: string): Promise<PdfCanvas> {
    const pdf = await PDFDocument.create({ updateMetadata: false });
    pdf.registerFontkit(fontkit);
    // Fixed metadata: the same document and options give the same bytes (no dates, no producer version).
    pdf.setTitle(cleanText(title), { showInWindowTitleBar: true });
    pdf.setLanguage(language);
    pdf.setProducer('Kring');
    pdf.setCreator('Kring');
    const embed = async (bytes: Uint8Array): Promise<EmbeddedFont> => {
      const parsed = fontkit.create(bytes);
      return {
        pdf: await pdf.embedFont(bytes, { subset: true }),
        has: (cp) => parsed.hasGlyphForCodePoint(cp),
      };
    };
    return new PdfCanvas(pdf, await embed(fonts.regular), await embed(fonts.bold));
  }

  addPage(size: [number, number]): PDFPage {
    this.page = this.pdf.addPage(size);
    [this.width, this.height] = size;
    return this.page;
  }

  private prepare(text: string, bold: boolean): Prepared {
    const key = `${bold ? 'b' : 'r'}${text}`;
    let found = this.prepared.get(key);
    if (found) return found;
    const clean = cleanText(text);
    // Bold when the bold face has every letter the regular one has; otherwise the whole text in regular.
    let font = bold ? this.bold : this.regular;
    if (
      bold &&
      [...clean].some((ch) => !this.bold.has(ch.codePointAt(0)!) && this.regular.has(ch.codePointAt(0)!))
    )
      font = this.regular;
    const runs = visualRuns(withFallback(clean, font.has));
    let widthPerSize = 0;
    for (const run of runs) widthPerSize += font.pdf.widthOfTextAtSize(run.text, 1);
    found = { runs, encoded: runs.map((run) => font.pdf.encodeText(run.text)), font, widthPerSize };
    this.prepared.set(key, found);
    return found;
  }

  /** Width of `text` at `size` points as it will be drawn (before any squeeze). */
  measure(text: string, size: number, bold = false): number {
    return this.prepare(text, bold).widthPerSize * size;
  }

  private fontKey(font: PDFFont): PDFName {
    let keys = this.fontKeys.get(this.page);
    if (!keys) this.fontKeys.set(this.page, (keys = new Map()));
    let key = keys.get(font);
    if (!key) keys.set(font, (key = this.page.node.newFontDictionary('F', font.ref)));
    return key;
  }

  /**
   * Draws one line of text with its baseline at (x, y) (page points, y down), starting at x; returns the width
   * drawn. Nothing is drawn for empty text.
   */
  text(text: string, x: number, y: number, style: TextStyle): number {
    const prepared = this.prepare(text, style.bold === true);
    if (prepared.runs.length === 0) return 0;
    const natural = prepared.widthPerSize * style.size;
    const squeeze =
      style.maxWidth !== undefined && natural > style.maxWidth && natural > 0
        ? Math.max(0.3, style.maxWidth / natural)
        : 1;
    const key = this.fontKey(prepared.font.pdf);
    const encoded = prepared.encoded;
    const skew = style.italic ? ITALIC_SKEW : 0;
    const baseline = this.height - y;
    const fill = colorOf(style.color ?? 'ink') ?? rgb(0, 0, 0);
    const ops = [pushGraphicsState(), beginText(), setFontAndSize(key, style.size)];
    if (squeeze < 1) ops.push(setCharacterSqueeze(squeeze * 100));
    ops.push(setTextMatrix(1, 0, skew, 1, x, baseline));
    if (style.halo !== undefined && style.halo > 0) {
      const paper = colorOf('paper')!;
      ops.push(
        setTextRenderingMode(TextRenderingMode.Outline),
        setLineWidth(style.halo),
        setLineJoin(LineJoinStyle.Round),
        setStrokingRgbColor(paper.red, paper.green, paper.blue),
        ...encoded.map((hex) => showText(hex)),
        setTextMatrix(1, 0, skew, 1, x, baseline),
        setTextRenderingMode(TextRenderingMode.Fill),
      );
    }
    ops.push(
      setFillingRgbColor(fill.red, fill.green, fill.blue),
      ...encoded.map((hex) => showText(hex)),
      endText(),
      popGraphicsState(),
    );
    this.page.pushOperators(...ops);
    return natural * squeeze;
  }

  /**
   * Breaks `text` into lines no wider than `width` at `size` (words longer than a line are cut), measured with
   * the embedded font. Words are measured one by one: shaping never joins across a space, so a line is as wide
   * as its words and spaces.
   */
  wrap(text: string, size: number, width: number, bold = false): string[] {
    const lines: string[] = [];
    const space = this.measure(' ', size, bold);
    for (const paragraph of cleanLines(text)) {
      let current = '';
      let used = 0;
      for (const word of paragraph.split(/\s+/u).filter(Boolean)) {
        const w = this.measure(word, size, bold);
        if (current !== '' && used + space + w <= width) {
          current += ` ${word}`;
          used += space + w;
          continue;
        }
        if (current !== '') lines.push(current);
        current = word;
        used = w;
        // A word wider than the line is cut, character by character.
        while (used > width && [...current].length > 1) {
          const chars = [...current];
          let keep = 1;
          let kept = this.measure(chars[0]!, size, bold);
          for (let k = 1; k < chars.length; k++) {
            const next = kept + this.measure(chars[k]!, size, bold);
            if (next > width) break;
            kept = next;
            keep = k + 1;
          }
          lines.push(chars.slice(0, keep).join(''));
          current = chars.slice(keep).join('');
          used = this.measure(current, size, bold);
        }
      }
      if (current !== '') lines.push(current);
    }
    return lines;
  }

  /**
   * Draws a scene path (`d` in drawing units) with the scene's style; `x`, `y` is where the drawing's origin
   * lands on the page (points, y down) and `scale` the points per drawing unit.
   */
  path(d: string, style: Style, x: number, y: number, scale: number): void {
    const stroke = colorOf(style.stroke ?? 'ink');
    const fill = colorOf(style.fill ?? 'none');
    if (!stroke && !fill) return;
    const opacity = style.opacity === undefined ? 1 : Math.max(0, Math.min(1, style.opacity));
    const strokeWidth = style.strokeWidth ?? 1;
    this.page.drawSvgPath(d, {
      x,
      y: this.height - y,
      scale,
      ...(fill ? { color: fill, opacity } : {}),
      ...(stroke && strokeWidth > 0
        ? {
            borderColor: stroke,
            borderOpacity: opacity,
            borderWidth: strokeWidth,
            ...(style.dash && style.dash.length > 0 ? { borderDashArray: style.dash } : {}),
            ...(style.round ? { borderLineCap: LineCapStyle.Round } : {}),
          }
        : { borderWidth: 0 }),
    });
  }
}

/** The lines of a text that may hold line breaks (agreements, notes), each cleaned. */
function cleanLines(text: string): string[] {
  return text.split(/\r\n|[\n\r\u2028\u2029]/u).map((line) => cleanText(line).trim());
}
