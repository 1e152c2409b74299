/**
 * The network of a map as tables for research (GraphML and CSV share them): nodes for persons and
 * organisations, edges for ties and, typed apart, family relations (partnerships, parent-child links,
 * emotional lines). Node and edge ids are neutral (`n1`, `e1`): Kring's ids may hold names.
 *
 * With `pseudonymise` (for data that leaves the organisation) the tables are built from what the exports of
 * the rest of Kring show (@kring/scene's `documentForRender`): names as initials (`displayName`), no calendar
 * years (ages stay), no Kring ids. Free text (notes, titles, places, occupations, plan texts) and contact
 * details are never in these tables.
 */
import {
  ageAt,
  altersOfFocus,
  homeOf,
  lifeStatusOf,
  yearOf,
  type KringDocument,
  type Tie,
} from '@kring/core';
import { displayName, documentForRender } from '@kring/scene';

/** Options of the research exports (GraphML, CSV). */
export interface ResearchOptions {
  /**
   * For data that leaves the organisation: names as initials, no calendar years (ages stay), no Kring ids.
   * Default false.
   */
  pseudonymise?: boolean;
}

export type Value = string | number | boolean | undefined;

export interface Column {
  name: string;
  type: 'string' | 'int' | 'boolean';
}

export interface Table {
  columns: readonly Column[];
  rows: Record<string, Value>[];
}

/** The network of a map as four tables (the CSV files and the GraphML nodes and edges). */
export interface NetworkTables {
  /** Node table of persons. */
  persons: Table;
  /** Node table of organisations. */
  organisations: Table;
  /** Edge table of ties. */
  ties: Table;
  /** Edge table of family relations: partnerships, parent-child links, emotional lines. */
  relations: Table;
}

const col = (name: string, type: Column['type'] = 'string'): Column => ({ name, type });

export const PERSON_COLUMNS: readonly Column[] = [
  col('id'),
  col('kringId'),
  col('label'),
  col('gender'),
  col('birthYear', 'int'),
  col('age', 'int'),
  col('deceased', 'boolean'),
  col('focus', 'boolean'),
  col('home', 'boolean'),
  col('sector'),
  col('ring', 'int'),
];
export const ORGANISATION_COLUMNS: readonly Column[] = [
  col('id'),
  col('kringId'),
  col('label'),
  col('category'),
  col('sector'),
  col('ring', 'int'),
];
export const TIE_COLUMNS: readonly Column[] = [
  col('id'),
  col('source'),
  col('target'),
  col('sector'),
  col('ring', 'int'),
  col('strength', 'int'),
  col('stress'),
  col('flow'),
  col('frequency'),
  col('knownFor'),
  col('critical'),
  col('supportReceived'),
  col('supportGiven'),
  col('supportPotential'),
];
export const RELATION_COLUMNS: readonly Column[] = [
  col('id'),
  col('source'),
  col('target'),
  col('relation'),
  col('kind'),
  col('directed', 'boolean'),
];

/** Support types of a tie in one direction, `;`-separated (`emotional;practical`). */
function supportList(
  tie: Tie,
  pick: (s: NonNullable<Tie['support']>[number]) => boolean,
): string | undefined {
  const types = (tie.support ?? []).filter(pick).map((s) => s.type);
  return types.length > 0 ? [...new Set(types)].join(';') : undefined;
}

/** The research tables of `doc`. */
export function networkTables(source: KringDocument, options: ResearchOptions = {}): NetworkTables {
  const pseudonymise = options.pseudonymise === true;
  const doc = pseudonymise ? documentForRender(source, { locale: 'en', pseudonymise: true }) : source;
  const nodeId = new Map<string, string>();
  for (const p of doc.persons) nodeId.set(p.id, `n${nodeId.size + 1}`);
  for (const o of doc.organisations) nodeId.set(o.id, `n${nodeId.size + 1}`);
  const alters = new Map(altersOfFocus(doc).map((a) => [a.id, a]));
  const home = homeOf(doc);
  const kringId = (id: string) => (pseudonymise ? undefined : id);

  const persons: Table = {
    columns: PERSON_COLUMNS,
    rows: doc.persons.map((p) => {
      const alter = alters.get(p.id);
      const deceased = lifeStatusOf(p) === 'deceased';
      return {
        id: nodeId.get(p.id),
        kringId: kringId(p.id),
        label: displayName(p.name, pseudonymise),
        gender: p.gender,
        birthYear: pseudonymise ? undefined : yearOf(p.birth),
        age: ageAt(p.birth, deceased ? p.death : doc.referenceDate),
        deceased,
        focus: p.id === doc.focus,
        home: home.has(p.id),
        sector: alter?.sector ?? undefined,
        ring: alter?.ring ?? undefined,
      };
    }),
  };
  const organisations: Table = {
    columns: ORGANISATION_COLUMNS,
    rows: doc.organisations.map((o) => {
      const alter = alters.get(o.id);
      return {
        id: nodeId.get(o.id),
        kringId: kringId(o.id),
        label: displayName(o.name, pseudonymise),
        category: o.category,
        sector: alter?.sector ?? undefined,
        ring: alter?.ring ?? undefined,
      };
    }),
  };
  let edge = 0;
  const ties: Table = {
    columns: TIE_COLUMNS,
    rows: doc.ties
      .filter((t) => nodeId.has(t.from) && nodeId.has(t.to))
      .map((t) => ({
        id: `e${++edge}`,
        source: nodeId.get(t.from),
        target: nodeId.get(t.to),
        sector: t.sector,
        ring: t.ring,
        strength: t.strength,
        stress: t.stress,
        flow: t.flow,
        frequency: t.frequency,
        knownFor: t.knownFor,
        critical: t.critical,
        supportReceived: supportList(t, (s) => s.direction === 'received' && s.potential !== true),
        supportGiven: supportList(t, (s) => s.direction === 'given' && s.potential !== true),
        supportPotential: supportList(t, (s) => s.potential === true),
      })),
  };
  const relations: Table = { columns: RELATION_COLUMNS, rows: [] };
  const relation = (a: string, b: string, kind: string, value: string, directed: boolean) => {
    if (nodeId.has(a) && nodeId.has(b))
      relations.rows.push({
        id: `e${++edge}`,
        source: nodeId.get(a),
        target: nodeId.get(b),
        relation: kind,
        kind: value,
        directed,
      });
  };
  for (const p of doc.partnerships) relation(p.a, p.b, 'partnership', p.type, false);
  for (const l of doc.parentChild) relation(l.parent, l.child, 'parentChild', l.kind, true);
  for (const e of doc.emotional) {
    const reversed = e.direction === 'b_to_a';
    const directed = e.direction === 'a_to_b' || reversed;
    relation(reversed ? e.b : e.a, reversed ? e.a : e.b, 'emotional', e.kind, directed);
  }
  return { persons, organisations, ties, relations };
}
