import {
  SECTOR_PRESETS,
  SYSTEM_CATEGORIES,
  altersOfFocus,
  derivedSector,
  documentIndex,
  isInCentre,
  type KringDocument,
  type SectorKey,
  type SystemCategory,
  type Tie,
} from '@kring/core';

/** A system around the centre: a person or organisation at the far end of a tie. */
export interface Satellite {
  id: string;
  kind: 'person' | 'organisation';
  name: string;
  category?: SystemCategory;
  /** Grouping key: `sector:<key>` for persons, `category:<key>` for organisations. */
  group: string;
  /** Position of the group in the drawing order (persons by sector first, then organisations). */
  groupRank: number;
}

export interface EcogramModel {
  satellites: Satellite[];
  /** Ties with one end in the centre (the focus or a member of its household), in document order. */
  centreTies: Tie[];
  /** Ties between two satellites. */
  alterTies: Tie[];
}

/**
 * Who goes around the centre: the alters of the focus (core `altersOfFocus`), then every other tie end
 * outside the centre, so every tie end is drawn once. Persons are grouped by sector (the tie's, else the
 * derived one, else friends/community), organisations by category; groups keep a fixed order.
 * Ties between two members of the centre are not drawn (the centre's small genogram shows that family).
 */
export function collectSatellites(document: KringDocument): EcogramModel {
  const index = documentIndex(document);
  const sectors: readonly SectorKey[] = SECTOR_PRESETS[document.options.sectors];
  const fallback = sectors.find((k) => k === 'friends' || k === 'community') ?? sectors[sectors.length - 1]!;
  const make = (id: string, sector: SectorKey | undefined): Satellite | undefined => {
    const organisation = index.organisations.get(id);
    if (organisation) {
      return {
        id,
        kind: 'organisation',
        name: organisation.name,
        category: organisation.category,
        group: `category:${organisation.category}`,
        groupRank: sectors.length + SYSTEM_CATEGORIES.indexOf(organisation.category),
      };
    }
    const person = index.persons.get(id);
    if (!person) return undefined;
    const key = sector ?? fallback;
    return { id, kind: 'person', name: person.name, group: `sector:${key}`, groupRank: sectors.indexOf(key) };
  };
  const satellites: Satellite[] = [];
  const seen = new Set<string>();
  for (const alter of altersOfFocus(document)) {
    if (alter.inHousehold) continue;
    const s = make(alter.id, alter.sector ?? undefined);
    if (s) {
      satellites.push(s);
      seen.add(s.id);
    }
  }
  const centreTies: Tie[] = [];
  const alterTies: Tie[] = [];
  const known = (id: string) => index.persons.has(id) || index.organisations.has(id);
  for (const tie of document.ties) {
    if (tie.from === tie.to || !known(tie.from) || !known(tie.to)) continue;
    const fromCentre = isInCentre(document, tie.from);
    const toCentre = isInCentre(document, tie.to);
    if (fromCentre && toCentre) continue;
    for (const id of [tie.from, tie.to]) {
      if (seen.has(id) || isInCentre(document, id)) continue;
      const s = make(id, derivedSector(document, id));
      if (s) {
        satellites.push(s);
        seen.add(id);
      }
    }
    if (fromCentre || toCentre) centreTies.push(tie);
    else alterTies.push(tie);
  }
  // Stable sort: groups in their fixed order, document order within a group.
  const order = satellites.map((s, i) => ({ s, i }));
  order.sort((a, b) => a.s.groupRank - b.s.groupRank || a.i - b.i);
  return { satellites: order.map((o) => o.s), centreTies, alterTies };
}
