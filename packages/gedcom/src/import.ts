/**
 * GEDCOM (5.5, 5.5.1, 5.5.5, 7.0) → a Kring document: the family part (persons, couples, parent-child links,
 * multiple births) and a report of what was not mapped. docs/interop.md describes the mapping.
 *
 * The document is valid by construction: every link GEDCOM allows but Kring's invariants do not (a third birth
 * parent, a cycle of descent, a divorce before any marriage, a death before the birth, twins with different
 * parents) is repaired the least lossy way and said in the report. Never throws for bad input.
 */
import {
  FORBIDDEN_KEYS,
  GENDERS,
  MAX_ENTITIES,
  PARTNERSHIP_TYPES,
  comparePartialDates,
  descentCycleLinks,
  newDocument,
  parsePartialDate,
  withMarriageBeforeEndings,
  type Gender,
  type KringDocument,
  type MultipleBirth,
  type ParentChild,
  type ParentChildKind,
  type Partnership,
  type PartnershipEvent,
  type PartnershipType,
  type PartialDateString,
  type Person,
} from '@kring/core';
import { importDate } from './dates.js';
import { decodeGedcom } from './decode.js';
import { selectFamily, resolveFocus } from './focus.js';
import {
  EVENT_RANK,
  FAMILY_EVENT_TAGS,
  TWIN_WORD,
  eventKindOfType,
  genderOfSex,
  kindOfPedigree,
  zygosityOfWord,
} from './kinds.js';
import { parseGedcom, type GedcomNode, type GedcomProblem } from './parse.js';
import type { DateNote, ImportNote, ImportReport } from './report.js';
import { FAM_SPEC, INDI_SPEC, UnmappedTally } from './unmapped.js';
import type { InteropMessage } from './messages.js';

/** Files larger than this are refused before they are decoded. */
export const MAX_GEDCOM_BYTES = 64 * 1024 * 1024;

/** Options of {@link importGedcom} and {@link importGedcomText}. */
export interface ImportOptions {
  /** The focus: a person's id (the GEDCOM identifier, with or without `@`s) or name. Default: the first person. */
  focus?: string;
  /** Keep only the focus's family up to this many generations up and down (partners come along). */
  generations?: number;
  /** The document's reference date; default today. */
  referenceDate?: PartialDateString;
  /**
   * A person with no death recorded who was born more than this many years before the reference date is
   * marked deceased (genealogy files rarely record the deaths of people long dead). Default 110; `false` off.
   */
  presumeDeceasedAfter?: number | false;
  /** The document's title. */
  title?: string;
  /**
   * Called now and then with how far the import is, from 0 to 1 (reading the lines is the first half,
   * mapping the records the second): for a progress bar. Never called with 1; the result says it is done.
   */
  onProgress?: (fraction: number) => void;
}

/** How often (in records) the mapping reports its progress. */
const PROGRESS_EVERY = 512;

/**
 * The new map with the report of what was mapped, changed or left out; or, when the file cannot be read as
 * GEDCOM (too large, not GEDCOM, no persons, no such focus), the problems with their lines.
 */
export type ImportResult =
  { ok: true; document: KringDocument; report: ImportReport } | { ok: false; problems: GedcomProblem[] };

function today(): PartialDateString {
  return new Date().toISOString().slice(0, 10);
}

/**
 * Imports a GEDCOM file's bytes (5.5.1 or 7.0, any encoding it may be in) as a new map: persons,
 * partnerships and their events, parent-child links, multiple births and dates. Never throws; files larger
 * than {@link MAX_GEDCOM_BYTES} are refused before they are decoded.
 *
 * @example
 * ```ts
 * const bytes = new Uint8Array(await file.arrayBuffer());
 * const result = importGedcom(bytes, { focus: 'Anna de Vries', generations: 3 });
 * if (result.ok) console.log(`${result.report.persons} persons`, result.document);
 * else console.error(result.problems.map((p) => `${p.line ?? '-'}: ${p.message.key}`));
 * ```
 */
export function importGedcom(bytes: Uint8Array, options: ImportOptions = {}): ImportResult {
  if (bytes.length > MAX_GEDCOM_BYTES)
    return {
      ok: false,
      problems: [
        {
          message: {
            key: 'interop.gedcom.tooLarge',
            params: { size: bytes.length, limit: MAX_GEDCOM_BYTES },
          },
        },
      ],
    };
  const decoded = decodeGedcom(bytes);
  const result = importGedcomText(decoded.text, options);
  if (!result.ok) return result;
  result.report.encoding = decoded.encoding;
  if (decoded.mismatch && decoded.declared !== undefined) result.report.declaredEncoding = decoded.declared;
  return result;
}

