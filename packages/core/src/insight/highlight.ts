/**
 * Highlighting on the map: which persons and organisations stay in full colour when the user picks a support
 * type, a sector, a ring, informal or professional, the action team, a person's own ties or a person's
 * lineage. Everyone else is dimmed, never hidden. The focus always stays in full colour. Alters are judged by
 * the network rule of insight (their ring, sector and home ties, docs/insight.md).
 */
import type { SupportType } from '../model/enums.js';
import type { Id, KringDocument } from '../model/types.js';
import { documentIndex } from '../queries/document-index.js';
import { networkInsight } from './network-insight.js';

export type Highlight =
  /** Alters who give, receive or could give this support type. */
  | { kind: 'support'; type: SupportType }
  /** Alters in this sector (`none`: without one). */
  | { kind: 'sector'; sector: string }
  /** Alters in this ring (`"1"`… or `none`). */
  | { kind: 'ring'; ring: string }
  | { kind: 'informal' }
  | { kind: 'professional' }
  /** The plan's action team and every action owner. */
  | { kind: 'actionTeam' }
  /** A person or organisation and everyone it has a tie with. */
  | { kind: 'ties'; id: Id }
  /** A person, their ancestors and their descendants (any parent-child kind). */
  | { kind: 'lineage'; id: Id };

function lineage(doc: KringDocument, start: Id): Set<Id> {
  const index = documentIndex(doc);
  const out = new Set<Id>([start]);
  const walk = (next: (id: Id) => Id[]) => {
    const seen = new Set<Id>([start]);
    const queue = [start];
    for (let head = 0; head < queue.length; head++)
      for (const id of next(queue[head]!))
        if (!seen.has(id)) {
          seen.add(id);
          out.add(id);
          queue.push(id);
        }
  };
  walk((id) => (index.parentLinks.get(id) ?? []).map((l) => l.parent));
  walk((id) => (index.childLinks.get(id) ?? []).map((l) => l.child));
  return out;
}

/** The ids that stay in full colour under `highlight` (the focus included). */
export function highlightedIds(doc: KringDocument, highlight: Highlight): Set<Id> {
  const n = networkInsight(doc);
  let ids: Iterable<Id>;
  switch (highlight.kind) {
    case 'support': {
      const cell = n.support[highlight.type];
      ids = [...cell.received, ...cell.given, ...cell.potential];
      break;
    }
    case 'sector':
      ids = n.bySector[highlight.sector] ?? [];
      break;
    case 'ring':
      ids = n.byRing[highlight.ring] ?? [];
      break;
    case 'informal':
      ids = n.informal;
      break;
    case 'professional':
      ids = n.professional;
      break;
    case 'actionTeam':
      ids = [...(doc.plan?.actionTeam ?? []), ...(doc.plan?.actions ?? []).flatMap((a) => a.owners)];
      break;
    case 'ties':
      ids = [
        highlight.id,
        ...(documentIndex(doc).tiesByEnd.get(highlight.id) ?? []).map((t) =>
          t.from === highlight.id ? t.to : t.from,
        ),
      ];
      break;
    case 'lineage':
      ids = lineage(doc, highlight.id);
      break;
  }
  const out = new Set(ids);
  out.add(doc.focus);
  return out;
}

/** Every person and organisation that is dimmed under `highlight`: all but the highlighted ones. */
export function dimmedIds(doc: KringDocument, highlight: Highlight): Set<Id> {
  const keep = highlightedIds(doc, highlight);
  const out = new Set<Id>();
  for (const e of [...doc.persons, ...doc.organisations]) if (!keep.has(e.id)) out.add(e.id);
  return out;
}
