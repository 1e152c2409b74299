/**
 * Scene colour tokens → CSS: each token becomes a custom property with the export palette as its default,
 * so the editor on screen matches the SVG export unless a host themes it (`--kring-ink`, `--kring-paper`, …).
 */
import { PALETTE, type ColorToken, type PaintToken } from '@kring/scene';

/** `var(--kring-<token>, <palette colour>)`, or `none`. */
export function cssColor(token: ColorToken): string {
  return token === 'none' ? 'none' : `var(--kring-${token}, ${PALETTE[token]})`;
}

/** The default custom properties, for the docs and the root's style. */
export function defaultColorProperties(): string {
  return (Object.keys(PALETTE) as PaintToken[]).map((t) => `--kring-${t}: ${PALETTE[t]};`).join(' ');
}
