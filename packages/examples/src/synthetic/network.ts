/**
 * Synthetic personal networks for tests and benchmarks of the sociogram and ecogram: a focus person and
 * `size - 1` others (alters), each with one tie from the focus that places it in a sector of the default
 * preset and a ring (1 = closest), with strength, frequency and support items (received, given, some only
 * potential); about one alter in twelve is an organisation. Alters also know each other: about 1.5 ties per
 * alter, four in five inside the alter's own sector. Sector and ring weights follow the peer layout table's
 * data; the generator itself is written anew here so the repository needs nothing beside it.
 * Deterministic: the same size and seed give the same document.
 */
import {
  FREQUENCIES,
  SUPPORT_TYPES,
  newDocument,
  type KringDocument,
  type Organisation,
  type Person,
  type SupportItem,
  type SystemCategory,
  type Tie,
  type TieStrength,
} from '@kring/core';
import { seededRandom, type SeededRandom } from './seeded-random.js';

const SECTORS = ['family', 'friends', 'neighbours', 'work_school', 'professionals'] as const;
const SECTOR_WEIGHTS = [0.32, 0.28, 0.12, 0.18, 0.1];
const RING_WEIGHTS = [0.15, 0.35, 0.5];
const CATEGORY_OF: Record<(typeof SECTORS)[number], readonly SystemCategory[]> = {
  family: ['extended_family'],
  friends: ['leisure', 'faith', 'online'],
  neighbours: ['neighbours', 'housing'],
  work_school: ['work', 'school', 'childcare'],
  professionals: ['youth_care', 'social_services', 'health_care', 'debt_help', 'mental_health'],
};

export interface SyntheticNetworkOptions {
  /** Share of alters that are organisations (default 1/12); 0 gives persons only. */
  organisationShare?: number;
}

/** Builds the network; see the file comment for the mix. */
export function syntheticNetwork(
  size: number,
  seed = 7,
  options: SyntheticNetworkOptions = {},
): KringDocument {
  if (!Number.isInteger(size) || size < 1)
    throw new RangeError(`size must be a positive integer, got ${size}`);
  const r = seededRandom(seed ^ Math.imul(size, 0x5bd1e995));
  const organisationShare = options.organisationShare ?? 1 / 12;
  const focus: Person = {
    id: 'n0',
    name: 'Person n0',
    gender: r.chance(0.5) ? 'woman' : 'man',
    birth: '2008',
  };
  const doc = newDocument({
    focus: focus.id,
    title: `Synthetic network of ${size}`,
    referenceDate: '2026-01-01',
  });
  doc.persons.push(focus);
  const bySector: string[][] = SECTORS.map(() => []);
  const alters: { id: string; sector: number }[] = [];
  for (let i = 1; i < size; i++) {
    const sector = r.weighted(SECTOR_WEIGHTS);
    const key = SECTORS[sector]!;
    const ring = 1 + r.weighted(RING_WEIGHTS);
    const organisation = r.chance(organisationShare * (key === 'professionals' ? 4 : 0.6));
    const id = organisation ? `o${i}` : `n${i}`;
    if (organisation) {
      const org: Organisation = { id, name: `Organisation ${id}`, category: r.pick(CATEGORY_OF[key]) };
      doc.organisations.push(org);
    } else {
      doc.persons.push({
        id,
        name: `Person ${id}`,
        gender: r.pick(['woman', 'man', 'man', 'woman', 'unknown']),
      });
    }
    const tie: Tie = {
      id: `t${doc.ties.length}`,
      from: focus.id,
      to: id,
      sector: key,
      ring,
      strength: (4 - ring) as TieStrength,
      frequency: FREQUENCIES[Math.min(FREQUENCIES.length - 1, ring - 1 + r.int(0, 2))]!,
    };
    const support = supportItems(r);
    if (support.length) tie.support = support;
    if (r.chance(0.08)) tie.stress = r.chance(0.5) ? 'some' : 'high';
    doc.ties.push(tie);
    bySector[sector]!.push(id);
    alters.push({ id, sector });
  }
  const seen = new Set<string>();
  const wanted = Math.round(alters.length * 1.5);
  for (let guard = 0; seen.size < wanted && guard < wanted * 20; guard++) {
    const a = r.pick(alters);
    const b = r.chance(0.8) ? r.pick(bySector[a.sector]!) : r.pick(alters).id;
    if (a.id === b) continue;
    const key = a.id < b ? `${a.id}|${b}` : `${b}|${a.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    doc.ties.push({
      id: `t${doc.ties.length}`,
      from: a.id,
      to: b,
      strength: (1 + r.weighted([0.5, 0.3, 0.2])) as TieStrength,
    });
  }
  return doc;
}

/** None to three support items: received, given or both, some only potential. */
function supportItems(r: SeededRandom): SupportItem[] {
  const items: SupportItem[] = [];
  const count = r.weighted([0.25, 0.4, 0.25, 0.1]);
  const used = new Set<string>();
  for (let i = 0; i < count; i++) {
    const type = r.pick(SUPPORT_TYPES);
    const direction = r.chance(0.65) ? 'received' : 'given';
    if (used.has(type + direction)) continue;
    used.add(type + direction);
    const item: SupportItem = { type, direction };
    if (r.chance(0.15)) item.potential = true;
    items.push(item);
  }
  return items;
}
