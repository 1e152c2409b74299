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
  /** The value in the earlier state. */
  from: T;
  /** The value in the later state. */
  to: T;
}

/** An alter whose ring (by the network rule: its tie with the focus first) differs between the two states. */
export interface RingChange {
  /** The alter: a person or organisation. */
  id: Id;
  /** Its ring before, 1 = closest; `null` when it had none. */
  from: number | null;
  /** Its ring now; `null` when it has none. */
  to: number | null;
}

/** An alter whose strongest home tie differs in strength between the two states. */
export interface StrengthChange {
  /** The alter: a person or organisation. */
  id: Id;
  /** The strength before (1 weak, 2 moderate, 3 strong); `null` when none was recorded. */
  from: TieStrength | null;
  /** The strength now; `null` when none is recorded. */
  to: TieStrength | null;
}

/** The three ways an alter counts for a support type in insight: gives it, receives it, could give it. */
export const SUPPORT_SIDES = ['received', 'given', 'potential'] as const;
/**
 * How an alter counts for a support type: `received` (the client receives it from them), `given` (the client
 * gives it to them), `potential` (they could, either way; not yet happening).
 */
export type SupportSide = (typeof SUPPORT_SIDES)[number];

/** An alter that counts for a support type and side in one state and not in the other. */
export interface SupportChange {
  /** The alter: a person or organisation. */
  id: Id;
  /** The support type (emotional, practical, informational, …). */
  type: SupportType;
  /** Which way the support goes (see {@link SupportSide}). */
  side: SupportSide;
  /** Whether the alter counted for this type and side before. */
  from: boolean;
  /** Whether it counts now. */
  to: boolean;
}

/** The insight figures of the network around the client, before and after (see {@link NetworkInsight}). */
export interface ComparisonFigures {
  /** The number of alters: persons and organisations with a tie to someone at home. */
  alters: FromTo<number>;
  /** The number of informal alters (everyone who is not a professional). */
  informal: FromTo<number>;
  /** The number of professional alters: organisations, and alters in the preset's professional sector. */
  professional: FromTo<number>;
  /** Professionals among the alters in whole percent (rounded); null when there are no alters. */
  professionalShare: FromTo<number | null>;
  /** The number of alters with whom support goes both ways (an actual item received and one given). */
  reciprocal: FromTo<number>;
  /** Per support type, the number of alters per side. */
  support: Record<SupportType, Record<SupportSide, FromTo<number>>>;
}

/**
 * What changed in the network around the client between two states of a map (see {@link compareNetworks}).
 * Every list is sorted by id (support changes then by type in the format's order and by side).
 */
export interface NetworkComparison {
  /** Alters in the later state and not in the earlier one. */
  added: Id[];
  /**
   * Alters in the earlier state and not in the later one: gone from the map, or still there without a tie to
   * anyone at home (no longer part of the network around the client).
   */
  removed: Id[];
  /** Alters in both whose ring differs. */
  ringChanged: RingChange[];
  /** Alters in both whose strongest home tie differs in strength. */
  strengthChanged: StrengthChange[];
  /** Per alter in both, each support type and side it counts for in one state only. */
  supportChanged: SupportChange[];
  /** The insight figures in both states. */
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

/**
 * The comparison of the network around the client in `before` and in `after`: who joined, who left, ring and
 * strength moves, support that appeared or went, and the insight figures of both. Pass two snapshots as
 * documents ({@link snapshotDocument}, {@link stateAt}), a snapshot and the live map, or two documents of one
 * client. The result does not depend on the order of the documents' collections.
 *
 * @param before - the earlier state
 * @param after - the later state
 *
 * @example
 * ```ts
 * const t0 = stateAt(doc, 'Intake');
 * if (t0.ok) {
 *   const comparison = compareNetworks(t0.document, doc);
 *   for (const line of describeComparison(comparison, t0.document, doc, 'nl')) console.log(line.text);
 * }
 * ```
 */
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
