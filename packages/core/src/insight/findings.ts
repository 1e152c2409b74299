/**
 * Findings: what the figures say, in plain sentences a worker can read out at the table. Each has a fixed
 * threshold, documented in docs/insight.md; they come in this order:
 *
 * 1. `overloaded` — a person owns at least 3 of the plan's actions and more than half of all of them.
 * 2. `noSupportRecorded` — there are alters, but no support item on any home tie.
 * 3. `noSource` — per support type (in the format's order): no alter gives it (no actual `received`
 *    item), when the map records at least one actual received item of another type. Its people: who could
 *    be asked (a potential `received` item of that type).
 * 4. `singleSource` — per support type: exactly one alter gives it. Its people: that alter.
 * 5. `onlyProfessionalsInner` — ring 1 holds at least one alter and all of them are professional.
 * 6. `onlyFamily` — there are informal alters and every one of them is in the preset's family (or
 *    household) sector: nobody outside the family.
 * 7. `oneSided` — actual received items outnumber given ones 3 to 1 or more, with at least 3 received.
 */
import { SUPPORT_TYPES, type SupportType } from '../model/enums.js';
import type { Id, KringDocument } from '../model/types.js';
import { SECTOR_ROLES } from '../queries/effective-sector.js';
import { networkInsight, type NetworkInsight } from './network-insight.js';

/** The kinds of finding, in the order {@link findingsOf} lists them (see {@link FindingCode}). */
export const FINDING_CODES = [
  'overloaded',
  'noSupportRecorded',
  'noSource',
  'singleSource',
  'onlyProfessionalsInner',
  'onlyFamily',
  'oneSided',
] as const;
/**
 * What a finding says: `overloaded` (one person owns at least 3 of the plan's actions and more than half of
 * them), `noSupportRecorded` (alters, but no support recorded on any home tie), `noSource` (nobody gives this
 * support type, while other support is recorded), `singleSource` (exactly one alter gives it),
 * `onlyProfessionalsInner` (ring 1 holds only professionals), `onlyFamily` (every informal alter is family or
 * household), `oneSided` (the client receives at least 3 times as much support as they give, at least 3
 * items). The thresholds are {@link FINDING_THRESHOLDS}.
 */
export type FindingCode = (typeof FINDING_CODES)[number];

/** The thresholds of the findings (docs/insight.md). */
export const FINDING_THRESHOLDS = {
  /** `overloaded`: at least this many actions… */
  overloadedMinActions: 3,
  /** …and more than this share of all actions. */
  overloadedShare: 0.5,
  /** `oneSided`: received items at least this many times the given ones… */
  oneSidedRatio: 3,
  /** …and at least this many received items. */
  oneSidedMinReceived: 3,
} as const;

/** One thing that stands out in the network, as data; {@link describeFinding} makes the sentence. */
export interface Finding {
  /** What the finding says (see {@link FindingCode}). */
  code: FindingCode;
  /** The people (person or organisation ids) the finding names, in the order its sentence names them. */
  people: Id[];
  /** The support type of `noSource` and `singleSource`. */
  supportType?: SupportType;
  /** Figures the sentence quotes: `overloaded` (`count`, `total`), `oneSided` (`received`, `given`). */
  counts?: Record<string, number>;
}

/** Who owns at least 3 actions and more than half of them, with how many. */
export function overloadedOwners(doc: KringDocument): { id: Id; count: number; total: number }[] {
  const actions = doc.plan?.actions ?? [];
  const total = actions.length;
  const counts = new Map<Id, number>();
  for (const action of actions)
    for (const owner of new Set(action.owners)) counts.set(owner, (counts.get(owner) ?? 0) + 1);
  const out: { id: Id; count: number; total: number }[] = [];
  for (const [id, count] of counts)
    if (
      count >= FINDING_THRESHOLDS.overloadedMinActions &&
      count > total * FINDING_THRESHOLDS.overloadedShare
    )
      out.push({ id, count, total });
  return out;
}

/**
 * What stands out in the network around the client of `doc`, in the order of {@link FINDING_CODES} (per
 * support type in the format's order); empty when nothing does. The same findings as the editor's insight
 * tab and `kring insight`.
 *
 * @param doc - the map
 * @param insight - its figures, when the caller has them already (default: computed, cached per document)
 */
export function findingsOf(doc: KringDocument, insight: NetworkInsight = networkInsight(doc)): Finding[] {
  const out: Finding[] = [];
  for (const o of overloadedOwners(doc))
    out.push({ code: 'overloaded', people: [o.id], counts: { count: o.count, total: o.total } });

  const anyItem = insight.alters.some((a) => a.ties.some((t) => (t.support ?? []).length > 0));
  if (insight.alters.length > 0 && !anyItem) out.push({ code: 'noSupportRecorded', people: [] });

  if (insight.items.received > 0)
    for (const type of SUPPORT_TYPES)
      if (insight.support[type].received.length === 0)
        out.push({ code: 'noSource', people: [...insight.support[type].couldGive], supportType: type });

  for (const type of SUPPORT_TYPES) {
    const sources = insight.support[type].received;
    if (sources.length === 1) out.push({ code: 'singleSource', people: [sources[0]!], supportType: type });
  }

  const inner = insight.byRing['1'] ?? [];
  if (inner.length > 0 && inner.every((id) => insight.alterById.get(id)?.professional === true))
    out.push({ code: 'onlyProfessionalsInner', people: [...inner] });

  const roles = SECTOR_ROLES[doc.options.sectors];
  const family = new Set<string>([roles.family, ...(roles.household ? [roles.household] : [])]);
  if (
    insight.informal.length > 0 &&
    insight.informal.every((id) => family.has(insight.alterById.get(id)?.sector ?? ''))
  )
    out.push({ code: 'onlyFamily', people: [] });

  const { received, given } = insight.items;
  if (
    received >= FINDING_THRESHOLDS.oneSidedMinReceived &&
    received >= FINDING_THRESHOLDS.oneSidedRatio * given
  )
    out.push({ code: 'oneSided', people: [], counts: { received, given } });
  return out;
}
