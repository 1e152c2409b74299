/**
 * A comparison in practice words ("3 nieuwe mensen: …", "Gerda van ring 2 naar 1", "Praktische steun nu van 4
 * mensen in plaats van 1", "Aandeel professionals 40 % → 15 %") and as the JSON object of `kring diff --json`
 * (docs/cli.md): one place, so the CLI and the editor's snapshots panel say the same.
 */
import type { MessageKey } from '../i18n/en.js';
import { type Locale, type MessageParams } from '../i18n/catalogue.js';
import { createRuntimeKeyTranslator } from '../i18n/runtime-key-translator.js';
import { coreMessageParts } from '../i18n/message-parts.js';
import { compareMessages } from '../i18n/parts/compare.js';
import { SUPPORT_TYPES, type SupportType } from '../model/enums.js';
import type { Id, KringDocument } from '../model/types.js';
import { listOf, shownEntityName, supportLabel } from '../insight/report.js';
import type {
  ComparisonFigures,
  NetworkComparison,
  RingChange,
  StrengthChange,
  SupportChange,
} from './compare-networks.js';

/**
 * Core's parts and this module's part: its own translator, so only bundles that carry this module carry its
 * words. Its keys come from run-time data too.
 */
const t = /* @__PURE__ */ createRuntimeKeyTranslator([...coreMessageParts, compareMessages]);

/** Core's `t()` (it knows this part), for a key only known at run time. */
export function compareT(locale: Locale, key: MessageKey, params?: MessageParams): string {
  return t(locale, key, params);
}

/** At most this many names in one line; the rest are counted ("… en nog 12"). */
const MAX_NAMES = 10;

/**
 * What a line of {@link describeComparison} is about: `size` (the number of alters), `added` / `removed`
 * (who joined or left; one line for persons, one for organisations), `ring` (an alter's ring move),
 * `strength` (an alter's tie strength), `supportReceived` / `supportGiven` (how many alters give or receive
 * one support type), `professionalShare` (the professionals' share of the alters).
 */
export type ComparisonLineCode =
  | 'size'
  | 'added'
  | 'removed'
  | 'ring'
  | 'strength'
  | 'supportReceived'
  | 'supportGiven'
  | 'professionalShare';

/** One change in practice words, with the alters it is about. */
export interface ComparisonLine {
  /** What the line is about (see {@link ComparisonLineCode}). */
  code: ComparisonLineCode;
  /**
   * The line in the requested locale, capitalised, e.g. "Gerda van ring 2 naar 1"; at most 10 names, the rest
   * counted.
   */
  text: string;
  /** The alters the line is about (all of them, also those the text only counts); empty for figure lines. */
  people: Id[];
  /** The support type of a support line. */
  supportType?: SupportType;
}

const capitalised = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/**
 * The changes of `comparison` as lines in `locale`, in this order: the network's size, who joined (persons,
 * then organisations), who left, ring moves, changed tie strength, support received and given per type (the
 * format's order), the professionals' share. Only what changed is listed; an empty list means no change.
 * Names come from the document the alter is in (`after` for joined and changed, `before` for who left).
 */