/** Imports GEDCOM text that is already decoded. */
export function importGedcomText(text: string, options: ImportOptions = {}): ImportResult {
  const progress = options.onProgress;
  const parsed = parseGedcom(text, progress && ((fraction) => progress(fraction / 2)));
  if (!parsed.ok) return parsed;
  return new Importer(parsed.tree.records, options).run(parsed.tree.version);
}

interface Family {
  node: GedcomNode;
  id: string;
  /** HUSB and WIFE that name individuals. */
  parents: { person: string; role: 'HUSB' | 'WIFE' }[];
  children: string[];
  /** CHIL nodes by child id, for `_FREL`/`_MREL`. */
  chil: Map<string, GedcomNode>;
  partnership?: Partnership;
}

class Importer {
  private readonly ids = new Set<string>();
  private readonly persons: Person[] = [];
  private readonly personByXref = new Map<string, Person>();
  private readonly nodeOf = new Map<string, GedcomNode>();
  private readonly families: Family[] = [];
  private readonly familyByXref = new Map<string, Family>();
  private readonly noteRecords = new Map<string, string>();
  private readonly byId = new Map<string, Person>();
  /** Family identifier → the persons whose FAMC names it. */
  private readonly famcOf = new Map<string, string[]>();
  /** Identifiers of INDI and FAM records: generated ids never take one. */
  private readonly reserved = new Set<string>();
  private readonly dates: DateNote[] = [];
  private readonly notes: ImportNote[] = [];
  private readonly tally = new UnmappedTally();
  private readonly referenceDate: PartialDateString;
  private counter = 0;

  constructor(
    private readonly records: readonly GedcomNode[],
    private readonly options: ImportOptions,
  ) {
    this.referenceDate =
      options.referenceDate && parsePartialDate(options.referenceDate) ? options.referenceDate : today();
  }

  private note(message: InteropMessage, line?: number): void {
    if (this.notes.length < 1000) this.notes.push(line === undefined ? { message } : { message, line });
  }

  /** A fresh id: the record's GEDCOM identifier when it is free, else `prefix` + a number. */
  private id(xref: string | undefined, prefix: string): string {
    if (xref !== undefined && this.reserved.has(xref) && !this.ids.has(xref)) {
      this.ids.add(xref);
      return xref;
    }
    let id: string;
    do id = `${prefix}${++this.counter}`;
    while (this.ids.has(id) || this.reserved.has(id));
    this.ids.add(id);
    return id;
  }

