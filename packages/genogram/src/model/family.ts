/**
 * The genogram's own index of a document: persons by number, unions (couples, including implicit ones) and
 * the couple every child hangs from. Plain arrays indexed by person number keep the layout's hot loops fast.
 */
import type { Id, KringDocument, ParentChild, ParentChildKind, Partnership, Person } from '@kring/core';
import { parsePartialDate } from '@kring/core';
import { sortSmall } from './sort-small.js';

/** A couple line (or a lone parent) children can hang from. */
export interface Union {
  /** Document id: the partnership's, or the first parent-child link's for implicit and lone-parent unions. */
  id: Id;
  a: number;
  /** -1 for a lone parent. */
  b: number;
  partnership?: Partnership;
  /** Two parents with no partnership recorded between them. */
  implicit: boolean;
  /** Sort key in time (first dated event), Infinity when undated. */
  time: number;
}

/** A parent-child link drawn apart from the sibling bar (a second family of a child). */
export interface ExtraLink {
  parent: number;
  child: number;
  link: ParentChild;
}

export interface Family {
  document: KringDocument;
  persons: Person[];
  index: Map<Id, number>;
  unions: Union[];
  /** Union numbers of each person (as a or b), lone-parent unions excluded. */
  unionsOf: number[][];
  /** Union each person hangs from, -1 when none. */
  anchorOf: Int32Array;
  /** The parent-child link that decides the style of a person's descent line. */
  descentLink: (ParentChild | undefined)[];
  /** Children of each union, oldest first (birth date, then document order). */
  childrenOf: number[][];
  extraLinks: ExtraLink[];
  /** Birth sort key per person (Infinity when unknown). */
  birthKey: Float64Array;
  /** The current household of each person (index into document.households), -1 when none. */
  householdOf: Int32Array;
  /** 1 for persons not (yet) joined to the focus's family (model/genogram-persons.ts). */
  loose: Uint8Array;
  /** For a significant other (model/genogram-persons.ts), the person whose emotional line brought them in,
   * -1 for everyone else. */
  significantOf: Int32Array;
  focus: number;
}

const KIND_RANK: Record<ParentChildKind, number> = {
  biological: 0,
  adoptive: 1,
  donor: 2,
  step: 3,
  foster: 4,
  guardian: 5,
};

export function dateKey(text: string | undefined): number {
  if (text === undefined) return Infinity;
  const d = parsePartialDate(text);
  if (!d) return Infinity;
  return d.year * 372 + (d.month ?? 0) * 31 + (d.day ?? 0);
}

function unionTime(p: Partnership): number {
  for (let i = 0; i < p.events.length; i++) {
    const k = dateKey(p.events[i]!.date);
    if (k !== Infinity) return k;
  }
  return Infinity;
}

const byKindRank = (x: ParentChild, y: ParentChild): number => KIND_RANK[x.kind] - KIND_RANK[y.kind];

