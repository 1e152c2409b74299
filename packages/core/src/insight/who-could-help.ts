/**
 * Who could help (Steunmatch): for each plan action with a support type, the alters who give that support
 * now (an actual `received` item of that type) or could be asked for it (a potential `received` item),
 * except who already owns the action and the overloaded (findings.ts). Ordered by ring (1 first, no ring
 * last), then by the strength of their strongest home tie (strong first, unset last), then those who give
 * it before those who could, then in the network's order.
 *
 * And for each support type nobody gives: the alters who could be asked for it, in the same order.
 *
 * And "als X wegvalt": for each support type X gives the client (or could), who else gives it or could be
 * asked for it in the network without X (fragility.ts), in the same order.
 *
 * Persons and organisations alike: an action's owners may be either (format version 2).
 */
import { SUPPORT_TYPES, type SupportType } from '../model/enums.js';
import type { Id, KringDocument } from '../model/types.js';
import type { Alter } from '../queries/alters-of-focus.js';
import { overloadedOwners } from './findings.js';
import { withoutPeople } from './fragility.js';
import { networkInsight, strongestTie, type NetworkInsight } from './network-insight.js';

/** Someone in the network who could help with one support type (see {@link whoCouldHelp}). */
export interface HelpCandidate {
  /** The alter: a person or organisation. */
  id: Id;
  /** Whether the alter is a person or an organisation. */
  kind: Alter['kind'];
  /** `gives`: gives this support now; `could`: could be asked (potential). */
  source: 'gives' | 'could';
  /** The alter's ring by the network rule, 1 = closest; `null` when it has none. */
  ring: number | null;
  /** Strength of the strongest home tie; 0 when unset. */
  strength: number;
}

/** The candidates for one plan action (Steunmatch). */
export interface ActionHelp {
  /** The plan action. */
  action: Id;
  /** The support type the action asks for. */
  supportType: SupportType;
  /**
   * Who gives that support now or could be asked, without the action's owners and the overloaded: closest
   * ring first, then strongest tie, then who gives it before who could.
   */
  candidates: HelpCandidate[];
}

function candidatesFor(
  insight: NetworkInsight,
  type: SupportType,
  exclude: ReadonlySet<Id>,
  sources: readonly ('gives' | 'could')[],
): HelpCandidate[] {
  const cell = insight.support[type];
  const gives = new Set(cell.received);
  const could = new Set(cell.couldGive);
  const out: (HelpCandidate & { order: number })[] = [];
  insight.alters.forEach((alter, order) => {
    if (exclude.has(alter.id)) return;
    const source = gives.has(alter.id) ? 'gives' : could.has(alter.id) ? 'could' : undefined;
    if (source === undefined || !sources.includes(source)) return;
    out.push({
      id: alter.id,
      kind: alter.kind,
      source,
      ring: alter.ring,
      strength: strongestTie(alter),
      order,
    });
  });
  const ringRank = (r: number | null) => (r === null ? Number.POSITIVE_INFINITY : r);
  out.sort(
    (a, b) =>
      ringRank(a.ring) - ringRank(b.ring) ||
      b.strength - a.strength ||
      (a.source === b.source ? 0 : a.source === 'gives' ? -1 : 1) ||
      a.order - b.order,
  );
  return out.map(({ order: _order, ...c }) => c);
}

/** Per plan action with a support type (in plan order): who could help with it. */
export function whoCouldHelp(doc: KringDocument): ActionHelp[] {
  const insight = networkInsight(doc);
  const overloaded = overloadedOwners(doc).map((o) => o.id);
  const out: ActionHelp[] = [];
  for (const action of doc.plan?.actions ?? []) {
    if (action.support === undefined) continue;
    const exclude = new Set<Id>([...overloaded, ...action.owners]);
    out.push({
      action: action.id,
      supportType: action.support,
      candidates: candidatesFor(insight, action.support, exclude, ['gives', 'could']),
    });
  }
  return out;
}

/** Per support type nobody gives now (in the format's order): who could be asked for it. */
export function whoCouldBeAsked(
  doc: KringDocument,
): { supportType: SupportType; candidates: HelpCandidate[] }[] {
  const insight = networkInsight(doc);
  const exclude = new Set(overloadedOwners(doc).map((o) => o.id));
  return SUPPORT_TYPES.filter((t) => insight.support[t].received.length === 0).map((supportType) => ({
    supportType,
    candidates: candidatesFor(insight, supportType, exclude, ['could']),
  }));
}

/** What someone gives the client, and who could take it over if they dropped out. */
export interface TakeOver {
  /** The support type they give or could give. */
  supportType: SupportType;
  /** `gives`: they give it now; `could`: they could be asked (potential). */
  source: 'gives' | 'could';
  /** True when they give it now and nobody else does. */
  lost: boolean;
  /** Who else gives it or could be asked, without them (the overloaded left out). */
  candidates: HelpCandidate[];
}

/**
 * "Who could help with practical things if the neighbour drops out?": for each support type `id` gives the
 * client now or could give (in the format's order), who else gives it or could be asked in the network
 * without `id`. Empty when `id` gives nothing (or is the focus).
 */
export function whoCouldTakeOver(doc: KringDocument, id: Id): TakeOver[] {
  if (id === doc.focus) return [];
  const before = networkInsight(doc);
  const shown = withoutPeople(doc, [id]);
  const after = networkInsight(shown);
  const exclude = new Set<Id>(overloadedOwners(shown).map((o) => o.id));
  const out: TakeOver[] = [];
  for (const type of SUPPORT_TYPES) {
    const cell = before.support[type];
    const source = cell.received.includes(id) ? 'gives' : cell.couldGive.includes(id) ? 'could' : undefined;
    if (source === undefined) continue;
    out.push({
      supportType: type,
      source,
      lost: source === 'gives' && after.support[type].received.length === 0,
      candidates: candidatesFor(after, type, exclude, ['gives', 'could']),
    });
  }
  return out;
}