  run(version: string | undefined): ImportResult {
    let individuals = 0;
    let familyCount = 0;
    for (const record of this.records) {
      if ((record.tag === 'NOTE' || record.tag === 'SNOTE') && record.xref !== undefined)
        this.noteRecords.set(record.xref, record.value);
    }
    // Reserve every identifier first, so that generated ids never take one a later record needs.
    for (const record of this.records)
      if (
        (record.tag === 'INDI' || record.tag === 'FAM') &&
        record.xref !== undefined &&
        !FORBIDDEN_KEYS.has(record.xref)
      ) {
        if (this.reserved.has(record.xref))
          this.note({ key: 'interop.note.duplicateId', params: { id: record.xref } }, record.line);
        this.reserved.add(record.xref);
      }
    const take = (xref: string | undefined, prefix: string) => this.id(xref, prefix);

    const progress = this.options.onProgress;
    for (const [i, record] of this.records.entries()) {
      if (progress && i % PROGRESS_EVERY === 0) progress(0.5 + (0.4 * i) / this.records.length);
      switch (record.tag) {
        case 'HEAD':
        case 'TRLR':
          break;
        case 'INDI': {
          individuals++;
          const person = this.person(record, take(record.xref, 'I'));
          this.persons.push(person);
          this.byId.set(person.id, person);
          this.nodeOf.set(person.id, record);
          for (const famc of record.children)
            if (famc.tag === 'FAMC' && famc.pointer) {
              const list = this.famcOf.get(famc.pointer);
              if (list) list.push(person.id);
              else this.famcOf.set(famc.pointer, [person.id]);
            }
          if (record.xref !== undefined && !this.personByXref.has(record.xref))
            this.personByXref.set(record.xref, person);
          break;
        }
        case 'FAM': {
          familyCount++;
          const family: Family = {
            node: record,
            id: take(record.xref, 'F'),
            parents: [],
            children: [],
            chil: new Map(),
          };
          this.families.push(family);
          if (record.xref !== undefined && !this.familyByXref.has(record.xref))
            this.familyByXref.set(record.xref, family);
          break;
        }
        case 'NOTE':
        case 'SNOTE':
          if (record.xref !== undefined) break; // used through pointers
          this.tally.add(record.tag);
          break;
        default:
          this.tally.add(record.tag);
      }
    }
    if (this.persons.length === 0)
      return { ok: false, problems: [{ message: { key: 'interop.gedcom.noIndividuals' } }] };

    for (const [i, family] of this.families.entries()) {
      if (progress && i % PROGRESS_EVERY === 0) progress(0.9 + (0.1 * i) / this.families.length);
      this.readFamily(family);
    }
    const parentChild = this.parentLinks();
    const multipleBirths = this.multipleBirths(parentChild);
    const partnerships = this.families.flatMap((f) => (f.partnership ? [f.partnership] : []));
    this.presumeDeceased();

    const focus = resolveFocus(this.persons, this.options.focus);
    if (!focus.ok) return { ok: false, problems: [{ message: focus.message }] };
    if (focus.note) this.note(focus.note);
    let persons = this.persons;
    let kept = { partnerships, parentChild, multipleBirths };
    let leftOut = 0;
    if (this.options.generations !== undefined) {
      const family = selectFamily(focus.id, this.options.generations, persons, partnerships, parentChild);
      persons = persons.filter((p) => family.has(p.id));
      leftOut = this.persons.length - persons.length;
      kept = {
        partnerships: partnerships.filter((p) => family.has(p.a) && family.has(p.b)),
        parentChild: parentChild.filter((l) => family.has(l.parent) && family.has(l.child)),
        multipleBirths: multipleBirths
          .map((m) => ({ ...m, members: m.members.filter((id) => family.has(id)) }))
          .filter((m) => m.members.length >= 2),
      };
      const keptCouples = new Set(kept.partnerships.map((p) => p.id));
      for (const link of kept.parentChild)
        if (link.partnership !== undefined && !keptCouples.has(link.partnership)) delete link.partnership;
    }
    const total =
      persons.length + kept.partnerships.length + kept.parentChild.length + kept.multipleBirths.length;
    if (total > MAX_ENTITIES)
      return {
        ok: false,
        problems: [
          {
            message: { key: 'interop.gedcom.tooManyEntities', params: { count: total, limit: MAX_ENTITIES } },
          },
        ],
      };

    const keptIds = new Set([...persons.map((p) => p.id), ...kept.partnerships.map((p) => p.id)]);
    const title = this.options.title;
    const document = newDocument({
      focus: focus.id,
      referenceDate: this.referenceDate,
      ...(title ? { title } : {}),
    });
    document.persons = persons;
    document.partnerships = kept.partnerships;
    document.parentChild = kept.parentChild;
    document.multipleBirths = kept.multipleBirths;
    const report: ImportReport = {
      encoding: 'utf-8',
      individuals,
      families: familyCount,
      persons: persons.length,
      partnerships: kept.partnerships.length,
      parentChild: kept.parentChild.length,
      multipleBirths: kept.multipleBirths.length,
      leftOut,
      focus: focus.id,
      dates: leftOut === 0 ? this.dates : this.dates.filter((d) => keptIds.has(d.id)),
      notes: this.notes,
      unmapped: this.tally.done(),
    };
    if (version !== undefined) report.version = version;
    return { ok: true, document, report };
  }

  // ---- persons

  private date(
    node: GedcomNode | undefined,
    id: string,
    name: string,
    field: DateNote['field'],
  ): PartialDateString | undefined {
    const value = childOf(node, 'DATE')?.value.trim();
    if (value === undefined || value === '') return undefined;
    const mapped = importDate(value);
    if (mapped.ok) {
      if (!mapped.exact) this.pushDate({ id, name, field, original: value, mapped: mapped.date });
      return mapped.date;
    }
    this.pushDate({ id, name, field, original: value });
    return undefined;
  }

  private pushDate(note: DateNote): void {
    if (this.dates.length < 5000) this.dates.push(note);
  }

