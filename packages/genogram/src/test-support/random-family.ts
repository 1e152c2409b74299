/**
 * A small seeded generator of awkward families for property tests: several partners, lone parents,
 * parents without a recorded relationship, adoptions, twins, pregnancy outcomes, pets, long names,
 * conditions, emotional lines, sometimes network persons (one of them a significant other, with an emotional
 * line into the family) and a person with no relation yet. Deterministic
 * for a seed.
 */
import type { KringDocument, Person } from '@kring/core';
import { EMOTIONAL_KINDS, GENDERS } from '@kring/core';
import { emptyDocument } from './documents.js';

function mulberry32(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function randomFamily(seed: number, size: number): KringDocument {
  const rnd = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const doc = emptyDocument('p0');
  let next = 0;
  let link = 0;
  const gen = new Map<string, number>();
  const add = (g: number, extra: Partial<Person> = {}): string => {
    const id = `p${next++}`;
    const birth = 1900 + g * 28 + Math.floor(rnd() * 12);
    const long = rnd() < 0.1 ? ' Wilhelmina Alexandra van den Heuvel-Bakker' : '';
    doc.persons.push({
      id,
      name: `N${id}${long}`,
      gender: pick(GENDERS),
      birth: String(birth),
      ...(rnd() < 0.2 ? { death: String(birth + 40 + Math.floor(rnd() * 40)) } : {}),
      ...(rnd() < 0.1 ? { occupation: 'verpleegkundige', location: 'Utrecht' } : {}),
      ...(rnd() < 0.1 ? { conditions: [{ key: pick(['a', 'b', 'c', 'd', 'e']), label: 'x' }] } : {}),
      ...extra,
    });
    gen.set(id, g);
    return id;
  };
  add(0);
  while (next < size) {
    const base = pick(doc.persons.filter((p) => !p.pet && p.birthStatus === undefined));
    const g = gen.get(base.id)!;
    const r = rnd();
    if (r < 0.3) {
      const partner = add(g);
      doc.partnerships.push({
        id: `u${link++}`,
        a: base.id,
        b: partner,
        type: pick(['marriage', 'cohabitation', 'lat', 'affair', 'brief'] as const),
        events:
          rnd() < 0.5
            ? [
                { kind: 'started', date: '1990' },
                { kind: 'ended', date: '1995' },
              ]
            : [],
      });
    } else if (r < 0.75) {
      const unions = doc.partnerships.filter((u) => u.a === base.id || u.b === base.id);
      const children = 1 + Math.floor(rnd() * 3);
      const twins: string[] = [];
      for (let i = 0; i < children && next < size; i++) {
        const status =
          rnd() < 0.1
            ? pick(['miscarriage', 'abortion', 'stillbirth', 'pregnancy', 'ectopic'] as const)
            : undefined;
        const child = add(g + 1, {
          ...(status ? { birthStatus: status } : {}),
          ...(rnd() < 0.05 ? { pet: true } : {}),
        });
        if (!status && rnd() < 0.3) twins.push(child);
        const kind =
          rnd() < 0.15 ? pick(['adoptive', 'foster', 'step', 'guardian', 'donor'] as const) : 'biological';
        const u = unions.length && rnd() < 0.85 ? pick(unions) : undefined;
        if (u) {
          doc.parentChild.push(
            { id: `l${link++}`, parent: u.a, child, kind, partnership: u.id },
            { id: `l${link++}`, parent: u.b, child, kind, partnership: u.id },
          );
        } else doc.parentChild.push({ id: `l${link++}`, parent: base.id, child, kind });
      }
      if (twins.length >= 2)
        doc.multipleBirths.push({
          id: `t${link++}`,
          members: twins.slice(0, 2),
          zygosity: pick(['monozygotic', 'dizygotic', 'unknown'] as const),
        });
    } else if (r < 0.9 && g > -3) {
      const parent = add(g - 1);
      doc.parentChild.push({ id: `l${link++}`, parent, child: base.id, kind: 'biological' });
    } else {
      const other = pick(doc.persons);
      if (other.id !== base.id)
        doc.emotional.push({
          id: `e${link++}`,
          a: base.id,
          b: other.id,
          kind: pick(EMOTIONAL_KINDS),
          direction: pick(['none', 'a_to_b', 'b_to_a', 'both'] as const),
        });
    }
  }
  if (rnd() < 0.5)
    doc.households.push({ id: 'h', members: doc.persons.slice(0, 4).map((p) => p.id), current: true });
  // Now and then the network (a neighbour couple known through a tie, which the genogram leaves out, unless an
  // emotional line makes one a significant other) and a person just added, with no relation yet (which it
  // draws apart).
  if (rnd() < 0.4) {
    const family = doc.persons.map((p) => p.id);
    const a = add(0, { name: 'buurvrouw' });
    const b = add(0, { name: 'buurman' });
    doc.partnerships.push({ id: `u${link++}`, a, b, type: 'marriage', events: [] });
    doc.ties.push({ id: `t${link}`, from: pick(family), to: a });
    if (rnd() < 0.5)
      doc.emotional.push({ id: `e${link}`, a: pick(family), b: a, kind: 'close', direction: 'none' });
  }
  if (rnd() < 0.4) add(0, { name: 'nieuw' });
  return doc;
}
