/**
 * Scene colour tokens → CSS: each token becomes a custom property with the export palette as its default,
 * so the editor on screen matches the SVG export unless a host themes it (`--kring-ink`, `--kring-paper`, …).
 */
import { PALETTE, type ColorToken, type PaintToken } from '@kring/scene';

/** `var(--kring-<token>, <palette colour>)`, or `none`. */
export function cssColor(token: ColorToken): string {
  return token === 'none' ? 'none' : `var(--kring-${token}, ${PALETTE[token]})`;
}

/**
 * The editor's own colours (its chrome: toolbar, panels, focus ring) a host may set as custom properties,
 * with their defaults. The editor reads every themable property with its default where it is used
 * (`var(--kring-ui-bg, #f4f5f7)`) and never sets one, so a host's value on the element or an ancestor wins.
 */
export const CHROME_DEFAULTS = {
  'ui-bg': '#f4f5f7',
  'ui-border': '#c5c9d0',
  focus: 'var(--kring-accent, #0068a8)',
} as const;

/** The default custom properties, for the docs and the root's style. */
export function defaultColorProperties(): string {
  return (Object.keys(PALETTE) as PaintToken[]).map((t) => `--kring-${t}: ${PALETTE[t]};`).join(' ');
}
