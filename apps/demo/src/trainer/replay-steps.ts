/**
 * Trainer mode's replay of how the network changed: the snapshots by date, then the map now (core's
 * statesInOrder), each step drawn in the chosen view with the comparison overlay against the step before
 * (scene's comparisonMarks), its newcomers highlighted like a lesson step's new element, and the change in
 * practice words (core's describeComparison) as the story line. With initials, names are initials in the
 * picture and in the words.
 */
import {
  compareNetworks,
  describeComparison,
  statesInOrder,
  type Id,
  type KringDocument,
  type Locale,
  type TimedState,
} from '@kring/core';
import { comparisonMarks, displayName, type Scene, type Shape } from '@kring/scene';

export interface ReplayStep {
  scene: Scene;
  /** The step before, drawn (for the glide from the old places); none for the first. */
  previous?: Scene;
  marks: Shape[];
  /** Who joined at this step. */
  added: ReadonlySet<Id>;
  /** The changes in practice words. */
  lines: string[];
}

/** `doc` with initials for every name (the words of a comparison name people by the document's names). */
function withInitials(doc: KringDocument): KringDocument {
  return {
    ...doc,
    persons: doc.persons.map((p) => ({ ...p, name: displayName(p.name, true) })),
    organisations: doc.organisations.map((o) => ({ ...o, name: displayName(o.name, true) })),
  };
}

/** The states to replay (snapshots by date, then now), names as initials when `initials`. */
export function replayStates(doc: KringDocument, initials: boolean): TimedState[] {
  return statesInOrder(doc).map((s) => (initials ? { ...s, document: withInitials(s.document) } : s));
}

/** Step `index` of `states`, drawn by `draw` (undefined when the view cannot draw it). */
export function replayStep(
  states: readonly TimedState[],
  index: number,
  draw: (doc: KringDocument) => Scene | undefined,
  locale: Locale,
): ReplayStep | undefined {
  const at = states[index];
  const scene = at && draw(at.document);
  if (!scene) return undefined;
  const before = states[index - 1];
  const previous = before && draw(before.document);
  if (!before || !previous) return { scene, marks: [], added: new Set(), lines: [] };
  const comparison = compareNetworks(before.document, at.document);
  return {
    scene,
    previous,
    marks: comparisonMarks(scene, previous, {
      added: comparison.added,
      removed: comparison.removed,
      moved: comparison.ringChanged.map((c) => c.id),
    }),
    added: new Set(comparison.added),
    lines: describeComparison(comparison, before.document, at.document, locale).map((l) => l.text),
  };
}
