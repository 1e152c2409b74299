/**
 * Insight as words and as the JSON contract of `kring insight --json` (docs/cli.md): one place, so the CLI,
 * the editor's panel and an exported insight block say the same.
 */
import { SUPPORT_TYPES, type SupportType } from '../model/enums.js';
import type { Id, KringDocument } from '../model/types.js';
import type { CoreTemplates, MessageKey } from '../i18n/en.js';
import { type Locale, type MessageOverrides, type MessageParams } from '../i18n/catalogue.js';
import { createRuntimeKeyTranslator } from '../i18n/runtime-key-translator.js';
import { coreMessageParts } from '../i18n/message-parts.js';
import { insightMessages } from '../i18n/parts/insight.js';
import { kinNamed } from '../queries/kinship.js';
import { findingsOf, type Finding } from './findings.js';
import { nameOfEntity, networkInsight, type NetworkInsight } from './network-insight.js';

/**
 * Core's parts and this module's part: its own translator, so only bundles that carry this module carry its
 * words. Its keys come from run-time data too.
 */
const t = /* @__PURE__ */ createRuntimeKeyTranslator([...coreMessageParts, insightMessages]);

type Overrides = MessageOverrides<CoreTemplates>;

/** Core's `t()` (it knows this part), for a key only known at run time. */
export function insightT(
  locale: Locale,
  key: MessageKey,
  params?: MessageParams,
  overrides?: Overrides,
): string {
  return t(locale, key, params, overrides);
}

/** The name shown for a person or organisation: its name, "(no name)" when empty, its id when unknown. */
export function shownEntityName(doc: KringDocument, id: Id, locale: Locale, overrides?: Overrides): string {
  const name = nameOfEntity(doc, id);
  if (name === undefined) return id;
  return name.trim() === '' ? insightT(locale, 'insight.unnamed', undefined, overrides) : name;
}

/** "A, B and C" / "A, B en C". */
export function listOf(locale: Locale, items: readonly string[]): string {
  return new Intl.ListFormat(locale, { type: 'conjunction', style: 'long' }).format(items);
}

/** The label of a support type in `locale` ("financial support", "financiële steun"). */
export function supportLabel(locale: Locale, type: SupportType, overrides?: Overrides): string {
  return insightT(locale, `supportType.${type}` as MessageKey, undefined, overrides);
}

const capitalised = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/** A finding as one plain sentence in `locale`, naming its people (family with their word to the client). */
export function describeFinding(
  doc: KringDocument,
  finding: Finding,
  locale: Locale,
  overrides?: Overrides,
): string {
  const tr = (key: MessageKey, params?: MessageParams) => insightT(locale, key, params, overrides);
  // Family with their word to the client: "tante Marieke Jansen" (core's kinship words).
  const name = (id: Id) => kinNamed(doc, id, locale, overrides, shownEntityName(doc, id, locale, overrides));
  const names = listOf(locale, finding.people.map(name));
  const type = finding.supportType ? supportLabel(locale, finding.supportType, overrides) : '';
  const counts = finding.counts ?? {};
  switch (finding.code) {
    case 'overloaded':
      return capitalised(
        tr('insight.finding.overloaded', {
          name: name(finding.people[0]!),
          count: counts['count'] ?? 0,
          total: counts['total'] ?? 0,
        }),
      );
    case 'noSupportRecorded':
      return tr('insight.finding.noSupportRecorded');
    case 'noSource':
      return finding.people.length === 0
        ? tr('insight.finding.noSource', { type })
        : tr('insight.finding.noSourceAsk', { type, names });
    case 'singleSource':
      return capitalised(tr('insight.finding.singleSource', { type, name: names }));
    case 'onlyProfessionalsInner':
      return tr('insight.finding.onlyProfessionalsInner', { names });
    case 'onlyFamily':
      return tr('insight.finding.onlyFamily');
    case 'oneSided':
      return tr('insight.finding.oneSided', {
        received: counts['received'] ?? 0,
        given: counts['given'] ?? 0,
      });
  }
}

