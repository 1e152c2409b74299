/**
 * Synthetic families for tests and benchmarks: exactly `size` persons over several generations, grown
 * generation by generation from founder couples, with the mix a genogram has to cope with in practice —
 * marriages, cohabitation, divorce and separation, remarriage after divorce or widowhood (half-siblings),
 * partners who marry into the family from outside and partners who join two lineages, adopted and foster
 * children, parents of whom only one is known, twins, same-sex couples, persons whose gender is unknown, deaths.
 *
 * The mix follows the one the peer layout table was measured with (unions, remarriage, adoption,
 * fostering, unknown parents), written anew here so the repository needs nothing beside it.
 * Deterministic: the same size and seed give the same document.
 */
import {
  newDocument,
  type Gender,
  type KringDocument,
  type ParentChild,
  type ParentChildKind,
  type Partnership,
  type PartnershipEvent,
  type Person,
} from '@kring/core';
import { seededRandom, type SeededRandom } from './seeded-random.js';

/** The year the synthetic family is seen from (its reference date). */
const NOW = 2026;

type UnionKind = 'married' | 'cohabiting' | 'divorced' | 'separated';

interface Member {
  person: Person;
  born: number;
  died?: number;
  lineage: number;
  unions: number;
}

interface Union {
  /** Partnership id, or undefined for a parent whose partner is unknown. */
  partnership?: string;
  parents: Member[];
  kind: UnionKind;
  start: number;
  end?: number;
}

const UNION_KINDS: readonly UnionKind[] = ['married', 'cohabiting', 'divorced', 'separated'];

/** Builds the family; see the file comment for the mix. */
export function syntheticFamily(size: number, seed = 42): KringDocument {
  if (!Number.isInteger(size) || size < 1)
    throw new RangeError(`size must be a positive integer, got ${size}`);
  return new FamilyBuilder(size, seededRandom(seed ^ Math.imul(size, 0x2c1b3c6d))).build();
}

class FamilyBuilder {
  private readonly members: Member[] = [];
  private readonly partnerships: Partnership[] = [];
  private readonly parentChild: ParentChild[] = [];
  private readonly twins: string[][] = [];
  private lineages = 0;

  constructor(
    private readonly size: number,
    private readonly random: SeededRandom,
  ) {}

  private get full(): boolean {
    return this.members.length >= this.size;
  }

  build(): KringDocument {
    let generation: Union[] = [];
    while (!this.full) {
      // Founders start new lineages whenever the family has died out (or at the start); a few per round keep
      // the generations growing at a realistic width.
      if (generation.length === 0) generation = this.founders(Math.max(1, Math.round(this.size / 60)));
      generation = this.nextGeneration(generation);
    }
    const focus = this.pickFocus();
    const doc = newDocument({
      focus,
      title: `Synthetic family of ${this.size}`,
      referenceDate: `${NOW}-01-01`,
    });
    doc.persons = this.members.map((m) => m.person);
    doc.partnerships = this.partnerships;
    doc.parentChild = this.parentChild;
    doc.multipleBirths = this.twins.map((members, i) => ({ id: `mb${i}`, members, zygosity: 'unknown' }));
    return doc;
  }

  private person(born: number, lineage: number, gender?: Gender): Member {
    const r = this.random;
    const id = `p${this.members.length}`;
    const g: Gender = gender ?? (r.chance(0.01) ? 'unknown' : r.chance(0.5) ? 'man' : 'woman');
    const person: Person = { id, name: `Person ${id}`, gender: g, birth: String(born) };
    const member: Member = { person, born, lineage, unions: 0 };
    const age = NOW - born;
    if (age > 50 && r.chance(Math.min(0.95, (age - 50) / 45))) {
      member.died = Math.min(NOW - 1, born + r.int(40, 98));
      if (member.died < born) member.died = born;
      person.death = String(member.died);
    }
    this.members.push(member);
    return member;
  }

  private founders(count: number): Union[] {
    const r = this.random;
    const unions: Union[] = [];
    const base = this.members.length === 0 ? 1890 : r.int(1900, 1950);
    for (let i = 0; i < count && !this.full; i++) {
      const lineage = this.lineages++;
      const a = this.person(base + r.int(0, 20), lineage, 'man');
      if (this.full) break;
      const b = this.person(a.born + r.int(-5, 4), lineage, 'woman');
      unions.push(this.union([a, b], Math.max(a.born, b.born) + r.int(19, 32)));
    }
    return unions;
  }

