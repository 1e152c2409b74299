/**
 * What the map shows for a comparison of two states that are not the live map (two snapshots, or a step of
 * a replay): the later state drawn in the current view, the comparison overlay over it (scene's
 * comparisonMarks: joined green, left grey dashed at the old place, an arrow for a ring change), the earlier
 * scene (for the glide from the old places) and the changes in practice words.
 */
import {
  compareNetworks,
  describeComparison,
  type ComparisonLine,
  type KringDocument,
  type Locale,
} from '@kring/core';
import { comparisonMarks, type Scene, type Shape } from '@kring/scene';

export interface ComparedPicture {
  /** The later state, drawn. */
  scene: Scene;
  /** The earlier state, drawn (undefined for a replay's first state: nothing to compare it with). */
  previous?: Scene;
  marks: Shape[];
  lines: ComparisonLine[];
}

/** `after` drawn by `render`, with what changed since `before` (none for no `before`). */
export function comparedPicture(
  before: KringDocument | undefined,
  after: KringDocument,
  render: (doc: KringDocument) => Scene,
  locale: Locale,
): ComparedPicture {
  const scene = render(after);
  if (!before) return { scene, marks: [], lines: [] };
  const previous = render(before);
  const comparison = compareNetworks(before, after);
  const marks = comparisonMarks(scene, previous, {
    added: comparison.added,
    removed: comparison.removed,
    moved: comparison.ringChanged.map((c) => c.id),
  });
  return { scene, previous, marks, lines: describeComparison(comparison, before, after, locale) };
}
