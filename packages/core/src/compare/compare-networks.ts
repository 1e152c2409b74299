/**
 * What changed in the network around the client between two states of a map (two snapshots, a snapshot and
 * the live map, or two documents), by core's one rule (queries/alters-of-focus.ts; format.md "The network
 * around the client") and the insight definitions (insight/network-insight.ts; docs/insight.md):
 *
 * - **added** / **removed**: alters (persons and organisations) in one state and not in the other. An alter
 *   still in the document but without a home tie any more (a household member it was tied to moved out) is
 *   removed: it is no longer part of the network around the client.
 * - **ringChanged**: alters in both whose ring by the rule differs; `null` (no ring) counts as a value.
 * - **strengthChanged**: alters in both whose strongest home tie differs (`null`: no strength recorded).
 * - **supportChanged**: per alter in both, support type and side (`received`, `given`, `potential`, counted
 *   as insight counts them) where the alter gives, receives or could give it in one state and not the other.
 * - **figures**: the insight figures in both states (alters, informal, professional, the professionals'
 *   share in whole percent, reciprocal, and per support type the alters that give, receive or could).
 *
 * Every list is sorted by id (then by support type in the format's order and side), so the result does not
 * depend on the order of the documents' collections.
 */
import { SUPPORT_TYPES, type SupportType, type TieStrength } from '../model/enums.js';
import type { Id, KringDocument } from '../model/types.js';
import type { Alter } from '../queries/alters-of-focus.js';
import { networkInsight, strongestTie, type NetworkInsight } from '../insight/network-insight.js';

/** A value before and after. */
export interface FromTo<T> {
  from: T;
  to: T;
}

export interface RingChange {
  id: Id;
  from: number | null;
  to: number | null;
}

export interface StrengthChange {
  id: Id;
  from: TieStrength | null;
  to: TieStrength | null;
}

/** The three ways an alter counts for a support type in insight: gives it, receives it, could give it. */
export const SUPPORT_SIDES = ['received', 'given', 'potential'] as const;
export type SupportSide = (typeof SUPPORT_SIDES)[number];

export interface SupportChange {
  id: Id;
  type: SupportType;
  side: SupportSide;
  /** Whether the alter counted for this type and side before. */
  from: boolean;
  /** Whether it counts now. */
  to: boolean;
}

export interface ComparisonFigures {
  alters: FromTo<number>;
  informal: FromTo<number>;
  professional: FromTo<number>;
  /** Professionals among the alters in whole percent (rounded); null when there are no alters. */
  professionalShare: FromTo<number | null>;
  reciprocal: FromTo<number>;
  /** Per support type, the number of alters per side. */
  support: Record<SupportType, Record<SupportSide, FromTo<number>>>;
}

export interface NetworkComparison {
  added: Id[];
  removed: Id[];
  ringChanged: RingChange[];
  strengthChanged: StrengthChange[];
  supportChanged: SupportChange[];
  figures: ComparisonFigures;
  /** The alters of the earlier state, by id (for names and kinds of removed and changed alters). */
  before: ReadonlyMap<Id, Alter>;
  /** The alters of the later state, by id. */
  after: ReadonlyMap<Id, Alter>;
}

/** Ids in UTF-16 code unit order, the same on every machine (no locale collation). */
export const byId = (a: Id, b: Id): number => (a < b ? -1 : a > b ? 1 : 0);

const strengthOf = (alter: Alter): TieStrength | null => {
  const strength = strongestTie(alter);
  return strength === 0 ? null : (strength as TieStrength);
};

/** Percent, rounded to a whole number; null for an empty whole. */
const share = (part: number, whole: number): number | null =>
  whole === 0 ? null : Math.round((100 * part) / whole);

function sidesOf(insight: NetworkInsight, type: SupportType): Record<SupportSide, ReadonlySet<Id>> {
  const cell = insight.support[type];
  return { received: new Set(cell.received), given: new Set(cell.given), potential: new Set(cell.potential) };
}

/** The comparison of the network around the client in `before` and in `after` (see above). */
export function compareNetworks(before: KringDocument, after: KringDocument): NetworkComparison {
  const a = networkInsight(before);
  const b = networkInsight(after);
  const added = [...b.alterById.keys()].filter((id) => !a.alterById.has(id)).sort(byId);
  const removed = [...a.alterById.keys()].filter((id) => !b.alterById.has(id)).sort(byId);
  const both = [...b.alterById.keys()].filter((id) => a.alterById.has(id)).sort(byId);

  const ringChanged: RingChange[] = [];
  const strengthChanged: StrengthChange[] = [];
  for (const id of both) {
    const then = a.alterById.get(id)!;
    const now = b.alterById.get(id)!;
    if (then.ring !== now.ring) ringChanged.push({ id, from: then.ring, to: now.ring });
    const from = strengthOf(then);
    const to = strengthOf(now);
    if (from !== to) strengthChanged.push({ id, from, to });
  }

  const supportChanged: SupportChange[] = [];
  const support = {} as ComparisonFigures['support'];
  const sides = SUPPORT_TYPES.map((type) => [type, sidesOf(a, type), sidesOf(b, type)] as const);
  for (const [type, then, now] of sides) {
    const counts = {} as Record<SupportSide, FromTo<number>>;
    for (const side of SUPPORT_SIDES) counts[side] = { from: then[side].size, to: now[side].size };
    support[type] = counts;
  }
  for (const id of both)
    for (const [type, then, now] of sides)
      for (const side of SUPPORT_SIDES) {
        const from = then[side].has(id);
        const to = now[side].has(id);
        if (from !== to) supportChanged.push({ id, type, side, from, to });
      }

  return {
    added,
    removed,
    ringChanged,
    strengthChanged,
    supportChanged,
    figures: {
      alters: { from: a.alters.length, to: b.alters.length },
      informal: { from: a.informal.length, to: b.informal.length },
      professional: { from: a.professional.length, to: b.professional.length },
      professionalShare: {
        from: share(a.professional.length, a.alters.length),
        to: share(b.professional.length, b.alters.length),
      },
      reciprocal: { from: a.reciprocal.length, to: b.reciprocal.length },
      support,
    },
    before: a.alterById,
    after: b.alterById,
  };
}

/** Whether the comparison found any difference (in the alters or in any figure). */
export function hasDifferences(comparison: NetworkComparison): boolean {
  const { figures } = comparison;
  const differs = (pair: FromTo<unknown>) => pair.from !== pair.to;
  return (
    comparison.added.length > 0 ||
    comparison.removed.length > 0 ||
    comparison.ringChanged.length > 0 ||
    comparison.strengthChanged.length > 0 ||
    comparison.supportChanged.length > 0 ||
    differs(figures.alters) ||
    differs(figures.professional) ||
    differs(figures.reciprocal) ||
    SUPPORT_TYPES.some((type) => SUPPORT_SIDES.some((side) => differs(figures.support[type][side])))
  );
}