  private person(node: GedcomNode, id: string): Person {
    const first = (tag: string) => childOf(node, tag);
    const all = (tag: string) => node.children.filter((c) => c.tag === tag);
    const nameNode = first('NAME');
    let name = cleanName(nameNode?.value ?? '');
    if (name === '' && nameNode) {
      const part = (tag: string) => nameNode.children.find((c) => c.tag === tag)?.value.trim() ?? '';
      name = [part('NPFX'), part('GIVN'), part('SPFX'), part('SURN'), part('NSFX')]
        .filter((s) => s !== '')
        .join(' ');
    }
    const person: Person = { id, name, gender: genderOfSex(first('SEX')?.value ?? '') };
    const kringGender = childOf(first('SEX'), '_KRING')?.value.trim();
    if (kringGender !== undefined && (GENDERS as readonly string[]).includes(kringGender))
      person.gender = kringGender as Gender;

    const birt = first('BIRT');
    let birth = this.date(birt, id, name, 'birth');
    if (birth === undefined) {
      // A christening or baptism stands in for the birth, about the same year.
      const chr = first('CHR') ?? first('BAPM');
      const value = childOf(chr, 'DATE')?.value.trim();
      const mapped = value ? importDate(value) : undefined;
      if (mapped?.ok) {
        birth = `~${mapped.date.replace(/^~/, '').slice(0, 4)}`;
        this.pushDate({ id, name, field: 'birth', original: `${chr!.tag} ${value}`, mapped: birth });
      }
    }
    if (birth !== undefined) person.birth = birth;

    const deat = first('DEAT');
    const death = this.date(deat, id, name, 'death');
    if (death !== undefined) {
      if (birth !== undefined && comparePartialDates(death, birth) < 0) {
        this.note({ key: 'interop.note.deathBeforeBirth', params: { name, birth, death } }, deat!.line);
        person.lifeStatus = 'deceased';
      } else person.death = death;
    } else if (deat || first('BURI') || first('CREM')) person.lifeStatus = 'deceased';

    const places: string[] = [];
    const place = (event: GedcomNode | undefined, sign: string) => {
      const plac = childOf(event, 'PLAC')?.value.trim();
      if (!plac) return;
      const when = childOf(event!, 'DATE')?.value.trim();
      places.push(`${sign} ${when ? `${when}, ` : ''}${plac}`);
    };
    place(birt, '°');
    place(deat, '†');
    const resi = all('RESI')
      .map((r) => childOf(r, 'PLAC')?.value.trim() ?? addressLine(r))
      .filter((s): s is string => s !== undefined && s !== '');
    if (resi.length > 0) person.location = resi[resi.length - 1]!;
    const occupation = (first('OCCU') ?? first('TITL'))?.value.trim();
    if (occupation) person.occupation = oneLine(occupation);
    const texts: string[] = [];
    for (const child of node.children) {
      if (child.tag !== 'NOTE' && child.tag !== 'SNOTE') continue;
      const text = child.pointer
        ? this.noteRecords.get(child.pointer)
        : child.pointer === null
          ? undefined
          : child.value;
      if (text !== undefined && text.trim() !== '') texts.push(text);
    }
    if (places.length > 0) texts.push(places.join('\n'));
    if (texts.length > 0) person.notes = texts.join('\n\n');
    this.tally.walk(node, 'INDI', INDI_SPEC, (c) => c.tag === 'ASSO' && isTwinAsso(c));
    return person;
  }

  private presumeDeceased(): void {
    const years = this.options.presumeDeceasedAfter ?? 110;
    if (years === false) return;
    const now = parsePartialDate(this.referenceDate)!.year;
    let count = 0;
    for (const person of this.persons) {
      if (person.lifeStatus !== undefined || person.death !== undefined || person.birth === undefined)
        continue;
      const born = parsePartialDate(person.birth)!.year;
      if (now - born > years) {
        person.lifeStatus = 'deceased';
        count++;
      }
    }
    if (count > 0) this.note({ key: 'interop.note.presumedDeceased', params: { count, years } });
  }

  // ---- families

  private resolve(node: GedcomNode): string | undefined {
    if (node.pointer === null) return undefined;
    const person = node.pointer === undefined ? undefined : this.personByXref.get(node.pointer);
    if (!person)
      this.note({ key: 'interop.note.missingRecord', params: { id: node.pointer ?? node.value } }, node.line);
    return person?.id;
  }

