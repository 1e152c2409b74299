/**
 * A Kring document → GEDCOM 7.0, or 5.5.1 for older programs: the family part — persons (name, gender, birth,
 * death, deceased, occupation, where they live, notes), couples with their events and type, parent-child links
 * with their kind and couple, multiple births. Importing the result gives the same family (import.test.ts and
 * the property test in roundtrip.property.test.ts). docs/interop.md lists what GEDCOM cannot carry.
 *
 * Kring's kinds without a GEDCOM word travel in GEDCOM's own structures where it has them (`EVEN` + `TYPE`
 * for separated, cohabiting…; `_FREL`/`_MREL` for step, guardian, donor) and otherwise in one extension tag,
 * `_KRING` (gender non-binary, and other in 5.5.1, which has no `X`). Never written: contact details, the
 * network (organisations, ties), emotional lines, households, conditions, the plan; persons that are no live
 * birth and pets (a genealogy program would draw them as people).
 */
import {
  isLiveBirth,
  lifeStatusOf,
  type Gender,
  type KringDocument,
  type ParentChild,
  type ParentChildKind,
  type Partnership,
  type Person,
} from '@kring/core';
import { exportDate } from './dates.js';
import { EVENT_TAG_OF, EVENT_TYPE_WORDS, PEDI_VALUE, PEDIGREE_WORD } from './kinds.js';

/** The GEDCOM versions the export writes: 7.0 (current) or 5.5.1 (what older genealogy programs read). */
export type GedcomVersion = '7.0' | '5.5.1';

/** Options of {@link exportGedcom}. */
export interface ExportOptions {
  /** Default 7.0. */
  version?: GedcomVersion;
}

/** What the export could not carry, by kind, for the user to know. */
export interface ExportLeftOut {
  /** Persons GEDCOM has no place for: pets, pregnancies, miscarriages and stillbirths. */
  persons: number;
  /** Organisations (GEDCOM holds people and families only). */
  organisations: number;
  /** Ties of the ecogram and sociogram. */
  ties: number;
  /** Emotional relationship lines of the genogram. */
  emotional: number;
  /** Households. */
  households: number;
  /** Conditions (health data) of the exported persons. */
  conditions: number;
  /** Whether the map's plan was left out (it has one). */
  plan: boolean;
}

/** The GEDCOM text and what it could not carry. */
export interface ExportResult {
  /** The GEDCOM file: UTF-8 text with LF line ends. */
  text: string;
  /** What the export could not carry, for the user to know before sharing the file. */
  leftOut: ExportLeftOut;
}

/** Line values longer than this are split with CONC in 5.5.1 (its limit is 255 characters a line). */
const MAX_551_VALUE = 200;

/** The word written as `EVEN` with `TYPE Relationship type` for a partnership type other than marriage. */
const RELATIONSHIP_TYPE = 'Relationship type';

class Writer {
  readonly lines: string[] = [];
  constructor(private readonly v7: boolean) {}

  /** One line, with newlines as CONT and (5.5.1) long values split with CONC; `@` escaped. */
  line(level: number, tag: string, value?: string): void {
    if (value === undefined || value === '') {
      this.lines.push(`${level} ${tag}`);
      return;
    }
    const parts = value.split(/\r\n|\r|\n/);
    parts.forEach((part, i) => {
      const escaped = this.v7 ? part.replace(/^@/, '@@') : part.replace(/@/g, '@@');
      const chunks = this.v7 ? [escaped] : split551(escaped);
      chunks.forEach((chunk, j) => {
        const t = i === 0 && j === 0 ? tag : j === 0 ? 'CONT' : 'CONC';
        const l = i === 0 && j === 0 ? level : level + 1;
        this.lines.push(chunk === '' ? `${l} ${t}` : `${l} ${t} ${chunk}`);
      });
    });
  }

  /** A pointer line (never escaped). */
  pointer(level: number, tag: string, xref: string): void {
    this.lines.push(`${level} ${tag} @${xref}@`);
  }
}

/** Splits a 5.5.1 value so no piece ends or starts inside an `@@` pair, and none is empty but the first. */
function split551(value: string): string[] {
  if (value.length <= MAX_551_VALUE) return [value];
  const chunks: string[] = [];
  let rest = value;
  while (rest.length > MAX_551_VALUE) {
    let at = MAX_551_VALUE;
    // Never split between the two @ of an escape, and never before or after a space (programs trim those).
    while (at > 1 && (rest[at - 1] === '@' || rest[at - 1] === ' ' || rest[at] === ' ')) at--;
    if (at <= 1) at = MAX_551_VALUE;
    chunks.push(rest.slice(0, at));
    rest = rest.slice(at);
  }
  chunks.push(rest);
  return chunks;
}

function sexOf(gender: Gender, v7: boolean): { sex: string; kring?: Gender } {
  switch (gender) {
    case 'man':
      return { sex: 'M' };
    case 'woman':
      return { sex: 'F' };
    case 'other':
      return v7 ? { sex: 'X' } : { sex: 'U', kring: 'other' };
    case 'non_binary':
      return { sex: v7 ? 'X' : 'U', kring: 'non_binary' };
    default:
      return { sex: 'U' };
  }
}

