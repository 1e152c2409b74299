/**
 * The network around the client — one rule for the sociogram, the ecogram, insight figures and
 * comparisons (format.md, "The network around the client"):
 *
 * - **Home**: the focus and the members of every `current` household that lists the focus.
 * - **Alter**: any person or organisation other than the focus with a tie to someone at home. Its *home
 *   ties* are those ties.
 * - **Ring** of an alter: the ring of its tie with the focus (the innermost, if several); otherwise the
 *   innermost ring of its other home ties; `null` when none is set. (A ring the editor proposes from a tie's
 *   strength and frequency is written into the tie — see proposed-ring.ts — so it counts only once stored.)
 * - **Sector** of an alter: the sector of the tie that gave its ring (or of its first home tie); when unset
 *   (or not a key of the document's preset), derived: kin of the focus → the preset's family sector, an
 *   organisation → the preset's professional sector; otherwise `null` (derivedSector; in Tracy &
 *   Whittaker, whose preset has a household sector, a home member's family sector is `household`).
 * - **Professional**: an organisation, or an alter whose sector is the preset's professional sector
 *   (`professionals` in default and Lensink, `agencies` in Tracy & Whittaker). Everyone else is informal.
 *
 * Rings outside `1..options.rings` count as unset. Alters come in the order of their first home tie in
 * the document; each appears once.
 */
import type { Id, KringDocument, Organisation, Person, Tie } from '../model/types.js';
import type { SectorKey } from '../model/enums.js';
import { documentIndex, perDocument } from './document-index.js';
import { derivedSector, isSectorOfPreset, SECTOR_ROLES } from './effective-sector.js';

/** What every alter has, person or organisation (see {@link Alter}). */
export interface AlterCommon {
  /** The alter's id: a person or organisation id, never the focus. */
  id: Id;
  /** Its home ties: ties with the focus first, then ties with other home members; each in document order. */
  ties: Tie[];
  /** Whether one of the ties has the focus itself at its other end. */
  direct: boolean;
  /** Whether the alter lives at home (a member of a current household of the focus). */
  inHousehold: boolean;
  /** The sector by the rule above; null when none is set or derived. */
  sector: SectorKey | null;
  /** The ring by the rule above (1 = closest); null when none is set. */
  ring: number | null;
  /** An organisation, or in the preset's professional sector. */
  professional: boolean;
}

/**
 * An alter of the focus: a person or organisation other than the focus with a tie to someone at home (the
 * focus or a member of a current household that lists the focus), with its ring, sector and whether it is
 * professional by the one rule the sociogram, the ecogram, insight and comparisons share (see
 * {@link altersOfFocus}). `kind` tells which entity it is.
 */
export type Alter =
  | (AlterCommon & { kind: 'person'; person: Person })
  | (AlterCommon & { kind: 'organisation'; organisation: Organisation });

/**
 * Home: the ids of the focus and of the members of every current household that lists the focus (the centre
 * of the ecogram and the sociogram). Computed once per document object and cached.
 */
export const homeOf: (doc: KringDocument) => ReadonlySet<Id> = perDocument((doc) => {
  const home = new Set<Id>([doc.focus]);
  for (const h of documentIndex(doc).householdsByMember.get(doc.focus) ?? [])
    if (h.current === true) for (const id of h.members) home.add(id);
  return home;
});

const validRing = (doc: KringDocument, ring: number | undefined): ring is number =>
  ring !== undefined && Number.isInteger(ring) && ring >= 1 && ring <= doc.options.rings;

/** The tie whose ring is innermost among `ties` (the first such), or undefined when none has a ring. */
function innermost(doc: KringDocument, ties: readonly Tie[]): Tie | undefined {
  let best: Tie | undefined;
  for (const t of ties) if (validRing(doc, t.ring) && (best === undefined || t.ring < best.ring!)) best = t;
  return best;
}

/**
 * The alters of the focus with their ring, sector and professional flag, by the rule of "the network around
 * the client":
 *
 * - Ring: the ring of the alter's tie with the focus (the innermost, if several); otherwise the innermost
 *   ring of its other home ties; `null` when none is set. Rings outside `1..options.rings` count as unset.
 * - Sector: the sector of the tie that gave its ring (or of its first home tie); when unset or not a key of
 *   the document's preset, derived (see {@link derivedSector}); otherwise `null`.
 * - Professional: an organisation, or an alter in the preset's professional sector (`professionals`, or
 *   `agencies` in Tracy & Whittaker). Everyone else is informal.
 *
 * Alters come in the order of their first home tie in the document, each once. Ties whose ends are not a
 * person or organisation are passed over. Cost: one pass over the ties, cached per document object (call it
 * freely while the document does not change; an edit makes a new document and a new result). The array is
 * shared between callers: do not change it.
 */
export const altersOfFocus: (doc: KringDocument) => Alter[] = perDocument((doc) => {
  const index = documentIndex(doc);
  const focus = doc.focus;
  const home = homeOf(doc);
  const roles = SECTOR_ROLES[doc.options.sectors];

  const withFocus = new Map<Id, Tie[]>();
  const withHome = new Map<Id, Tie[]>();
  const first = new Map<Id, Tie>();
  const order: Id[] = [];
  const add = (map: Map<Id, Tie[]>, id: Id, tie: Tie) => {
    if (id === focus) return;
    if (!first.has(id)) {
      first.set(id, tie);
      order.push(id);
    }
    const list = map.get(id);
    if (list) list.push(tie);
    else map.set(id, [tie]);
  };
  for (const tie of doc.ties) {
    if (tie.from === tie.to) continue;
    if (tie.from === focus) add(withFocus, tie.to, tie);
    else if (tie.to === focus) add(withFocus, tie.from, tie);
    else {
      if (home.has(tie.from)) add(withHome, tie.to, tie);
      if (home.has(tie.to)) add(withHome, tie.from, tie);
    }
  }

  const out: Alter[] = [];
  for (const id of order) {
    const direct = withFocus.get(id) ?? [];
    const other = withHome.get(id) ?? [];
    const ringTie = innermost(doc, direct) ?? innermost(doc, other);
    const sectorTie = ringTie ?? first.get(id)!;
    const sector: SectorKey | null =
      sectorTie.sector !== undefined && isSectorOfPreset(doc, sectorTie.sector)
        ? sectorTie.sector
        : (derivedSector(doc, id) ?? null);
    const person = index.persons.get(id);
    const organisation = index.organisations.get(id);
    const common: AlterCommon = {
      id,
      ties: [...direct, ...other],
      direct: direct.length > 0,
      inHousehold: home.has(id),
      sector,
      ring: ringTie?.ring ?? null,
      professional: organisation !== undefined || (sector !== null && sector === roles.professionals),
    };
    if (person) out.push({ ...common, kind: 'person', person });
    else if (organisation) out.push({ ...common, kind: 'organisation', organisation });
  }
  return out;
});