  private readFamily(family: Family): void {
    const node = family.node;
    for (const child of node.children) {
      if (child.tag === 'HUSB' || child.tag === 'WIFE') {
        // 7.0 also has HUSB/WIFE without pointer under events (with AGE): those are no parents.
        if (child.pointer === undefined) continue;
        const id = this.resolve(child);
        if (id === undefined) continue;
        if (family.parents.some((p) => p.role === child.tag)) {
          this.note({ key: 'interop.note.secondSpouse', params: { id: family.id } }, child.line);
          continue;
        }
        family.parents.push({ person: id, role: child.tag });
      } else if (child.tag === 'CHIL') {
        const id = this.resolve(child);
        if (id === undefined || family.chil.has(id)) continue;
        family.children.push(id);
        family.chil.set(id, child);
      }
    }
    // Children who name this family (FAMC) but are not listed in it.
    for (const id of node.xref === undefined ? [] : (this.famcOf.get(node.xref) ?? []))
      if (!family.chil.has(id) && !family.children.includes(id)) family.children.push(id);
    const [a, b] = family.parents;
    if (a && b) {
      if (a.person === b.person)
        this.note({ key: 'interop.note.selfCouple', params: { id: family.id } }, node.line);
      else family.partnership = this.partnership(family, a.person, b.person);
    }
    this.tally.walk(
      node,
      'FAM',
      FAM_SPEC,
      (c) => c.tag === 'EVEN' && (eventKindOfType(typeOf(c)) !== undefined || isTypeRecord(c)),
    );
  }

  private nameOf(id: string): string {
    return this.byId.get(id)?.name ?? id;
  }

  private partnership(family: Family, a: string, b: string): Partnership {
    const names = `${this.nameOf(a)} & ${this.nameOf(b)}`;
    const events: PartnershipEvent[] = [];
    let type: PartnershipType = 'marriage';
    for (const child of family.node.children) {
      if (child.tag === '_KRING' && (PARTNERSHIP_TYPES as readonly string[]).includes(child.value.trim())) {
        type = child.value.trim() as PartnershipType;
        continue;
      }
      if (isTypeRecord(child)) {
        const value = child.value.trim();
        if ((PARTNERSHIP_TYPES as readonly string[]).includes(value)) type = value as PartnershipType;
        continue;
      }
      const kind =
        FAMILY_EVENT_TAGS[child.tag] ?? (child.tag === 'EVEN' ? eventKindOfType(typeOf(child)) : undefined);
      if (kind === undefined) continue;
      if (child.value.trim().toUpperCase() === 'N') continue;
      const event: PartnershipEvent = { kind };
      const date = this.date(child, family.id, names, 'event');
      if (date !== undefined) event.date = date;
      events.push(event);
    }
    const ordered = this.orderEvents(events, names, family.node.line);
    return { id: family.id, a, b, type, events: ordered };
  }

  /** Events in an order Kring accepts: the file's when it is one, else sorted by date and kind, repaired. */
  private orderEvents(events: PartnershipEvent[], names: string, line: number): PartnershipEvent[] {
    if (eventsValid(events)) return events;
    const dated = events.filter((e) => e.date !== undefined);
    const sorted = dated
      .map((e, i) => ({ e, i, d: parsePartialDate(e.date!)! }))
      .sort(
        (x, y) =>
          x.d.year - y.d.year ||
          (x.d.month ?? 0) - (y.d.month ?? 0) ||
          (x.d.day ?? 0) - (y.d.day ?? 0) ||
          EVENT_RANK[x.e.kind] - EVENT_RANK[y.e.kind] ||
          x.i - y.i,
      )
      .map((x) => x.e);
    for (const event of events) {
      if (event.date !== undefined) continue;
      const at = sorted.findIndex((e) => EVENT_RANK[e.kind] > EVENT_RANK[event.kind]);
      sorted.splice(at < 0 ? sorted.length : at, 0, event);
    }
    const { events: withMarriage, insertedMarriage } = withMarriageBeforeEndings(sorted);
    if (insertedMarriage) this.note({ key: 'interop.note.marriageInserted', params: { names } }, line);
    const kept: PartnershipEvent[] = [];
    let started = false;
    let married = false;
    let separated = false;
    for (const event of withMarriage) {
      const k = event.kind;
      let ok = true;
      if (k === 'separated') ok = started;
      else if (k === 'reconciled') ok = started && separated;
      else if (k === 'divorced' || k === 'annulled') ok = married;
      if (!ok) {
        this.note({ key: 'interop.note.eventDropped', params: { names, kind: k } }, line);
        continue;
      }
      if (k === 'started' || k === 'engaged' || k === 'cohabiting') started = true;
      if (k === 'married') started = married = true;
      if (k === 'separated') separated = true;
      if (k === 'reconciled') separated = false;
      kept.push(event);
    }
    return kept;
  }