  private union(parents: Member[], start: number, kind?: UnionKind): Union {
    const r = this.random;
    const k = kind ?? UNION_KINDS[r.weighted([0.6, 0.2, 0.12, 0.08])]!;
    const union: Union = { parents, kind: k, start };
    if (k === 'divorced' || k === 'separated') union.end = start + r.int(2, 14);
    for (const p of parents) p.unions += 1;
    if (parents.length === 2) {
      const id = `u${this.partnerships.length}`;
      const legal = k === 'married' || k === 'divorced';
      const events: PartnershipEvent[] = [{ kind: legal ? 'married' : 'started', date: String(start) }];
      if (k === 'divorced') events.push({ kind: 'divorced', date: String(union.end) });
      if (k === 'separated') events.push({ kind: 'separated', date: String(union.end) });
      this.partnerships.push({
        id,
        a: parents[0]!.person.id,
        b: parents[1]!.person.id,
        type: legal ? 'marriage' : 'cohabitation',
        events,
      });
      union.partnership = id;
    }
    return union;
  }

  private child(union: Union, born: number, kind: ParentChildKind): Member {
    const child = this.person(born, union.parents[0]!.lineage);
    for (const parent of union.parents) {
      const link: ParentChild = {
        id: `pc${this.parentChild.length}`,
        parent: parent.person.id,
        child: child.person.id,
        kind,
      };
      if (union.partnership) link.partnership = union.partnership;
      this.parentChild.push(link);
    }
    return child;
  }

  /** Children of every union of this generation, then the unions they form. */
  private nextGeneration(unions: readonly Union[]): Union[] {
    const r = this.random;
    const children: Member[] = [];
    for (const union of unions) {
      const count = r.weighted([0.13, 0.2, 0.3, 0.2, 0.12, 0.05]);
      let previous: Member | undefined;
      for (let k = 0; k < count && !this.full; k++) {
        const roll = r.next();
        const kind: ParentChildKind = roll < 0.05 ? 'adoptive' : roll < 0.07 ? 'foster' : 'biological';
        const last = union.end ?? union.start + 18;
        const twin =
          previous !== undefined && kind === 'biological' && union.parents.length === 2 && r.chance(0.03);
        const born = twin
          ? previous!.born
          : Math.min(NOW, union.start + r.int(1, Math.max(1, last - union.start)));
        const child = this.child(union, born, kind);
        if (twin) this.twins.push([previous!.person.id, child.person.id]);
        previous = kind === 'biological' ? child : undefined;
        children.push(child);
      }
    }
    return this.partner(children);
  }

  /** Some of the new generation find partners: from outside, from another lineage, or unknown. */
  private partner(generation: Member[]): Union[] {
    const r = this.random;
    const unions: Union[] = [];
    const waiting: Member[] = [];
    // Shuffle so partners from other lineages are not always neighbours in the list.
    for (let i = generation.length - 1; i > 0; i--) {
      const j = r.int(0, i);
      [generation[i], generation[j]] = [generation[j]!, generation[i]!];
    }
    for (const p of generation) {
      if (this.full) break;
      if (p.born > NOW - 20 || (p.died !== undefined && p.died - p.born < 20) || !r.chance(0.8)) continue;
      if (r.chance(0.25)) {
        const other = waiting.findIndex((q) => q.lineage !== p.lineage && q.unions === 0);
        if (other < 0) {
          waiting.push(p);
          continue;
        }
        const q = waiting.splice(other, 1)[0]!;
        unions.push(this.union([q, p], Math.max(p.born, q.born) + r.int(18, 32)));
        continue;
      }
      if (r.chance(0.03)) {
        // A parent whose partner is not known: children hang under this one parent.
        unions.push(this.union([p], p.born + r.int(18, 34), 'cohabiting'));
        continue;
      }
      const gender: Gender = r.chance(0.03) ? p.person.gender : opposite(p.person.gender, r);
      const q = this.person(p.born + r.int(-6, 6), -1, gender);
      const union = this.union([p, q], Math.max(p.born, q.born) + r.int(18, 34));
      unions.push(union);
      // After a divorce, a separation or the partner's death, some marry again: half-siblings follow.
      const ended = union.end ?? (q.died !== undefined && q.died < NOW - 2 ? q.died : undefined);
      if (ended !== undefined && ended < NOW - 1 && !this.full && r.chance(0.55)) {
        const next = this.person(p.born + r.int(-8, 8), -1, opposite(p.person.gender, r));
        unions.push(this.union([p, next], Math.min(NOW - 1, ended + r.int(1, 6))));
      }
    }
    return unions;
  }

  /** A person in a middle generation with parents and a partner, as a worker's client in a family map. */
  private pickFocus(): string {
    const withParents = new Set(this.parentChild.map((l) => l.child));
    const partnered = new Set(this.partnerships.flatMap((p) => [p.a, p.b]));
    const candidates = this.members.filter((m) => withParents.has(m.person.id) && partnered.has(m.person.id));
    const pool = candidates.length ? candidates : this.members;
    return pool[Math.floor(pool.length / 2)]!.person.id;
  }
}

function opposite(gender: Gender, r: SeededRandom): Gender {
  return gender === 'man' ? 'woman' : gender === 'woman' ? 'man' : r.chance(0.5) ? 'man' : 'woman';
}
