/**
 * The alters of the focus: everyone tied to the focus, or to a member of the focus's current household
 * (from somewhere outside that household), with their ties, effective sector and ring. Household members
 * are alters only through a tie to the focus itself. Alters come in order of their first tie in the
 * document; each alter appears once.
 */
import type { Id, KringDocument, Organisation, Person, Tie } from '../model/types.js';
import type { SectorKey } from '../model/enums.js';
import { documentIndex } from './document-index.js';
import { derivedSector, isSectorOfPreset } from './effective-sector.js';
import { focusHousehold } from './focus-household.js';

interface AlterCommon {
  id: Id;
  /** The ties that make this an alter: ties to the focus first, then ties to household members; each in document order. */
  ties: Tie[];
  /** Whether one of the ties has the focus itself at its other end. */
  direct: boolean;
  /** Whether the alter is a member of the focus's current household. */
  inHousehold: boolean;
  /** The first valid `sector` among `ties`, else the derived sector (see effective-sector.ts). */
  sector: SectorKey | undefined;
  /** The first `ring` among `ties` within `1..options.rings`, else undefined. */
  ring: number | undefined;
}

export type Alter =
  | (AlterCommon & { kind: 'person'; person: Person })
  | (AlterCommon & { kind: 'organisation'; organisation: Organisation });

export function altersOfFocus(doc: KringDocument): Alter[] {
  const index = documentIndex(doc);
  const focus = doc.focus;
  const household = new Set(focusHousehold(doc)?.members ?? []);
  household.delete(focus);
  const centre = (id: Id) => id === focus || household.has(id);

  const direct = new Map<Id, Tie[]>();
  const indirect = new Map<Id, Tie[]>();
  const order: Id[] = [];
  const add = (map: Map<Id, Tie[]>, id: Id, tie: Tie) => {
    if (!direct.has(id) && !indirect.has(id)) order.push(id);
    const list = map.get(id);
    if (list) list.push(tie);
    else map.set(id, [tie]);
  };
  for (const tie of doc.ties) {
    if (tie.from === tie.to) continue;
    if (tie.from === focus) add(direct, tie.to, tie);
    else if (tie.to === focus) add(direct, tie.from, tie);
    else if (household.has(tie.from) && !centre(tie.to)) add(indirect, tie.to, tie);
    else if (household.has(tie.to) && !centre(tie.from)) add(indirect, tie.from, tie);
  }

  const out: Alter[] = [];
  for (const id of order) {
    const ties = [...(direct.get(id) ?? []), ...(indirect.get(id) ?? [])];
    const explicit = ties.find((t) => t.sector !== undefined && isSectorOfPreset(doc, t.sector))?.sector;
    const ringTie = ties.find((t) => t.ring !== undefined && t.ring >= 1 && t.ring <= doc.options.rings);
    const common: AlterCommon = {
      id,
      ties,
      direct: direct.has(id),
      inHousehold: household.has(id),
      sector: (explicit as SectorKey | undefined) ?? derivedSector(doc, id),
      ring: ringTie?.ring,
    };
    const person = index.persons.get(id);
    const organisation = index.organisations.get(id);
    if (person) out.push({ ...common, kind: 'person', person });
    else if (organisation) out.push({ ...common, kind: 'organisation', organisation });
  }
  return out;
}
