/** The props of Shapes.svelte, exported by `@kring/svelte` as `SceneShapes`. */
import type { ColorToken, Shape } from '@kring/scene';

/** The props of `<SceneShapes>`: scene shapes drawn as SVG elements. */
export interface SceneShapesProps {
  /** The shapes to draw, in order (coordinates in drawing units, as the scene gives them). */
  shapes: readonly Shape[];
  /**
   * A colour token → a CSS colour. Default: the editor's CSS custom properties (`var(--kring-ink, #1a1a1a)`, …);
   * `resolveColor` of `@kring/scene` gives the fixed palette of the SVG export.
   */
  color?: (token: ColorToken) => string;
  /**
   * Which defaults a parent group already sets (`none`, default: every element says its own stroke and
   * fill; `lines`: the parent sets stroke ink and fill none; `text`: the parent sets fill ink, stroke none).
   */
  inherit?: 'none' | 'lines' | 'text';
  /** A class put on every element drawn. */
  class?: string | undefined;
  /** A transform put on every element drawn (e.g. `translate(10 0)`: the shapes drawn moved). */
  transform?: string | undefined;
}
