/**
 * The fixed colours behind the scene's colour tokens, for print and screen.
 *
 * Chosen so a map stays readable in black and white and by colour-blind readers: the hues follow the
 * Okabe–Ito set, and meaning is never carried by colour alone (the layouts also use dashes, shapes and
 * labels). Every text colour reaches WCAG AA (4.5:1) on paper, and ink reaches it on every fill
 * (palette.test.ts checks this). The fills are Okabe–Ito hues set to distinct lightness (relative luminance 0.25–0.82), so they also
 * differ when printed in grey.
 */
import type { ColorToken } from './types.js';

/** A colour token that paints something (every {@link ColorToken} but `none`). */
export type PaintToken = Exclude<ColorToken, 'none'>;

/** The hex colour of each token, as the SVG writer and print use it (the editor's CSS defaults match). */
export const PALETTE: Readonly<Record<PaintToken, string>> = {
  ink: '#1a1a1a',
  muted: '#5c6068',
  paper: '#ffffff',
  accent: '#0068a8',
  positive: '#00735a',
  negative: '#b34000',
  ring: '#9aa0a8',
  sector: '#b8bdc4',
  fill1: '#e3ae39',
  fill2: '#9ccae4',
  fill3: '#1bbe91',
  fill4: '#f0ecba',
  fill5: '#1e91d1',
  fill6: '#e17d2e',
  fill7: '#e4c9d8',
  fill8: '#dddddd',
};

/** Tokens that may colour text (checked for contrast on paper). */
export const TEXT_TOKENS: readonly PaintToken[] = ['ink', 'muted', 'accent', 'positive', 'negative'];

/** The colour of a token, or `none`. */
export function resolveColor(token: ColorToken): string {
  return token === 'none' ? 'none' : PALETTE[token];
}
