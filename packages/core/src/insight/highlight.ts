/**
 * Highlighting on the map: which persons and organisations stay in full colour when the user picks a support
 * type, a sector, a ring, informal or professional, the action team, a person's own ties or a person's
 * lineage. Everyone else is dimmed, never hidden. The focus always stays in full colour. Alters are judged by
 * the network rule of insight (their ring, sector and home ties, docs/insight.md).
 */
import { SUPPORT_TYPES, type SupportType } from '../model/enums.js';
import type { CoreTemplates, MessageKey } from '../i18n/en.js';
import type { MessageOverrides } from '../i18n/catalogue.js';
import type { Locale } from '../i18n/translate.js';
import type { Id, KringDocument } from '../model/types.js';
import { documentIndex } from '../queries/document-index.js';
import { networkInsight } from './network-insight.js';
import { insightT, shownEntityName, supportLabel } from './report.js';

/**
 * A choice of what to highlight on the map (the insight tab's "highlight", `kring render --highlight`):
 * everyone it picks stays in full colour, the rest is dimmed (see {@link highlightedIds}). As a short text:
 * {@link parseHighlight}; in words: {@link describeHighlight}.
 */
export type Highlight =
  /** Alters who give, receive or could give this support type. */
  | { kind: 'support'; type: SupportType }
  /** Alters in this sector (`none`: without one). */
  | { kind: 'sector'; sector: string }
  /** Alters in this ring (`"1"`… or `none`). */
  | { kind: 'ring'; ring: string }
  /** Informal alters: everyone who is not a professional. */
  | { kind: 'informal' }
  /** Professional alters: organisations, and alters in the preset's professional sector. */
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

/**
 * A highlight as a short value, as the editor's choice and `kring render --highlight` write it:
 * `support:<type>`, `sector:<key>` (or `sector:none`), `ring:<n>` (or `ring:none`), `informal`,
 * `professional`, `actionTeam`, `ties:<id>` or `lineage:<id>`; `ties` and `lineage` without an id take the
 * one selected person. Undefined for '' and for anything else (or a missing id).
 */
export function parseHighlight(value: string, selection: readonly Id[] = []): Highlight | undefined {
  const at = value.indexOf(':');
  const kind = at < 0 ? value : value.slice(0, at);
  const arg = at < 0 ? undefined : value.slice(at + 1);
  switch (kind) {
    case 'support':
      return (SUPPORT_TYPES as readonly string[]).includes(arg ?? '')
        ? { kind, type: arg as SupportType }
        : undefined;
    case 'sector':
    case 'ring':
      return arg === undefined || arg === ''
        ? undefined
        : kind === 'sector'
          ? { kind, sector: arg }
          : { kind, ring: arg };
    case 'informal':
    case 'professional':
    case 'actionTeam':
      return arg === undefined ? { kind } : undefined;
    case 'ties':
    case 'lineage': {
      const id = arg ?? (selection.length === 1 ? selection[0] : undefined);
      return id === undefined || id === '' ? undefined : { kind, id };
    }
  }
  return undefined;
}

type Overrides = MessageOverrides<CoreTemplates>;

/** What a highlight shows, in words ("praktische steun", "Ring 1", "verbindingen van Joke"). */
export function describeHighlight(
  doc: KringDocument,
  highlight: Highlight,
  locale: Locale,
  overrides?: Overrides,
): string {
  const tr = (key: MessageKey, params?: Record<string, string | number>) =>
    insightT(locale, key, params, overrides);
  const none = () => tr('insight.panel.none');
  switch (highlight.kind) {
    case 'support':
      return supportLabel(locale, highlight.type, overrides);
    case 'sector':
      return highlight.sector === 'none' ? none() : tr(`sector.${highlight.sector}` as MessageKey);
    case 'ring':
      return highlight.ring === 'none' ? none() : tr('insight.panel.ring', { ring: highlight.ring });
    case 'informal':
      return tr('insight.panel.informal');
    case 'professional':
      return tr('insight.panel.professional');
    case 'actionTeam':
      return tr('insight.panel.highlightActionTeam');
    case 'ties':
    case 'lineage':
      return tr(`insight.highlight.${highlight.kind}`, {
        name: shownEntityName(doc, highlight.id, locale, overrides),
      });
  }
}

/**
 * The highlight (and the person of a "what if") for an export's legend: what stays in full colour in words,
 * with how many of all persons and organisations, and who is greyed out. Undefined when neither is given.
 */
export function mapHighlight(
  doc: KringDocument,
  highlight: Highlight | undefined,
  whatIf: Id | null,
  locale: Locale,
  overrides?: Overrides,
): { dimmed: Id[]; label: string } | undefined {
  if (highlight === undefined && whatIf === null) return undefined;
  const dimmed = highlight === undefined ? new Set<Id>() : dimmedIds(doc, highlight);
  if (whatIf !== null) dimmed.add(whatIf);
  const total = doc.persons.length + doc.organisations.length;
  const without =
    whatIf === null
      ? ''
      : insightT(
          locale,
          'insight.highlight.without',
          {
            name: shownEntityName(doc, whatIf, locale, overrides),
          },
          overrides,
        );
  const what =
    highlight === undefined
      ? without
      : insightT(
          locale,
          'insight.highlight.with',
          {
            what: describeHighlight(doc, highlight, locale, overrides),
            without: without === '' ? '' : `, ${without}`,
          },
          overrides,
        );
  const label = insightT(
    locale,
    'insight.highlight.legend',
    { what, count: total - dimmed.size, total },
    overrides,
  );
  return { dimmed: [...dimmed], label };
}
