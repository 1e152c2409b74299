/**
 * One Map-based index over a document, built once per document object and cached. Documents are immutable
 * (commands never mutate one, they make a new document object), so a WeakMap keyed by the document is
 * always up to date: an edit makes a new document object, which gets its own index on first use.
 *
 * The index tolerates dangling references (it indexes what is there) so that queries never throw on a
 * document that the reader has not checked yet.
 */
import type {
  Emotional,
  Household,
  Id,
  KringDocument,
  MultipleBirth,
  Organisation,
  ParentChild,
  Partnership,
  Person,
  Tie,
} from '../model/types.js';

/**
 * Every relation kind of a document: the entries of every collection other than persons and organisations.
 */
export type Relation = Partnership | ParentChild | MultipleBirth | Household | Emotional | Tie;

/**
 * Maps over one document for lookups by id, built by {@link documentIndex}. Lists keep document order.
 * Dangling references are indexed as they are (a tie to a missing id is listed under that id), so lookups
 * never throw.
 */
export interface DocumentIndex {
  /** The persons by id. */
  readonly persons: ReadonlyMap<Id, Person>;
  /** The organisations by id. */
  readonly organisations: ReadonlyMap<Id, Organisation>;
  /**
   * Every relation (partnership, parent-child link, multiple birth, household, emotional line, tie) by id.
   */
  readonly relations: ReadonlyMap<Id, Relation>;
  /** The partnerships by id. */
  readonly partnerships: ReadonlyMap<Id, Partnership>;
  /** Parent-child links by child id, in document order. */
  readonly parentLinks: ReadonlyMap<Id, readonly ParentChild[]>;
  /** Parent-child links by parent id, in document order. */
  readonly childLinks: ReadonlyMap<Id, readonly ParentChild[]>;
  /** Partnerships by either partner's id, in document order. */
  readonly partnershipsByPerson: ReadonlyMap<Id, readonly Partnership[]>;
  /** Households by member id, in document order. */
  readonly householdsByMember: ReadonlyMap<Id, readonly Household[]>;
  /** Ties by either end's id, in document order. */
  readonly tiesByEnd: ReadonlyMap<Id, readonly Tie[]>;
}

const cache = new WeakMap<KringDocument, DocumentIndex>();

function push<T>(map: Map<Id, T[]>, key: Id, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function build(doc: KringDocument): DocumentIndex {
  const persons = new Map<Id, Person>();
  const organisations = new Map<Id, Organisation>();
  const relations = new Map<Id, Relation>();
  const partnerships = new Map<Id, Partnership>();
  const parentLinks = new Map<Id, ParentChild[]>();
  const childLinks = new Map<Id, ParentChild[]>();
  const partnershipsByPerson = new Map<Id, Partnership[]>();
  const householdsByMember = new Map<Id, Household[]>();
  const tiesByEnd = new Map<Id, Tie[]>();

  for (const p of doc.persons) persons.set(p.id, p);
  for (const o of doc.organisations) organisations.set(o.id, o);
  for (const p of doc.partnerships) {
    relations.set(p.id, p);
    partnerships.set(p.id, p);
    push(partnershipsByPerson, p.a, p);
    if (p.b !== p.a) push(partnershipsByPerson, p.b, p);
  }
  for (const l of doc.parentChild) {
    relations.set(l.id, l);
    push(parentLinks, l.child, l);
    push(childLinks, l.parent, l);
  }
  for (const m of doc.multipleBirths) relations.set(m.id, m);
  for (const h of doc.households) {
    relations.set(h.id, h);
    for (const member of new Set(h.members)) push(householdsByMember, member, h);
  }
  for (const e of doc.emotional) relations.set(e.id, e);
  for (const t of doc.ties) {
    relations.set(t.id, t);
    push(tiesByEnd, t.from, t);
    if (t.to !== t.from) push(tiesByEnd, t.to, t);
  }
  return {
    persons,
    organisations,
    relations,
    partnerships,
    parentLinks,
    childLinks,
    partnershipsByPerson,
    householdsByMember,
    tiesByEnd,
  };
}

/**
 * The index of `doc`, built on first use and cached for as long as the document object lives (a `WeakMap`
 * keyed by the document). Building it is one pass over every collection; afterwards each call is a map
 * lookup. Rely on it only for documents that are not mutated in place (commands always make a new document
 * object).
 */
export function documentIndex(doc: KringDocument): DocumentIndex {
  let index = cache.get(doc);
  if (!index) {
    index = build(doc);
    cache.set(doc, index);
  }
  return index;
}

/** A cache of one derived value per document object (for queries that walk the whole graph). */
export function perDocument<T>(compute: (doc: KringDocument) => T): (doc: KringDocument) => T {
  const values = new WeakMap<KringDocument, T>();
  return (doc) => {
    if (values.has(doc)) return values.get(doc) as T;
    const value = compute(doc);
    values.set(doc, value);
    return value;
  };
}