  // ---- parent-child links

  /** The kind of the link from the parent in `role` to `child` in `family`. */
  private kindOf(family: Family, role: 'HUSB' | 'WIFE', child: string): ParentChildKind {
    const chil = family.chil.get(child);
    const rel = childOf(chil, role === 'HUSB' ? '_FREL' : '_MREL')?.value;
    const childNode = this.nodeOf.get(child)!;
    const xref = family.node.xref;
    const famc =
      xref === undefined ? undefined : childNode.children.find((c) => c.tag === 'FAMC' && c.pointer === xref);
    const famcRel = childOf(famc, role === 'HUSB' ? '_FREL' : '_MREL')?.value;
    const pedi = childOf(famc, 'PEDI')?.value;
    const value = [rel, famcRel, pedi].find((v) => v !== undefined && v.trim() !== '');
    if (value !== undefined) {
      const { kind, known } = kindOfPedigree(value);
      if (!known)
        this.note(
          {
            key: 'interop.note.pedigreeUnknown',
            params: {
              child: this.nameOf(child),
              parent: this.nameOf(family.parents.find((p) => p.role === role)!.person),
              value: value.trim(),
            },
          },
          (chil ?? famc)?.line,
        );
      return kind;
    }
    // An adoption event that names this family: by both parents, or the one it says.
    for (const adop of childNode.children) {
      if (adop.tag !== 'ADOP') continue;
      const to = childOf(adop, 'FAMC');
      if (!to || to.pointer !== xref || xref === undefined) continue;
      const by = childOf(to, 'ADOP')?.value.trim().toUpperCase() ?? 'BOTH';
      if (by === 'BOTH' || by === role || by === '') return 'adoptive';
    }
    return 'biological';
  }

  private parentLinks(): ParentChild[] {
    const links: ParentChild[] = [];
    const seen = new Set<string>();
    const biological = new Map<string, number>();
    for (const family of this.families) {
      for (const child of family.children) {
        for (const { person: parent, role } of family.parents) {
          if (parent === child) {
            this.note(
              { key: 'interop.note.ownParent', params: { name: this.nameOf(child) } },
              family.node.line,
            );
            continue;
          }
          const kind = this.kindOf(family, role, child);
          const key =
            kind === 'biological'
              ? `${parent}\u0000${child}`
              : `${parent}\u0000${child}\u0000${kind}\u0000${family.id}`;
          if (seen.has(key)) continue;
          seen.add(key);
          if (kind === 'biological') {
            const count = (biological.get(child) ?? 0) + 1;
            if (count > 2) {
              this.note(
                {
                  key: 'interop.note.tooManyParents',
                  params: { child: this.nameOf(child), parent: this.nameOf(parent) },
                },
                family.node.line,
              );
              continue;
            }
            biological.set(child, count);
          }
          const link: ParentChild = { id: '', parent, child, kind };
          if (family.partnership) link.partnership = family.partnership.id;
          links.push(link);
        }
      }
    }
    const acyclic = this.withoutCycles(links);
    for (const link of acyclic) link.id = this.id(undefined, 'pc');
    return acyclic;
  }

  /** Drops the links that close a cycle of descent (a person their own ancestor), each with a note. */
  private withoutCycles(links: ParentChild[]): ParentChild[] {
    const dropped = new Set(descentCycleLinks(links));
    for (const index of dropped) {
      const { child, parent } = links[index]!;
      this.note({
        key: 'interop.note.cycle',
        params: { child: this.nameOf(child), parent: this.nameOf(parent) },
      });
    }
    return dropped.size === 0 ? links : links.filter((_, i) => !dropped.has(i));
  }

  // ---- multiple births