export function buildFamily(
  document: KringDocument,
  looseIds: ReadonlySet<Id> = new Set(),
  others: ReadonlyMap<Id, Id> = new Map(),
  /** Number of each person id in document.persons, when the caller has it already. */
  knownIndex?: Map<Id, number>,
): Family {
  const persons = document.persons;
  const n = persons.length;
  const index = knownIndex ?? new Map<Id, number>();
  if (!knownIndex) for (let i = 0; i < n; i++) index.set(persons[i]!.id, i);
  const birthKey = new Float64Array(n);
  for (let i = 0; i < n; i++) birthKey[i] = dateKey(persons[i]!.birth);

  const unions: Union[] = [];
  const unionsOf: number[][] = Array.from({ length: n }, () => []);
  const unionById = new Map<Id, number>();
  const pairKey = (a: number, b: number) => (a < b ? a * n + b : b * n + a);
  const unionsByPair = new Map<number, number[]>();
  const addUnion = (u: Union): number => {
    const k = unions.length;
    unions.push(u);
    if (u.b >= 0) {
      unionsOf[u.a]!.push(k);
      unionsOf[u.b]!.push(k);
      const key = pairKey(u.a, u.b);
      const list = unionsByPair.get(key);
      if (list) list.push(k);
      else unionsByPair.set(key, [k]);
    }
    return k;
  };
  // Index loops throughout: the first layout of a process runs this in V8's interpreter (issue 16), where an
  // array iterator allocates per step.
  for (let i = 0; i < document.partnerships.length; i++) {
    const p = document.partnerships[i]!;
    const a = index.get(p.a);
    const b = index.get(p.b);
    if (a === undefined || b === undefined || a === b) continue;
    unionById.set(p.id, addUnion({ id: p.id, a, b, partnership: p, implicit: false, time: unionTime(p) }));
  }

  // The parent links of each child, in document order.
  const linksOf = new Array<ParentChild[] | undefined>(n);
  for (let i = 0; i < document.parentChild.length; i++) {
    const link = document.parentChild[i]!;
    const c = index.get(link.child);
    const p = index.get(link.parent);
    if (c === undefined || p === undefined || c === p) continue;
    const list = linksOf[c];
    if (list) list.push(link);
    else linksOf[c] = [link];
  }

  const anchorOf = new Int32Array(n).fill(-1);
  const descentLink: (ParentChild | undefined)[] = new Array(n).fill(undefined);
  const extraLinks: ExtraLink[] = [];
  const loneUnion = new Map<number, number>();
  for (let c = 0; c < n; c++) {
    const links = linksOf[c];
    if (!links) continue;
    // Most children have one or two parent links: two are ranked without a copy and a sort.
    const ranked =
      links.length > 2
        ? sortSmall(links.slice(), byKindRank)
        : links.length === 2 && byKindRank(links[0]!, links[1]!) > 0
          ? [links[1]!, links[0]!]
          : links;
    const best = ranked[0]!;
    const bp = index.get(best.parent)!;
    let anchor = -1;
    const declared = best.partnership === undefined ? undefined : unionById.get(best.partnership);
    if (declared !== undefined && (unions[declared]!.a === bp || unions[declared]!.b === bp))
      anchor = declared;
    if (anchor < 0) {
      // The other parent: same kind first, then any kind; a recorded couple between them, else an implicit one.
      for (let pass = 0; pass < 2 && anchor < 0; pass++)
        for (let i = 0; i < ranked.length; i++) {
          const other = ranked[i]!;
          if (other === best || (other.kind === best.kind) !== (pass === 0)) continue;
          const q = index.get(other.parent)!;
          if (q === bp) continue;
          const shared = unionsByPair.get(pairKey(bp, q));
          if (shared) {
            anchor = shared[shared.length - 1]!;
            break;
          }
        }
      if (anchor < 0) {
        const second = ranked.find((l) => l !== best && l.kind === best.kind && index.get(l.parent) !== bp);
        if (second) {
          const q = index.get(second.parent)!;
          anchor = addUnion({ id: best.id, a: bp, b: q, implicit: true, time: Infinity });
        }
      }
      if (anchor < 0) {
        const lone = loneUnion.get(bp);
        anchor = lone ?? addUnion({ id: best.id, a: bp, b: -1, implicit: false, time: Infinity });
        loneUnion.set(bp, anchor);
      }
    }
    anchorOf[c] = anchor;
    descentLink[c] = best;
    const u = unions[anchor]!;
    for (let i = 0; i < links.length; i++) {
      const link = links[i]!;
      if (link === best) continue;
      const p = index.get(link.parent)!;
      const inAnchor = p === u.a || p === u.b;
      if (!inAnchor || link.kind !== best.kind) extraLinks.push({ parent: p, child: c, link });
    }
  }

  const childrenOf: number[][] = [];
  for (let k = 0; k < unions.length; k++) childrenOf.push([]);
  for (let c = 0; c < n; c++) if (anchorOf[c]! >= 0) childrenOf[anchorOf[c]!]!.push(c);
  const byBirth = (x: number, y: number): number => birthKey[x]! - birthKey[y]! || x - y;
  for (let k = 0; k < childrenOf.length; k++)
    if (childrenOf[k]!.length > 1) sortSmall(childrenOf[k]!, byBirth);

  const householdOf = new Int32Array(n).fill(-1);
  for (let k = 0; k < document.households.length; k++) {
    const h = document.households[k]!;
    if (h.current !== true) continue;
    for (let i = 0; i < h.members.length; i++) {
      const p = index.get(h.members[i]!);
      if (p !== undefined && householdOf[p] === -1) householdOf[p] = k;
    }
  }

  const loose = new Uint8Array(n);
  if (looseIds.size) for (let i = 0; i < n; i++) if (looseIds.has(persons[i]!.id)) loose[i] = 1;
  const significantOf = new Int32Array(n).fill(-1);
  if (others.size)
    for (let i = 0; i < n; i++) {
      const to = others.get(persons[i]!.id);
      if (to !== undefined) significantOf[i] = index.get(to) ?? -1;
    }
  const focus = index.get(document.focus) ?? 0;
  return {
    document,
    persons,
    index,
    unions,
    unionsOf,
    anchorOf,
    descentLink,
    childrenOf,
    extraLinks,
    birthKey,
    householdOf,
    loose,
    significantOf,
    focus,
  };
}
