/**
 * One Map-based index over a document, built once per document object and cached. Documents are immutable
 * (commands never mutate one, they make a new document object), so a WeakMap keyed by the document is
 * always up to date: an edit makes a new document object, which gets its own index on first use. That index
 * is made of one part per collection (index-part.ts): a collection the edit did not change keeps its part,
 * and a changed one is brought up to date from the part before it (the few entries taken out and put in),
 * not indexed afresh: at 5,000 persons an edit costs the index well under a millisecond instead of a pass
 * over 13,000 entities.
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
import { RELATION_COLLECTIONS } from '../model/relation-collections.js';
import { partMaker } from './index-part.js';

/**
 * Every relation kind of a document: the entries of every collection other than persons and organisations.
 */
export type Relation = Partnership | ParentChild | MultipleBirth | Household | Emotional | Tie;

/**
 * Maps over one document for lookups by id, built by {@link documentIndex}. Lists keep document order; the
 * maps' own iteration order is unspecified (iterate the document's collections for its order). Dangling
 * references are indexed as they are (a tie to a missing id is listed under that id), so lookups never throw.
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

// Looked up by id: persons, organisations, partnerships; the other relations only through their groupings.
const persons = partMaker<Person>([]);
const organisations = partMaker<Organisation>([]);
const partnerships = partMaker<Partnership>([
  (p, add) => {
    add(p.a);
    if (p.b !== p.a) add(p.b);
  },
]);
const parentChild = partMaker<ParentChild>([(l, add) => add(l.child), (l, add) => add(l.parent)], false);
const households = partMaker<Household>(
  [
    (h, add) => {
      // Each member once, also when the list names someone twice.
      for (let i = 0; i < h.members.length; i++)
        if (h.members.indexOf(h.members[i]!) === i) add(h.members[i]!);
    },
  ],
  false,
);
const ties = partMaker<Tie>(
  [
    (t, add) => {
      add(t.from);
      if (t.to !== t.from) add(t.to);
    },
  ],
  false,
);

/** Every relation by id, as one map: made on first use (nothing in Kring reads it; hosts may). */
function relationsOf(doc: KringDocument): ReadonlyMap<Id, Relation> {
  const relations = new Map<Id, Relation>();
  for (const name of RELATION_COLLECTIONS)
    for (const r of doc[name] as readonly Relation[]) relations.set(r.id, r);
  return relations;
}

function build(doc: KringDocument): DocumentIndex {
  const couples = partnerships(doc.partnerships);
  const links = parentChild(doc.parentChild);
  let relations: ReadonlyMap<Id, Relation> | undefined;
  return {
    persons: persons(doc.persons).byId!,
    organisations: organisations(doc.organisations).byId!,
    get relations() {
      relations ??= relationsOf(doc);
      return relations;
    },
    partnerships: couples.byId!,
    parentLinks: links.groups[0]!,
    childLinks: links.groups[1]!,
    partnershipsByPerson: couples.groups[0]!,
    householdsByMember: households(doc.households).groups[0]!,
    tiesByEnd: ties(doc.ties).groups[0]!,
  };
}

/**
 * The index of `doc`, built on first use and cached for as long as the document object lives (a `WeakMap`
 * keyed by the document). The first is one pass over every collection; the index of an edited document
 * is made from the one before (see index-part.ts); afterwards each call is a map lookup. Rely on it only for documents that are not mutated in place (commands always make a new document
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
