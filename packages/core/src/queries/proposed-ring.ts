/**
 * The ring the editor proposes for a tie from its strength and frequency (docs/format.md, "The ring the
 * editor proposes"). The editor writes the proposal into the tie's `ring`, so the drawings, insight
 * figures and comparisons all see the same ring (altersOfFocus reads only stored rings).
 *
 * | strength    | ring           |   | frequency    | ring           |
 * | ----------- | -------------- | - | ------------ | -------------- |
 * | 3 strong    | 1              |   | daily        | 1              |
 * | 2 moderate  | 2              |   | weekly       | 2              |
 * | 1 weak      | outermost      |   | monthly      | 2              |
 * |             |                |   | few per year | 3              |
 * |             |                |   | rarely       | outermost      |
 *
 * With both set, the mean of the two, rounded towards the centre; with neither, no proposal (`null`).
 * The result always lies within `1..rings`.
 */
import type { Frequency, TieStrength } from '../model/enums.js';
import type { Tie } from '../model/types.js';

const BY_STRENGTH: Record<TieStrength, number | 'outer'> = { 3: 1, 2: 2, 1: 'outer' };
const BY_FREQUENCY: Record<Frequency, number | 'outer'> = {
  daily: 1,
  weekly: 2,
  monthly: 2,
  few_per_year: 3,
  rarely: 'outer',
};

/**
 * The ring the editor proposes for a tie from its strength and frequency: strong → 1, moderate → 2, weak →
 * the outermost ring; daily → 1, weekly and monthly → 2, a few times a year → 3, rarely → the outermost ring.
 * With both set, the mean of the two rounded towards the centre (strong but rarely seen: ring 2 of 3); with
 * neither, `null` (no proposal). The result always lies within `1..rings`.
 *
 * @param tie - The tie's strength and frequency.
 * @param rings - The document's number of rings (`options.rings`: 3 or 4).
 */
export function proposedRing(tie: Pick<Tie, 'strength' | 'frequency'>, rings: number): number | null {
  const resolve = (r: number | 'outer' | undefined) => (r === 'outer' ? rings : r);
  const s = resolve(tie.strength === undefined ? undefined : BY_STRENGTH[tie.strength]);
  const f = resolve(tie.frequency === undefined ? undefined : BY_FREQUENCY[tie.frequency]);
  const ring = s !== undefined && f !== undefined ? Math.floor((s + f) / 2) : (s ?? f);
  return ring === undefined ? null : Math.max(1, Math.min(rings, ring));
}

/**
 * Whether the tie's ring may follow the proposal when strength or frequency change: it is unset, or it
 * equals what was proposed before the change (the user did not choose another ring by hand).
 */
export function ringFollowsProposal(tie: Tie, rings: number): boolean {
  return tie.ring === undefined || tie.ring === proposedRing(tie, rings);
}