interface Fam {
  xref: string;
  husb?: string;
  wife?: string;
  partnership?: Partnership;
  /** Child id → the kinds from the HUSB and WIFE sides. */
  children: Map<string, { husb?: ParentChildKind; wife?: ParentChildKind }>;
}

/**
 * Writes the family part of `doc` as GEDCOM text (UTF-8, LF line ends): persons, partnerships with their
 * events, parent-child links with their kind, multiple births, dates (about-dates as `ABT`). Never throws.
 *
 * @example
 * ```ts
 * const { text, leftOut } = exportGedcom(doc, { version: '5.5.1' });
 * if (leftOut.ties > 0) warn(`${leftOut.ties} ties are not in the GEDCOM file`);
 * ```
 */
export function exportGedcom(doc: KringDocument, options: ExportOptions = {}): ExportResult {
  const v7 = (options.version ?? '7.0') === '7.0';
  const persons = doc.persons.filter((p) => isLiveBirth(p) && p.pet !== true);
  const xrefOf = new Map<string, string>(persons.map((p, i) => [p.id, `I${i + 1}`]));
  const byId = new Map(persons.map((p) => [p.id, p]));
  const fams: Fam[] = [];
  const famOfPartnership = new Map<string, Fam>();
  const newFam = (): Fam => {
    const fam: Fam = { xref: `F${fams.length + 1}`, children: new Map() };
    fams.push(fam);
    return fam;
  };
  for (const p of doc.partnerships) {
    if (!xrefOf.has(p.a) || !xrefOf.has(p.b)) continue;
    const fam = newFam();
    // 5.5.1 programs expect the husband under HUSB; 7.0 takes either order, so Kring's a/b is kept.
    const swap = !v7 && byId.get(p.a)!.gender === 'woman' && byId.get(p.b)!.gender === 'man';
    fam.husb = swap ? p.b : p.a;
    fam.wife = swap ? p.a : p.b;
    fam.partnership = p;
    famOfPartnership.set(p.id, fam);
  }
  /** Families of one parent, for links without a couple; a child appears once per family. */
  const lone = new Map<string, Fam[]>();
  const loneFam = (parent: Person, child: string): Fam => {
    const list = lone.get(parent.id) ?? [];
    lone.set(parent.id, list);
    let fam = list.find((f) => !f.children.has(child));
    if (!fam) {
      fam = newFam();
      if (parent.gender === 'woman') fam.wife = parent.id;
      else fam.husb = parent.id;
      list.push(fam);
    }
    return fam;
  };
  const links = doc.parentChild.filter((l) => xrefOf.has(l.parent) && xrefOf.has(l.child));
  // A child goes under a couple only when both partners are its parents there; otherwise each link on its own.
  const underCouple = new Map<string, ParentChild[]>();
  for (const link of links) {
    const fam = link.partnership === undefined ? undefined : famOfPartnership.get(link.partnership);
    if (fam && (fam.husb === link.parent || fam.wife === link.parent)) {
      const key = `${fam.xref}\u0000${link.child}`;
      underCouple.set(key, [...(underCouple.get(key) ?? []), link]);
    }
  }
  const placed = new Set<ParentChild>();
  for (const [key, group] of underCouple) {
    const fam = fams.find((f) => f.xref === key.split('\u0000')[0])!;
    const husb = group.find((l) => l.parent === fam.husb);
    const wife = group.find((l) => l.parent === fam.wife);
    if (!husb || !wife) continue;
    fam.children.set(husb.child, { husb: husb.kind, wife: wife.kind });
    placed.add(husb).add(wife);
  }
  for (const link of links) {
    if (placed.has(link)) continue;
    const parent = byId.get(link.parent)!;
    const fam = loneFam(parent, link.child);
    fam.children.set(link.child, fam.husb === parent.id ? { husb: link.kind } : { wife: link.kind });
  }

  const w = new Writer(v7);
  w.line(0, 'HEAD');
  if (v7) {
    w.line(1, 'GEDC');
    w.line(2, 'VERS', '7.0');
    w.line(1, 'SOUR', 'Kring');
  } else {
    w.line(1, 'SOUR', 'Kring');
    w.pointer(1, 'SUBM', 'SUBM');
    w.line(1, 'GEDC');
    w.line(2, 'VERS', '5.5.1');
    w.line(2, 'FORM', 'LINEAGE-LINKED');
    w.line(1, 'CHAR', 'UTF-8');
    w.line(0, '@SUBM@ SUBM');
    w.line(1, 'NAME', 'Kring');
  }

  const famsOf = new Map<string, Fam[]>();
  const famcOf = new Map<string, Fam[]>();
  for (const fam of fams) {
    for (const id of [fam.husb, fam.wife])
      if (id !== undefined) famsOf.set(id, [...(famsOf.get(id) ?? []), fam]);
    for (const child of fam.children.keys()) famcOf.set(child, [...(famcOf.get(child) ?? []), fam]);
  }
  const twinsOf = new Map<string, { others: string[]; word: string }>();
  for (const group of doc.multipleBirths) {
    const members = group.members.filter((m) => xrefOf.has(m));
    if (members.length < 2) continue;
    const base = members.length === 2 ? 'twin' : 'multiple birth';
    const word =
      group.zygosity === 'monozygotic'
        ? `Identical ${base}`
        : group.zygosity === 'dizygotic'
          ? `Fraternal ${base}`
          : base === 'twin'
            ? 'Twin'
            : 'Multiple birth';
    twinsOf.set(members[0]!, { others: members.slice(1), word });
  }

  for (const person of persons) {
    w.line(0, `@${xrefOf.get(person.id)}@ INDI`);
    w.line(1, 'NAME', person.name.replace(/\s+/g, ' ').trim().replace(/\//g, ' '));
    const { sex, kring } = sexOf(person.gender, v7);
    w.line(1, 'SEX', sex);
    if (kring) w.line(2, '_KRING', kring);
    if (person.birth !== undefined) {
      w.line(1, 'BIRT');
      w.line(2, 'DATE', exportDate(person.birth));
    }
    if (person.death !== undefined) {
      w.line(1, 'DEAT');
      w.line(2, 'DATE', exportDate(person.death));
    } else if (lifeStatusOf(person) === 'deceased') w.line(1, 'DEAT', 'Y');
    if (person.occupation) w.line(1, 'OCCU', person.occupation.replace(/\s+/g, ' '));
    if (person.location) {
      w.line(1, 'RESI');
      w.line(2, 'PLAC', person.location.replace(/\s+/g, ' '));
    }
    if (person.notes) w.line(1, 'NOTE', person.notes);
    for (const fam of famcOf.get(person.id) ?? []) {
      w.pointer(1, 'FAMC', fam.xref);
      const pedi = pediOf(fam.children.get(person.id)!);
      if (pedi) w.line(2, 'PEDI', pedi);
    }
    for (const fam of famsOf.get(person.id) ?? []) w.pointer(1, 'FAMS', fam.xref);
    const twins = twinsOf.get(person.id);
    for (const other of twins?.others ?? []) {
      w.pointer(1, 'ASSO', xrefOf.get(other)!);
      if (v7) {
        w.line(2, 'ROLE', 'OTHER');
        w.line(3, 'PHRASE', twins!.word);
      } else w.line(2, 'RELA', twins!.word);
    }
  }

  for (const fam of fams) {
    w.line(0, `@${fam.xref}@ FAM`);
    if (fam.husb !== undefined) w.pointer(1, 'HUSB', xrefOf.get(fam.husb)!);
    if (fam.wife !== undefined) w.pointer(1, 'WIFE', xrefOf.get(fam.wife)!);
    const p = fam.partnership;
    if (p && p.type !== 'marriage') {
      w.line(1, 'EVEN', p.type);
      w.line(2, 'TYPE', RELATIONSHIP_TYPE);
    }
    for (const event of p?.events ?? []) {
      const tag = EVENT_TAG_OF[event.kind];
      if (tag) w.line(1, tag, event.date === undefined ? 'Y' : undefined);
      else {
        w.line(1, 'EVEN');
        w.line(2, 'TYPE', EVENT_TYPE_WORDS[event.kind]);
      }
      if (event.date !== undefined) w.line(2, 'DATE', exportDate(event.date));
    }
    for (const [child, kinds] of fam.children) {
      w.pointer(1, 'CHIL', xrefOf.get(child)!);
      if (pediOf(kinds) === undefined || !sameKinds(kinds)) {
        if (kinds.husb) w.line(2, '_FREL', PEDIGREE_WORD[kinds.husb]);
        if (kinds.wife) w.line(2, '_MREL', PEDIGREE_WORD[kinds.wife]);
      }
    }
  }
  w.line(0, 'TRLR');

  const leftOut: ExportLeftOut = {
    persons: doc.persons.length - persons.length,
    organisations: doc.organisations.length,
    ties: doc.ties.length,
    emotional: doc.emotional.length,
    households: doc.households.length,
    conditions: persons.reduce((n, p) => n + (p.conditions?.length ?? 0), 0),
    plan: doc.plan !== null,
  };
  return { text: `${w.lines.join('\n')}\n`, leftOut };
}

function sameKinds(kinds: { husb?: ParentChildKind; wife?: ParentChildKind }): boolean {
  return kinds.husb === undefined || kinds.wife === undefined || kinds.husb === kinds.wife;
}

/** PEDI for a child's place in a family, when both sides agree on a kind GEDCOM has a word for. */
function pediOf(kinds: { husb?: ParentChildKind; wife?: ParentChildKind }): string | undefined {
  if (!sameKinds(kinds)) return undefined;
  return PEDI_VALUE[(kinds.husb ?? kinds.wife)!];
}