export function describeComparison(
  comparison: NetworkComparison,
  before: KringDocument,
  after: KringDocument,
  locale: Locale,
): ComparisonLine[] {
  const tr = (key: MessageKey, params?: MessageParams) => capitalised(compareT(locale, key, params));
  const nameIn = (doc: KringDocument) => (id: Id) => shownEntityName(doc, id, locale);
  const names = (doc: KringDocument, ids: readonly Id[]) => {
    if (ids.length <= MAX_NAMES) return listOf(locale, ids.map(nameIn(doc)));
    const more = compareT(locale, 'compare.more', { count: ids.length - MAX_NAMES });
    return `${ids.slice(0, MAX_NAMES).map(nameIn(doc)).join(', ')} ${more}`;
  };
  const lines: ComparisonLine[] = [];
  const { figures } = comparison;

  if (figures.alters.from !== figures.alters.to)
    lines.push({ code: 'size', text: tr('compare.size', { ...figures.alters }), people: [] });

  const groups = [
    ['added', comparison.added, comparison.after, after, 'compare.addedPerson', 'compare.addedPersons'],
    [
      'added',
      comparison.added,
      comparison.after,
      after,
      'compare.addedOrganisation',
      'compare.addedOrganisations',
    ],
    [
      'removed',
      comparison.removed,
      comparison.before,
      before,
      'compare.removedPerson',
      'compare.removedPersons',
    ],
    [
      'removed',
      comparison.removed,
      comparison.before,
      before,
      'compare.removedOrganisation',
      'compare.removedOrganisations',
    ],
  ] as const;
  groups.forEach(([code, ids, alters, doc, one, many], i) => {
    const kind = i % 2 === 0 ? 'person' : 'organisation';
    const people = ids.filter((id) => alters.get(id)?.kind === kind);
    if (people.length === 0) return;
    const key = people.length === 1 ? one : many;
    lines.push({ code, text: tr(key, { count: people.length, names: names(doc, people) }), people });
  });

  for (const change of comparison.ringChanged)
    lines.push({ code: 'ring', text: ringText(change, nameIn(after)(change.id), tr), people: [change.id] });
  for (const change of comparison.strengthChanged)
    lines.push({
      code: 'strength',
      text: strengthText(change, nameIn(after)(change.id), locale, tr),
      people: [change.id],
    });

  for (const [code, side] of [
    ['supportReceived', 'received'],
    ['supportGiven', 'given'],
  ] as const)
    for (const type of SUPPORT_TYPES) {
      const count = figures.support[type][side];
      if (count.from === count.to) continue;
      lines.push({
        code,
        text: tr(`compare.${code}`, {
          type: supportLabel(locale, type),
          from: count.from,
          people:
            count.to === 1
              ? compareT(locale, 'compare.person')
              : compareT(locale, 'compare.people', { count: count.to }),
        }),
        people: peopleOf(comparison.supportChanged, type, side),
        supportType: type,
      });
    }

  const shares = figures.professionalShare;
  if (shares.from !== null && shares.to !== null && shares.from !== shares.to)
    lines.push({
      code: 'professionalShare',
      text: tr('compare.professionalShare', { from: shares.from, to: shares.to }),
      people: [],
    });
  return lines;
}

function ringText(
  change: RingChange,
  name: string,
  tr: (key: MessageKey, params?: MessageParams) => string,
): string {
  if (change.from === null) return tr('compare.ringSet', { name, to: change.to! });
  if (change.to === null) return tr('compare.ringCleared', { name, from: change.from });
  return tr('compare.ringMoved', { name, from: change.from, to: change.to });
}

function strengthText(
  change: StrengthChange,
  name: string,
  locale: Locale,
  tr: (key: MessageKey, params?: MessageParams) => string,
): string {
  const label = (strength: number | null) =>
    strength === null
      ? compareT(locale, 'compare.strengthNone')
      : compareT(locale, `tieStrength.${strength}` as MessageKey);
  return tr('compare.strength', { name, from: label(change.from), to: label(change.to) });
}

function peopleOf(changes: readonly SupportChange[], type: SupportType, side: string): Id[] {
  return changes.filter((c) => c.type === type && c.side === side).map((c) => c.id);
}

/** The object `kring diff --json` prints (docs/cli.md); keys in this order, every list sorted by id. */
export interface ComparisonReport {
  /** Alters who joined (see {@link NetworkComparison.added}). */
  added: Id[];
  /** Alters who left (see {@link NetworkComparison.removed}). */
  removed: Id[];
  /** Ring moves. */
  ringChanged: RingChange[];
  /** Changes of the strongest tie's strength. */
  strengthChanged: StrengthChange[];
  /** Support that appeared or went, per alter, type and side. */
  supportChanged: SupportChange[];
  /** The insight figures before and after. */
  figures: ComparisonFigures;
  /** The changes in practice words, as {@link describeComparison} lists them (without `supportType`). */
  changes: { code: ComparisonLineCode; text: string; people: Id[] }[];
}

/**
 * The comparison as the plain JSON object `kring diff --json` prints: copies of the comparison's lists, its
 * figures, and its lines in `locale`. Names in the lines come from `after` for who joined or changed and from
 * `before` for who left.
 *
 * @param comparison - the result of {@link compareNetworks} for `before` and `after`
 * @param before - the earlier state
 * @param after - the later state
 * @param locale - the language of the lines' text
 */
export function comparisonReport(
  comparison: NetworkComparison,
  before: KringDocument,
  after: KringDocument,
  locale: Locale,
): ComparisonReport {
  return {
    added: [...comparison.added],
    removed: [...comparison.removed],
    ringChanged: comparison.ringChanged.map((c) => ({ ...c })),
    strengthChanged: comparison.strengthChanged.map((c) => ({ ...c })),
    supportChanged: comparison.supportChanged.map((c) => ({ ...c })),
    figures: comparison.figures,
    changes: describeComparison(comparison, before, after, locale).map(({ code, text, people }) => ({
      code,
      text,
      people,
    })),
  };
}
