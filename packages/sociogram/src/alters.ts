import {
  SECTOR_PRESETS,
  altersOfFocus,
  derivedSector,
  documentIndex,
  isInCentre,
  type Gender,
  type KringDocument,
  type SectorKey,
  type SupportItem,
  type Tie,
} from '@kring/core';

/** One alter of the sociogram: an entity at the other end of a tie, with the ring and sector it goes in. */
export interface Alter {
  id: string;
  kind: 'person' | 'organisation';
  name: string;
  gender?: Gender;
  /** 1 = innermost. */
  ring: number;
  sector: SectorKey;
  sectorIndex: number;
  /** Support on the ties that make it an alter (ties with the focus first). */
  support: SupportItem[];
  actionTeam: boolean;
}

export interface SociogramModel {
  alters: Alter[];
  /** Ties between two drawn alters (neither end is the focus), drawn as lines. */
  alterTies: Tie[];
}

/** The sector of a person who is neither kin nor household: the preset's friends, else its community. */
function otherSector(keys: readonly SectorKey[]): SectorKey {
  return keys.find((k) => k === 'friends' || k === 'community') ?? keys[keys.length - 1]!;
}

/**
 * The alters of the sociogram: the alters of the focus (core `altersOfFocus`: tied to the focus, or to a
 * member of its current household), then every other entity named by a tie (alter-to-alter ties only), so
 * that every tie end outside the centre is drawn exactly once.
 * Ring: the tie's ring, else the OUTERMOST ring (a contact nobody has rated yet is not assumed close).
 * Sector: the tie's sector, else the derived one (kin → family, organisations → professionals), else the
 * preset's friends (or community) sector.
 */
export function collectAlters(document: KringDocument): SociogramModel {
  const rings = document.options.rings;
  const keys: readonly SectorKey[] = SECTOR_PRESETS[document.options.sectors];
  const index = documentIndex(document);
  const team = new Set(document.plan?.actionTeam ?? []);
  const fallback = otherSector(keys);

  const alters: Alter[] = altersOfFocus(document).map((a) => {
    const sector = a.sector ?? fallback;
    return {
      id: a.id,
      kind: a.kind,
      name: a.kind === 'person' ? a.person.name : a.organisation.name,
      ...(a.kind === 'person' ? { gender: a.person.gender } : {}),
      ring: a.ring ?? rings,
      sector,
      sectorIndex: keys.indexOf(sector),
      support: a.ties.flatMap((t) => t.support ?? []),
      actionTeam: team.has(a.id),
    };
  });
  const drawn = new Set(alters.map((a) => a.id));
  const alterTies: Tie[] = [];
  for (const tie of document.ties) {
    if (tie.from === tie.to || tie.from === document.focus || tie.to === document.focus) continue;
    for (const id of [tie.from, tie.to]) {
      if (drawn.has(id) || isInCentre(document, id)) continue;
      const person = index.persons.get(id);
      const organisation = index.organisations.get(id);
      if (!person && !organisation) continue;
      const sector = derivedSector(document, id) ?? fallback;
      drawn.add(id);
      alters.push({
        id,
        kind: organisation ? 'organisation' : 'person',
        name: person?.name ?? organisation?.name ?? '',
        ...(person ? { gender: person.gender } : {}),
        ring: rings,
        sector,
        sectorIndex: keys.indexOf(sector),
        support: [],
        actionTeam: team.has(id),
      });
    }
    if (drawn.has(tie.from) && drawn.has(tie.to)) alterTies.push(tie);
  }
  return { alters, alterTies };
}