/** The object `kring insight --json` prints (docs/cli.md); keys in this order. */
export interface InsightReport {
  /** The number of alters: persons and organisations with a tie to someone at home. */
  alters: number;
  /** The number of informal alters. */
  informal: number;
  /** The number of professional alters (organisations, and alters in the professional sector). */
  professional: number;
  /** The number of alters with whom support goes both ways. */
  reciprocal: number;
  /** The number of ties between alters (neither end at home): who in the network knows whom. */
  knowEachOther: number;
  /** Alters per ring: keys `"1"`..`"<rings>"` and `"none"`. */
  byRing: Record<string, number>;
  /** Alters per sector: every key of the document's sector preset, and `"none"`. */
  bySector: Record<string, number>;
  /** Per support type, the number of alters that give it (`received`), receive it (`given`) or could. */
  support: Record<SupportType, { received: number; given: number; potential: number }>;
  /** The findings: their code, the people they name, and the sentence in the report's locale. */
  findings: { code: string; people: Id[]; text: string }[];
}

const counted = (lists: Record<string, Id[]>): Record<string, number> =>
  Object.fromEntries(Object.entries(lists).map(([key, ids]) => [key, ids.length]));

/**
 * The insight of `doc` as the plain JSON object `kring insight --json` prints (a contract other systems
 * read): the figures as counts, and the findings with their sentences in `locale`.
 *
 * @param doc - the map
 * @param locale - the language of the findings' text
 * @param insight - its figures, when the caller has them already
 * @param findings - its findings, when the caller has them already
 */
export function insightReport(
  doc: KringDocument,
  locale: Locale,
  insight: NetworkInsight = networkInsight(doc),
  findings: readonly Finding[] = findingsOf(doc, insight),
): InsightReport {
  const support = {} as InsightReport['support'];
  for (const type of SUPPORT_TYPES) {
    const cell = insight.support[type];
    support[type] = {
      received: cell.received.length,
      given: cell.given.length,
      potential: cell.potential.length,
    };
  }
  return {
    alters: insight.alters.length,
    informal: insight.informal.length,
    professional: insight.professional.length,
    reciprocal: insight.reciprocal.length,
    knowEachOther: insight.knowEachOther.length,
    byRing: counted(insight.byRing),
    bySector: counted(insight.bySector),
    support,
    findings: findings.map((f) => ({
      code: f.code,
      people: [...f.people],
      text: describeFinding(doc, f, locale),
    })),
  };
}

/**
 * The figure lines shared by `kring insight` and an export's insight block: size, reciprocity, who knows
 * whom.
 */
export function insightFigureLines(report: InsightReport, locale: Locale, overrides?: Overrides): string[] {
  return [
    insightT(
      locale,
      'insight.cli.alters',
      { alters: report.alters, informal: report.informal, professional: report.professional },
      overrides,
    ),
    insightT(locale, 'insight.cli.reciprocal', { count: report.reciprocal }, overrides),
    insightT(locale, 'insight.cli.knowEachOther', { count: report.knowEachOther }, overrides),
  ];
}

/**
 * The small insight block of an export: a heading, the figure lines of `kring insight` and its findings,
 * word for word (pass the pseudonymised document for an export with initials).
 */
export function insightBlock(
  doc: KringDocument,
  locale: Locale,
  overrides?: Overrides,
): { heading: string; lines: string[] } {
  const report = insightReport(doc, locale);
  const findings = report.findings.map((f) => `• ${f.text}`);
  return {
    heading: insightT(locale, 'insight.panel.title', undefined, overrides),
    lines: [
      ...insightFigureLines(report, locale, overrides),
      ...(findings.length > 0
        ? [insightT(locale, 'insight.block.findings', undefined, overrides), ...findings]
        : []),
    ],
  };
}