  private multipleBirths(links: readonly ParentChild[]): MultipleBirth[] {
    const root = new Map<string, string>();
    const find = (x: string): string => {
      let r = x;
      while (root.get(r) !== undefined && root.get(r) !== r) r = root.get(r)!;
      root.set(x, r);
      return r;
    };
    const words = new Map<string, string>();
    for (const person of this.persons) {
      for (const asso of this.nodeOf.get(person.id)!.children) {
        if (asso.tag !== 'ASSO' || !isTwinAsso(asso) || !asso.pointer) continue;
        const other = this.personByXref.get(asso.pointer)?.id;
        if (other === undefined || other === person.id) continue;
        if (!root.has(person.id)) root.set(person.id, person.id);
        if (!root.has(other)) root.set(other, other);
        const a = find(person.id);
        const b = find(other);
        if (a !== b) root.set(b, a);
        words.set(person.id, `${words.get(person.id) ?? ''} ${relationText(asso)}`);
      }
    }
    if (root.size === 0) return [];
    const groups = new Map<string, string[]>();
    for (const person of this.persons) {
      if (!root.has(person.id)) continue;
      const r = find(person.id);
      const list = groups.get(r);
      if (list) list.push(person.id);
      else groups.set(r, [person.id]);
    }
    const parents = new Map<string, string>();
    const bio = new Map<string, string[]>();
    for (const l of links)
      if (l.kind === 'biological') bio.set(l.child, [...(bio.get(l.child) ?? []), l.parent]);
    for (const [child, list] of bio) parents.set(child, [...list].sort().join('\u0000'));
    const result: MultipleBirth[] = [];
    for (const members of groups.values()) {
      const keys = new Set(members.map((m) => parents.get(m)).filter((k) => k !== undefined));
      if (keys.size > 1) {
        this.note({
          key: 'interop.note.twinsParentsDiffer',
          params: { names: members.map((m) => this.nameOf(m)).join(', ') },
        });
        continue;
      }
      const text = members.map((m) => words.get(m) ?? '').join(' ');
      result.push({ id: this.id(undefined, 'mb'), members, zygosity: zygosityOfWord(text) });
    }
    return result;
  }
}

/** The first child of `node` with `tag` (a loop, not `find`: this runs for every line of large files). */
function childOf(node: GedcomNode | undefined, tag: string): GedcomNode | undefined {
  if (node === undefined) return undefined;
  const children = node.children;
  for (let i = 0; i < children.length; i++) if (children[i]!.tag === tag) return children[i];
  return undefined;
}

function relationText(asso: GedcomNode): string {
  const parts: string[] = [];
  for (const c of asso.children)
    if (c.tag === 'RELA' || c.tag === 'ROLE') {
      parts.push(c.value);
      for (const p of c.children) if (p.tag === 'PHRASE') parts.push(p.value);
    }
  return parts.join(' ');
}

function isTwinAsso(asso: GedcomNode): boolean {
  return TWIN_WORD.test(relationText(asso));
}

function typeOf(node: GedcomNode): string {
  return childOf(node, 'TYPE')?.value ?? '';
}

/** `EVEN <type>` + `TYPE Relationship type`: how Kring writes a partnership type GEDCOM has no word for. */
function isTypeRecord(node: GedcomNode): boolean {
  return node.tag === 'EVEN' && typeOf(node).trim().toLowerCase() === 'relationship type';
}

/** Kring's rule for event order (format.md invariant 4), to keep a file's order when it already fits. */
function eventsValid(events: readonly PartnershipEvent[]): boolean {
  let started = false;
  let married = false;
  let separated = false;
  let previous: string | undefined;
  for (const e of events) {
    if (e.kind === 'separated' && !started) return false;
    if (e.kind === 'reconciled' && (!started || !separated)) return false;
    if ((e.kind === 'divorced' || e.kind === 'annulled') && !married) return false;
    if (e.kind === 'started' || e.kind === 'engaged' || e.kind === 'cohabiting') started = true;
    if (e.kind === 'married') started = married = true;
    if (e.kind === 'separated') separated = true;
    if (e.kind === 'reconciled') separated = false;
    if (e.date !== undefined) {
      if (previous !== undefined && comparePartialDates(e.date, previous) < 0) return false;
      previous = e.date;
    }
  }
  return true;
}

/** `Robert Eugene /Williams/` → `Robert Eugene Williams`; a slash between two words becomes a space. */
export function cleanName(value: string): string {
  return value
    .replace(/(\S)\/(?=\S)/g, '$1 ')
    .replace(/\//g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ');
}

function addressLine(resi: GedcomNode): string | undefined {
  const addr = childOf(resi, 'ADDR');
  if (!addr) return undefined;
  const city = childOf(addr, 'CITY')?.value.trim();
  return city || oneLine(addr.value).trim() || undefined;
}
