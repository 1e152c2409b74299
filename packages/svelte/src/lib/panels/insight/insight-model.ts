/**
 * What the insight panel shows, as plain data computed from core's insight module (docs/insight.md): the
 * figures of the network (or of the network without the person of the "what if" choice), the findings as
 * sentences cut into text and name parts (so the names can be links), fragility and who could help.
 * Framework-free, so it is tested without a browser.
 */
import {
  SUPPORT_TYPES,
  describeFinding,
  findingsOf,
  fragility,
  networkInsight,
  shownEntityName,
  supportLabel,
  supportLostWithout,
  whoCouldBeAsked,
  whoCouldHelp,
  whoCouldTakeOver,
  withoutPeople,
  type HelpCandidate,
  type Id,
  type KringDocument,
  type Locale,
  type NetworkInsight,
  type SupportType,
} from '@kring/core';
import type { EditorMessages } from '../../messages.js';

type Overrides = EditorMessages;

/** A piece of a sentence: plain text, or a name that selects its person. */
export type SentencePart = { text: string; id?: Id };

export interface FindingView {
  code: string;
  parts: SentencePart[];
  text: string;
}

export interface HelpView {
  action: Id;
  text: string;
  supportType: SupportType;
  /** The action's owners in the document (not in the "what if" network). */
  owners: Id[];
  candidates: (HelpCandidate & { name: string })[];
}

export interface InsightModel {
  /** The network shown: the document's, or without the "what if" person. */
  insight: NetworkInsight;
  findings: FindingView[];
  /** Names by id, for every alter of the document. */
  names: ReadonlyMap<Id, string>;
  /** Professionals among the alters in rings 1 and 2, and how many alters those rings hold. */
  innerProfessionals: { count: number; total: number };
  /** Alters per sector (rows, with `none`) and ring (columns, with `none`). */
  table: { sector: string; byRing: number[]; total: number }[];
  ringKeys: string[];
  fragile: { id: Id; name: string; lost: SupportType[] }[];
  /**
   * Every alter who gives the client something now or could be asked: what they give, what they could give,
   * and what nobody else gives (`lost`).
   */
  givers: { id: Id; name: string; gives: SupportType[]; could: SupportType[]; lost: SupportType[] }[];
  /** With a "what if": per type that person gives (or could), who else gives it or could be asked. */
  takeOver: { supportType: SupportType; source: 'gives' | 'could'; lost: boolean; names: string[] }[];
  /** Support types without a source in the network shown, when the "what if" person gave them. */
  lost: SupportType[];
  help: HelpView[];
  ask: { supportType: SupportType; names: string[] }[];
  /** The alters of the document, for the "what if" choice. */
  alters: { id: Id; name: string }[];
}

/** Cuts `text` at the first occurrence of each name, so those names can be links. */
export function sentenceParts(text: string, people: readonly { id: Id; name: string }[]): SentencePart[] {
  let parts: SentencePart[] = [{ text }];
  for (const person of people) {
    if (person.name === '') continue;
    const next: SentencePart[] = [];
    let found = false;
    for (const part of parts) {
      const at = part.id === undefined && !found ? part.text.indexOf(person.name) : -1;
      if (at < 0) {
        next.push(part);
        continue;
      }
      found = true;
      if (at > 0) next.push({ text: part.text.slice(0, at) });
      next.push({ text: person.name, id: person.id });
      const rest = part.text.slice(at + person.name.length);
      if (rest !== '') next.push({ text: rest });
    }
    parts = next;
  }
  return parts;
}

export function insightModel(
  doc: KringDocument,
  whatIf: Id | null,
  locale: Locale,
  overrides?: Overrides,
): InsightModel {
  const shown = whatIf === null ? doc : withoutPeople(doc, [whatIf]);
  const insight = networkInsight(shown);
  const all = networkInsight(doc);
  const name = (id: Id) => shownEntityName(doc, id, locale, overrides);
  const names = new Map(all.alters.map((a) => [a.id, name(a.id)]));

  const findings = findingsOf(shown, insight).map((f) => {
    const text = describeFinding(shown, f, locale, overrides);
    return {
      code: f.code,
      text,
      parts: sentenceParts(
        text,
        f.people.map((id) => ({ id, name: name(id) })),
      ),
    };
  });

  const inner = [...(insight.byRing['1'] ?? []), ...(insight.byRing['2'] ?? [])];
  const innerProfessionals = {
    count: inner.filter((id) => insight.alterById.get(id)?.professional === true).length,
    total: inner.length,
  };

  const ringKeys = Object.keys(insight.byRing);
  const ringOf = new Map<Id, string>();
  for (const key of ringKeys) for (const id of insight.byRing[key]!) ringOf.set(id, key);
  const table = Object.entries(insight.bySector).map(([sector, ids]) => ({
    sector,
    byRing: ringKeys.map((key) => ids.filter((id) => ringOf.get(id) === key).length),
    total: ids.length,
  }));

  const actions = new Map((doc.plan?.actions ?? []).map((a) => [a.id, a]));
  const fragile = fragility(doc).map((f) => ({ ...f, name: name(f.id) }));
  const help = whoCouldHelp(shown).map((h) => ({
    action: h.action,
    supportType: h.supportType,
    text: actions.get(h.action)?.text ?? h.action,
    owners: actions.get(h.action)?.owners ?? [],
    candidates: h.candidates.map((c) => ({ ...c, name: name(c.id) })),
  }));

  return {
    insight,
    findings,
    names,
    innerProfessionals,
    table,
    ringKeys,
    fragile,
    givers: all.alters
      .map((a) => ({
        id: a.id,
        name: name(a.id),
        gives: SUPPORT_TYPES.filter((t) => all.support[t].received.includes(a.id)),
        could: SUPPORT_TYPES.filter(
          (t) => all.support[t].couldGive.includes(a.id) && !all.support[t].received.includes(a.id),
        ),
        lost: fragile.find((f) => f.id === a.id)?.lost ?? [],
      }))
      .filter((g) => g.gives.length + g.could.length > 0),
    takeOver:
      whatIf === null
        ? []
        : whoCouldTakeOver(doc, whatIf).map((t) => ({
            supportType: t.supportType,
            source: t.source,
            lost: t.lost,
            names: t.candidates.map((c) => name(c.id)),
          })),
    lost: whatIf === null ? [] : supportLostWithout(doc, [whatIf]),
    help,
    ask: whoCouldBeAsked(shown)
      .filter((a) => a.candidates.length > 0)
      .map((a) => ({ supportType: a.supportType, names: a.candidates.map((c) => name(c.id)) })),
    alters: all.alters.map((a) => ({ id: a.id, name: names.get(a.id)! })),
  };
}

/** Support type labels joined as a list ("care and financial support"). */
export function supportList(locale: Locale, types: readonly SupportType[], overrides?: Overrides): string {
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(
    types.map((t) => supportLabel(locale, t, overrides)),
  );
}

export { SUPPORT_TYPES };

export { parseHighlight } from '@kring/core';
