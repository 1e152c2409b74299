/**
 * The sociogram sector of a tie: its own `sector` when that is a key of the document's preset, otherwise a
 * sector derived from who the alter is. The derivation names sectors by role, and each preset says which
 * of its keys plays which role (SECTOR_ROLES):
 *
 * | preset            | household member of the focus | other kin of the focus | organisation    |
 * | ----------------- | ----------------------------- | ---------------------- | --------------- |
 * | `default`         | `family` (if kin, else none)  | `family`               | `professionals` |
 * | `lensink`         | `family` (if kin, else none)  | `family`               | `professionals` |
 * | `tracy_whittaker` | `household`                   | `other_family`         | `agencies`      |
 *
 * Anyone else (a person who is neither kin nor, where the preset has a household sector, a household
 * member) has no derived sector: `undefined`, for the view to place as it sees fit.
 */
import { SECTOR_PRESETS, type SectorKey, type SectorPreset } from '../model/enums.js';
import type { Id, KringDocument, Tie } from '../model/types.js';
import { documentIndex } from './document-index.js';
import { focusHousehold } from './focus-household.js';
import { kinOfFocus } from './kin-of-focus.js';

/** Which key of a sector preset plays which role when a sector is derived. */
export interface SectorRoles {
  /** The sector of the focus's household members; when absent, they fall under `family` if kin. */
  household?: SectorKey;
  /** The sector of the focus's kin (family-like). */
  family: SectorKey;
  /** The sector of organisations (professional-like). */
  professionals: SectorKey;
}

/** The sector roles of each preset (the table at the top of this module). */
export const SECTOR_ROLES: Record<SectorPreset, SectorRoles> = {
  default: { family: 'family', professionals: 'professionals' },
  lensink: { family: 'family', professionals: 'professionals' },
  tracy_whittaker: { household: 'household', family: 'other_family', professionals: 'agencies' },
};

/**
 * Whether `sector` is a key of the document's sector preset (`options.sectors`), e.g. `agencies` is one in
 * Tracy & Whittaker but not in the default preset.
 */
export function isSectorOfPreset(doc: KringDocument, sector: string): sector is SectorKey {
  return (SECTOR_PRESETS[doc.options.sectors] as readonly string[]).includes(sector);
}

/**
 * Whether `id` is the focus or a member of the focus's household (see {@link focusHousehold}): the centre of
 * the ecogram and the sociogram.
 */
export function isInCentre(doc: KringDocument, id: Id): boolean {
  return id === doc.focus || (focusHousehold(doc)?.members.includes(id) ?? false);
}

/**
 * The end of a tie that is the alter: the end that is not the focus or a member of the focus's current
 * household. For a tie between two alters (or two centre members), its `to` end.
 */
export function alterEndOf(doc: KringDocument, tie: Tie): Id {
  if (isInCentre(doc, tie.from) && tie.to !== doc.focus) return tie.to;
  if (isInCentre(doc, tie.to)) return tie.from;
  return tie.to;
}

/**
 * The sector derived for an alter (a person or organisation id) when its tie has none: an organisation → the
 * preset's professional sector (`professionals`, or `agencies` in Tracy & Whittaker); in Tracy & Whittaker a
 * member of the focus's household → `household`; kin of the focus (see {@link kinOfFocus}) → the family
 * sector (`family`, or `other_family` in Tracy & Whittaker); anyone else → undefined, for the view to place
 * as it sees fit.
 */
export function derivedSector(doc: KringDocument, alterId: Id): SectorKey | undefined {
  const roles = SECTOR_ROLES[doc.options.sectors];
  const index = documentIndex(doc);
  if (index.organisations.has(alterId)) return roles.professionals;
  if (!index.persons.has(alterId)) return undefined;
  const inHousehold = alterId !== doc.focus && (focusHousehold(doc)?.members.includes(alterId) ?? false);
  if (inHousehold && roles.household) return roles.household;
  if (kinOfFocus(doc).has(alterId)) return roles.family;
  return undefined;
}

/**
 * The sector a tie is drawn in: its own `sector` when that is a key of the document's preset, else the sector
 * derived from its alter end (see {@link alterEndOf} and {@link derivedSector}); undefined when neither gives
 * one.
 */
export function effectiveSector(doc: KringDocument, tie: Tie): SectorKey | undefined {
  if (tie.sector !== undefined && isSectorOfPreset(doc, tie.sector)) return tie.sector;
  return derivedSector(doc, alterEndOf(doc, tie));
}
