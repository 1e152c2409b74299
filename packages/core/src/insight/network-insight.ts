/**
 * The figures of the insight panel and `kring insight`, computed on the network around the client as core's
 * one query defines it (altersOfFocus: home, alters, their ring, sector and professional/informal). Every
 * definition is documented in docs/insight.md:
 *
 * - **Support** per type: an alter counts once as `received` if one of its home ties has an item of that
 *   type with direction `received` that is not potential; likewise `given`; `potential` if one of its home
 *   ties has a potential item of that type (either direction).
 * - **Reciprocal**: an alter with at least one actual received and one actual given item (any types).
 * - **Know each other**: ties with neither end at home.
 * - **By ring** / **by sector**: each alter under its ring (`1..rings`) and sector (a key of the preset), or
 *   under `none` when it has none.
 *
 * Lists hold ids in the order of altersOfFocus (the order of each alter's first home tie); the counts do
 * not depend on that order or on the ids.
 */
import { SECTOR_PRESETS, SUPPORT_TYPES, type SectorKey, type SupportType } from '../model/enums.js';
import type { Id, KringDocument, SupportItem, Tie } from '../model/types.js';
import { altersOfFocus, homeOf, type Alter } from '../queries/alters-of-focus.js';
import { documentIndex, perDocument } from '../queries/document-index.js';

/** The alters that receive, give and could (potentially) exchange one support type with home. */
export interface SupportSources {
  /** Alters with an actual item of this type, direction `received` (the client receives it from them). */
  received: Id[];
  /** Alters with an actual item of this type, direction `given` (the client gives it to them). */
  given: Id[];
  /** Alters with a potential item of this type, either direction. */
  potential: Id[];
  /** Alters with a potential item of this type, direction `received`: who could be asked for it. */
  couldGive: Id[];
}

/**
 * The figures of the network around the client (the insight tab, `kring insight`): its alters split by
 * informal and professional, reciprocity, who knows whom, rings, sectors and support per type. Lists hold ids
 * in the order of the alters (the order of each alter's first home tie).
 */
export interface NetworkInsight {
  /** Number of rings of the document (`options.rings`). */
  rings: number;
  /** The keys of the document's sector preset, in drawing order. */
  sectors: readonly SectorKey[];
  /** Every alter, as core's query describes it. */
  alters: readonly Alter[];
  /** Alters by id. */
  alterById: ReadonlyMap<Id, Alter>;
  /** Informal alters: family, friends, neighbours… (everyone who is not a professional). */
  informal: Id[];
  /** Professional alters: organisations, and alters in the preset's professional sector. */
  professional: Id[];
  /** Alters with whom support goes both ways: at least one actual item received and one given (any types). */
  reciprocal: Id[];
  /** Ties with neither end at home, in document order. */
  knowEachOther: Tie[];
  /** Alter ids per ring: keys `"1"`..`"<rings>"` and `"none"`. */
  byRing: Record<string, Id[]>;
  /** Alter ids per sector: every key of the preset and `"none"`. */
  bySector: Record<string, Id[]>;
  /** Per support type, the alters that give, receive or could exchange it. */
  support: Record<SupportType, SupportSources>;
  /** Actual support items on home ties, each item counted (for the one-sided finding). */
  items: { received: number; given: number };
}

/** The key of `byRing` an alter falls under. */
const ringKey = (alter: Alter): string => (alter.ring === null ? 'none' : String(alter.ring));
/** The key of `bySector` an alter falls under. */
const sectorKey = (alter: Alter): string => alter.sector ?? 'none';

/**
 * The figures of the network around the client of `doc` (see {@link NetworkInsight}), by core's one rule for
 * who is home and who is an alter. Computed once per document object and cached (documents are immutable),
 * so panels that ask for it after every edit pay once per version.
 *
 * @example
 * ```ts
 * const insight = networkInsight(doc);
 * console.log(`${insight.alters.length} alters, ${insight.professional.length} professional`);
 * ```
 */
export const networkInsight: (doc: KringDocument) => NetworkInsight = perDocument((doc) => {
  const alters = altersOfFocus(doc);
  const home = homeOf(doc);
  const rings = doc.options.rings;
  const sectors = SECTOR_PRESETS[doc.options.sectors] as readonly SectorKey[];

  const byRing: Record<string, Id[]> = {};
  for (let r = 1; r <= rings; r++) byRing[String(r)] = [];
  byRing['none'] = [];
  const bySector: Record<string, Id[]> = {};
  for (const s of sectors) bySector[s] = [];
  bySector['none'] = [];

  const support = {} as Record<SupportType, SupportSources>;
  for (const type of SUPPORT_TYPES) support[type] = { received: [], given: [], potential: [], couldGive: [] };

  const informal: Id[] = [];
  const professional: Id[] = [];
  const reciprocal: Id[] = [];
  const items = { received: 0, given: 0 };
  const alterById = new Map<Id, Alter>();

  for (const alter of alters) {
    alterById.set(alter.id, alter);
    (alter.professional ? professional : informal).push(alter.id);
    // A ring or sector the query returns is within the document's options; anything else counts as none.
    (byRing[ringKey(alter)] ?? byRing['none']).push(alter.id);
    (bySector[sectorKey(alter)] ?? bySector['none']).push(alter.id);

    const received = new Set<SupportType>();
    const given = new Set<SupportType>();
    const potential = new Set<SupportType>();
    const couldGive = new Set<SupportType>();
    for (const tie of alter.ties)
      for (const item of tie.support ?? []) {
        if (item.potential === true) {
          potential.add(item.type);
          if (item.direction === 'received') couldGive.add(item.type);
        } else if (item.direction === 'received') {
          received.add(item.type);
          items.received++;
        } else {
          given.add(item.type);
          items.given++;
        }
      }
    for (const type of SUPPORT_TYPES) {
      const cell = support[type];
      if (received.has(type)) cell.received.push(alter.id);
      if (given.has(type)) cell.given.push(alter.id);
      if (potential.has(type)) cell.potential.push(alter.id);
      if (couldGive.has(type)) cell.couldGive.push(alter.id);
    }
    if (isReciprocal(alter.ties.flatMap((t) => t.support ?? []))) reciprocal.push(alter.id);
  }

  const knowEachOther = doc.ties.filter((t) => !home.has(t.from) && !home.has(t.to));

  return {
    rings,
    sectors,
    alters,
    alterById,
    informal,
    professional,
    reciprocal,
    knowEachOther,
    byRing,
    bySector,
    support,
    items,
  };
});

/**
 * Whether support goes both ways: at least one actual (not potential) item received and one given. The
 * insight figure and the sociogram's reciprocity mark both use this.
 */
export function isReciprocal(items: readonly SupportItem[]): boolean {
  let received = false;
  let given = false;
  for (const item of items) {
    if (item.potential === true) continue;
    if (item.direction === 'received') received = true;
    else given = true;
  }
  return received && given;
}

/** The strongest `strength` among an alter's home ties; 0 when none is set. */
export function strongestTie(alter: Alter): number {
  let best = 0;
  for (const t of alter.ties) if (t.strength !== undefined && t.strength > best) best = t.strength;
  return best;
}

/** The display name of a person or organisation of the document; undefined when there is none. */
export function nameOfEntity(doc: KringDocument, id: Id): string | undefined {
  const index = documentIndex(doc);
  return index.persons.get(id)?.name ?? index.organisations.get(id)?.name;
}
