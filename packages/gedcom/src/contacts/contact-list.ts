/**
 * A contact list ("groslijst"): a CSV or TSV of names, with an optional relation, sector, phone, e-mail and
 * kind (person or organisation) per row, becomes persons and organisations to add to a map, not yet placed
 * (no ties): they wait in the editor's tray "Nog niet in deze kaart" of the ecogram and sociogram. Three
 * steps, all plain data:
 *
 * 1. `readContactList(bytes)` / `readContactText(text)`: the table, with the delimiter, the header row and
 *    the meaning of each column guessed (a `ContactTable`);
 * 2. `planContactList(table, choice, doc)`: what becomes of every row, with the user's choice of header and
 *    columns: a new person or organisation, someone already on the map (same name: not added twice), a name
 *    twice in the list, or a row without a name (skipped);
 * 3. `contactListCommands(plan, doc, locale)`: core's `addPerson`/`addOrganisation` commands, one undo step
 *    in the editor (`api.apply`); or `contactListDocument(plan, …)`: a new map with the focus and the others.
 *
 * The phone and e-mail go to the person's `contact`; the relation and a proposed sector (from the sector
 * column, or from the relation word: "buurvrouw" → neighbours) go to the notes, in the user's language.
 * Text is kept as it is (`<script>`, `=1+1`): it is data, never markup or a formula. docs/interop.md.
 */
import {
  idMaker,
  SECTOR_PRESETS,
  addOrganisation,
  addPerson,
  setContact,
  newDocument,
  type Command,
  type Gender,
  type Id,
  type KringDocument,
  type Locale,
  type Person,
  type PersonContact,
  type SectorPreset,
  type SystemCategory,
} from '@kring/core';
import {
  decodeContactText,
  detectDelimiter,
  isBlankRecord,
  parseDelimited,
  type ContactListEncoding,
  type Delimiter,
  type TextRecord,
} from './delimited.js';
import {
  COLUMN_ROLES,
  categoryOf,
  fold,
  headerRole,
  isOrganisationWord,
  presetSector,
  relationWord,
  type ColumnRole,
} from './words.js';
import { translate as t, type InteropMessage, type InteropMessageKey } from '../messages.js';

/** A contact list file larger than this is refused before it is decoded. */
export const MAX_CONTACT_LIST_BYTES = 5 * 1024 * 1024;
/** Rows a contact list may have (a network is tens of people; a register export of thousands is no list). */
export const MAX_CONTACT_ROWS = 2000;
/** Characters kept of one cell; longer text is cut, with a remark. */
export const MAX_CELL_LENGTH = 1000;

/** Which column (0-based) holds what; `name` is required, the others optional. */
export type ColumnMapping = { name: number } & Partial<Record<Exclude<ColumnRole, 'name'>, number>>;

/** A contact list read as a table (step 1), with what was guessed about it; the user may correct the guesses. */
export interface ContactTable {
  /** How the bytes were read (absent for pasted text). */
  encoding?: ContactListEncoding;
  /** The delimiter used to split the records: the user's, or the one found in the text. */
  delimiter: Delimiter;
  /** The records that are not blank, header included, in file order. */
  records: TextRecord[];
  /** The most fields any record has. */
  columns: number;
  /** Guessed: the first record names the columns. */
  header: boolean;
  /** Guessed meaning of the columns. */
  mapping: ColumnMapping;
  /** A quoted field opened on this line was never closed: it ran to the end of the text. */
  unclosedQuote?: number;
}

/**
 * The table, or why the list was refused (too large, a spreadsheet workbook or other binary file instead of
 * text, no rows, more than 2,000 rows), as catalogue messages.
 */
export type ContactTableResult =
  { ok: true; table: ContactTable } | { ok: false; problems: InteropMessage[] };

/** How {@link readContactList} and {@link readContactText} read a list. */
export interface ContactReadOptions {
  /** The delimiter, when the user chose one; found from the text otherwise. */
  delimiter?: Delimiter;
}

/** Reads a contact list file's bytes (any encoding Excel writes). Never throws. */
export function readContactList(bytes: Uint8Array, options: ContactReadOptions = {}): ContactTableResult {
  if (bytes.length > MAX_CONTACT_LIST_BYTES)
    return refuse('interop.contacts.tooLarge', { size: bytes.length, limit: MAX_CONTACT_LIST_BYTES });
  // A spreadsheet workbook (.xlsx, .ods: a zip) or an old Excel file is no text.
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)
    return refuse('interop.contacts.workbook');
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0)
    return refuse('interop.contacts.workbook');
  const { text, encoding } = decodeContactText(bytes);
  const result = readContactText(text, options);
  if (result.ok) result.table.encoding = encoding;
  return result;
}

/** Reads a contact list's text (pasted, or decoded). Never throws. */
export function readContactText(text: string, options: ContactReadOptions = {}): ContactTableResult {
  if (text.length > MAX_CONTACT_LIST_BYTES)
    return refuse('interop.contacts.tooLarge', { size: text.length, limit: MAX_CONTACT_LIST_BYTES });
  // Control characters other than line ends and tabs: a binary file, not a list.
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  if (/[\u0000-\u0008\u000e-\u001f]/.test(text.slice(0, 65_536))) return refuse('interop.contacts.binary');
  const delimiter = options.delimiter ?? detectDelimiter(text);
  // One record more than allowed (after the blank ones) tells a list that is too long.
  const parsed = parseDelimited(text, delimiter, (MAX_CONTACT_ROWS + 1) * 4);
  const records = parsed.records.filter((r) => !isBlankRecord(r));
  if (records.length === 0) return refuse('interop.contacts.empty');
  const header = looksLikeHeader(records[0]!.fields);
  if (records.length - (header ? 1 : 0) > MAX_CONTACT_ROWS)
    return refuse('interop.contacts.tooManyRows', { limit: MAX_CONTACT_ROWS });
  const columns = Math.max(...records.map((r) => r.fields.length));
  const table: ContactTable = {
    delimiter,
    records,
    columns,
    header,
    mapping: header ? mappingFromHeader(records[0]!.fields, columns) : mappingFromContent(records, columns),
  };
  if (parsed.unclosedQuote !== undefined) table.unclosedQuote = parsed.unclosedQuote;
  return { ok: true, table };
}

function refuse(key: InteropMessageKey, params?: InteropMessage['params']): ContactTableResult {
  return { ok: false, problems: [params ? { key, params } : { key }] };
}

const PHONE = /^\+?[\d\s().\-/]{6,}$/;
const looksLikePhone = (cell: string) => PHONE.test(cell.trim()) && (cell.match(/\d/g)?.length ?? 0) >= 6;
const looksLikeEmail = (cell: string) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(cell.trim());

/** The first record is a header when a cell names a role and none holds a phone number or e-mail. */
function looksLikeHeader(fields: readonly string[]): boolean {
  return (
    fields.some((f) => headerRole(f) !== undefined) &&
    !fields.some((f) => looksLikePhone(f) || looksLikeEmail(f))
  );
}

/** Roles from the header's words; the name is the first column when no header says it. */
function mappingFromHeader(fields: readonly string[], columns: number): ColumnMapping {
  const found: Partial<Record<ColumnRole, number>> = {};
  fields.forEach((f, i) => {
    const role = headerRole(f);
    if (role !== undefined && found[role] === undefined) found[role] = i;
  });
  if (found.name === undefined) {
    // "Voornaam; Achternaam" without a name column: the surname column stays the surname.
    const free = Array.from({ length: columns }, (_, i) => i).find((i) => !Object.values(found).includes(i));
    found.name = free ?? 0;
  }
  return found as ColumnMapping;
}

/** Roles from what the cells hold: phone numbers, e-mail addresses, sector or kind words, relation words. */
function mappingFromContent(records: readonly TextRecord[], columns: number): ColumnMapping {
  const sample = records.slice(0, 50);
  const share = (i: number, test: (cell: string) => boolean) => {
    const cells = sample.map((r) => r.fields[i]?.trim() ?? '').filter((c) => c !== '');
    return cells.length === 0 ? 0 : cells.filter(test).length / cells.length;
  };
  const roles: Partial<Record<ColumnRole, number>> = {};
  const taken = new Set<number>();
  const claim = (role: ColumnRole, test: (cell: string) => boolean, threshold: number) => {
    for (let i = 0; i < columns; i++)
      if (!taken.has(i) && share(i, test) >= threshold) {
        roles[role] = i;
        taken.add(i);
        return;
      }
  };
  claim('phone', looksLikePhone, 0.6);
  claim('email', looksLikeEmail, 0.6);
  claim('kind', (c) => isOrganisationWord(c) || ['persoon', 'person', 'p'].includes(fold(c)), 0.8);
  claim('sector', (c) => sectorOfText(c, 'default') !== undefined && relationWord(c) === undefined, 0.6);
  // The name: the first column left with letters in most cells; the relation: the next one.
  claim('name', (c) => /\p{L}/u.test(c), 0.6);
  roles.name ??= [...Array(columns).keys()].find((i) => !taken.has(i)) ?? 0;
  taken.add(roles.name);
  claim('relation', (c) => relationWord(c) !== undefined, 0.3);
  if (roles.relation === undefined) claim('relation', (c) => /\p{L}/u.test(c), 0.5);
  return roles as ColumnMapping;
}

// ——— step 2: what becomes of every row ———

/**
 * What becomes of a row: `new` (added), `onMap` (someone of that name is on the map already: not added
 * twice), `repeated` (the name came earlier in the list) or `noName` (skipped). Names are compared with
 * accents and case ignored.
 */
export type EntryStatus = 'new' | 'onMap' | 'repeated' | 'noName';

/** One row of the list and what becomes of it (step 2). */
export interface ContactEntry {
  /** The line of the list the row starts on (1-based). */
  line: number;
  /** The name as it will be on the map: the name column, with the surname column after it when mapped. */
  name: string;
  /** An organisation when the kind, relation or sector column says so ("huisarts", "school"); else a person. */
  kind: 'person' | 'organisation';
  /** From the relation word where it tells ("moeder" → woman); else `unknown`. Always `unknown` for organisations. */
  gender: Gender;
  /** The relation column's text, as written ("buurvrouw"); goes to the notes. */
  relation?: string;
  /** The sector column's text, as written. */
  sectorText?: string;
  /** A key of the map's sector preset: the sector column's, else the relation word's. */
  sector?: string;
  /** Organisations: from the words of the row; `other` when none says. */
  category?: SystemCategory;
  /** The phone number, with a leading zero restored when a spreadsheet dropped it. */
  phone?: string;
  /** The e-mail address, as written. */
  email?: string;
  /** What becomes of the row. */
  status: EntryStatus;
  /** `onMap`: who on the map has this name. */
  match?: Id;
  /**
   * `onMap`, a person: the phone and e-mail of the list that differ from the person's contact on the map,
   * with what the map holds now (`previous`, empty when nothing). Applied only when the user asks
   * (`contactListCommands`' `update`); only the first row of a person offers it.
   */
  update?: ContactUpdate;
  /** `repeated`: the line where the name came first. */
  firstLine?: number;
  /** What the import changed in this row (cut text, a restored leading zero). */
  remarks: InteropMessage[];
}

/** New contact details for someone already on the map, offered by a row of the list. */
export interface ContactUpdate {
  /** The list's phone number, when it differs from the map's. */
  phone?: string;
  /** The list's e-mail address, when it differs from the map's. */
  email?: string;
  /** The person's contact on the map now (empty when there is none), to show beside the new details. */
  previous: PersonContact;
}

/** The user's reading of the table: whether the first record is a header, and what each column holds. */
export interface ContactChoice {
  /** The first record names the columns and is not a row. */
  header: boolean;
  /** Which column holds what. */
  mapping: ColumnMapping;
}

/** What becomes of every row of a contact list (step 2), to show before anything is added. */
export interface ContactPlan {
  /** Every row that is not blank, in list order (the header left out). */
  entries: ContactEntry[];
  /** The sector preset the proposed sectors are keys of. */
  preset: SectorPreset;
  /** How many rows have each status. */
  counts: Record<EntryStatus, number>;
  /** Rows that offer to update the contact of someone on the map. */
  updates: number;
}

/**
 * What becomes of every row of `table` with the user's `choice` of header and columns, next to `doc`
 * (someone whose name is on the map is not added twice) or for a new map (`doc` undefined).
 */
export function planContactList(
  table: ContactTable,
  choice: ContactChoice = table,
  doc?: KringDocument,
): ContactPlan {
  const preset = doc?.options.sectors ?? 'default';
  const onMap = new Map<string, Id>();
  for (const o of doc?.organisations ?? []) onMap.set(fold(o.name), o.id);
  for (const p of doc?.persons ?? []) onMap.set(fold(p.name), p.id);
  const contactOf = new Map((doc?.persons ?? []).map((p) => [p.id, p.contact ?? {}]));
  const offered = new Set<Id>();
  let updates = 0;
  const seen = new Map<string, number>();
  const counts: Record<EntryStatus, number> = { new: 0, onMap: 0, repeated: 0, noName: 0 };
  const entries: ContactEntry[] = [];
  const { mapping } = choice;
  for (const record of choice.header ? table.records.slice(1) : table.records) {
    const remarks: InteropMessage[] = [];
    const cell = (role: keyof ColumnMapping): string | undefined => {
      const i = mapping[role];
      if (i === undefined) return undefined;
      const value = oneLine(record.fields[i] ?? '');
      if (value === '') return undefined;
      if (value.length <= MAX_CELL_LENGTH) return value;
      remarks.push({ key: 'interop.contacts.remark.cut', params: { limit: MAX_CELL_LENGTH } });
      return value.slice(0, MAX_CELL_LENGTH);
    };
    const name = [cell('name'), cell('surname')].filter((s) => s !== undefined).join(' ');
    const relation = cell('relation');
    const sectorText = cell('sector');
    const kindText = cell('kind');
    const organisation =
      (kindText !== undefined && isOrganisationWord(kindText)) ||
      (relation !== undefined && isOrganisationWord(relation)) ||
      (sectorText !== undefined && isOrganisationWord(sectorText));
    const word = relation === undefined ? undefined : relationWord(relation);
    const entry: ContactEntry = {
      line: record.line,
      name,
      kind: organisation ? 'organisation' : 'person',
      gender: !organisation && word?.gender ? word.gender : 'unknown',
      status: 'new',
      remarks,
    };
    if (relation !== undefined) entry.relation = relation;
    if (sectorText !== undefined) entry.sectorText = sectorText;
    const sector =
      (sectorText === undefined ? undefined : sectorOfText(sectorText, preset)) ??
      (word ? presetSector(word.sector, preset) : undefined) ??
      (organisation ? presetSector('professionals', preset) : undefined);
    if (sector !== undefined) entry.sector = sector;
    if (organisation) entry.category = categoryOf(name, relation, sectorText);
    const phone = cell('phone');
    if (phone !== undefined) entry.phone = phoneOf(phone, remarks);
    const email = cell('email');
    if (email !== undefined) entry.email = email;
    const key = fold(name);
    if (key === '') entry.status = 'noName';
    else if (onMap.has(key)) {
      entry.status = 'onMap';
      entry.match = onMap.get(key)!;
      const previous = contactOf.get(entry.match);
      if (previous && !offered.has(entry.match)) {
        const update = contactUpdate(entry, previous);
        if (update) {
          entry.update = update;
          offered.add(entry.match);
          updates++;
        }
      }
    } else if (seen.has(key)) {
      entry.status = 'repeated';
      entry.firstLine = seen.get(key)!;
    } else seen.set(key, record.line);
    counts[entry.status]++;
    entries.push(entry);
  }
  return { entries, preset, counts, updates };
}

/** The list's phone and e-mail where they differ from the person's `previous` contact; undefined when none. */
function contactUpdate(entry: ContactEntry, previous: PersonContact): ContactUpdate | undefined {
  const update: ContactUpdate = { previous };
  if (entry.phone !== undefined && entry.phone !== previous.phone) update.phone = entry.phone;
  if (entry.email !== undefined && entry.email !== previous.email) update.email = entry.email;
  return update.phone === undefined && update.email === undefined ? undefined : update;
}

/** A cell as one line of plain text: line ends, tabs and other control characters become spaces. */
function oneLine(value: string): string {
  return (
    value
      // eslint-disable-next-line no-control-regex -- removing control characters is the point
      .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ')
      .replace(/ {2,}/g, ' ')
      .trim()
  );
}

/**
 * A phone number as written, without the apostrophe a spreadsheet user types to keep the leading zero;
 * nine digits alone are a Dutch number whose zero a spreadsheet dropped (612345678 → 0612345678).
 */
function phoneOf(value: string, remarks: InteropMessage[]): string {
  const phone = value.replace(/^'/, '').trim();
  if (/^[1-9]\d{8}$/.test(phone)) {
    remarks.push({ key: 'interop.contacts.remark.zero', params: { phone: `0${phone}` } });
    return `0${phone}`;
  }
  return phone;
}

/** A sector from a cell: a key of the preset, or one of its names in Dutch or English, or a relation word. */
export function sectorOfText(text: string, preset: SectorPreset): string | undefined {
  const f = fold(text);
  if (f === '') return undefined;
  const named = sectorNames(preset).get(f);
  if (named !== undefined) return named;
  const word = relationWord(text);
  return word ? presetSector(word.sector, preset) : undefined;
}

/** Per preset: every way a sector is named (its key, its Dutch and English names and their parts), folded. */
const SECTOR_NAMES = new Map<SectorPreset, Map<string, string>>();
function sectorNames(preset: SectorPreset): Map<string, string> {
  let names = SECTOR_NAMES.get(preset);
  if (names) return names;
  names = new Map();
  for (const key of SECTOR_PRESETS[preset]) {
    const add = (name: string) => {
      const f = fold(name);
      if (f !== '' && !names!.has(f)) names!.set(f, key);
    };
    add(key);
    for (const locale of ['nl', 'en'] as const) {
      const label = t(locale, `sector.${key}` as InteropMessageKey);
      add(label);
      for (const part of label.split(',')) add(part);
    }
  }
  SECTOR_NAMES.set(preset, names);
  return names;
}

// ——— step 3: commands, or a new map ———

/** The notes of a new person or organisation: the relation and the proposed sector, in `locale`. */
function notesOf(entry: ContactEntry, preset: SectorPreset, locale: Locale, withContact: boolean): string {
  const lines: string[] = [];
  if (entry.relation !== undefined)
    lines.push(t(locale, 'interop.contacts.note.relation', { relation: entry.relation }));
  if (entry.sector !== undefined && (SECTOR_PRESETS[preset] as readonly string[]).includes(entry.sector))
    lines.push(
      t(locale, 'interop.contacts.note.sector', {
        sector: t(locale, `sector.${entry.sector}` as InteropMessageKey),
      }),
    );
  else if (entry.sectorText !== undefined)
    lines.push(t(locale, 'interop.contacts.note.sector', { sector: entry.sectorText }));
  if (withContact && entry.phone !== undefined)
    lines.push(t(locale, 'interop.contacts.note.phone', { phone: entry.phone }));
  if (withContact && entry.email !== undefined)
    lines.push(t(locale, 'interop.contacts.note.email', { email: entry.email }));
  return lines.join('\n');
}

function personOf(entry: ContactEntry, id: Id, preset: SectorPreset, locale: Locale): Person {
  const person: Person = { id, name: entry.name, gender: entry.gender };
  const notes = notesOf(entry, preset, locale, false);
  if (notes !== '') person.notes = notes;
  const contact: PersonContact = {};
  if (entry.phone !== undefined) contact.phone = entry.phone;
  if (entry.email !== undefined) contact.email = entry.email;
  if (Object.keys(contact).length > 0) person.contact = contact;
  return person;
}

/** Options of {@link contactListCommands}. */
export interface ContactCommandOptions {
  /**
   * The lines of rows already on the map whose `update` the user chose: their phone and e-mail replace the
   * person's (the contact's other fields stay). Default none.
   */
  update?: ReadonlySet<number>;
  /**
   * The client tag of the new ids (core's `clientTag`): `person-<tag>-<n>`, so that an editor adding a list
   * to a map others edit at the same time makes no id they make. Default none: `person-<n>`.
   */
  idTag?: string;
}

/**
 * The commands that add the plan's new rows to `doc`: one `addPerson` or `addOrganisation` each, in list
 * order, with fresh ids; and for the rows already on the map named in `options.update`, one
 * `person.contact.set` with the list's phone and e-mail. Rows repeated or without a name do nothing. Apply
 * them as one step (`api.apply(commands)`), so one undo takes the whole list back.
 */
export function contactListCommands(
  plan: ContactPlan,
  doc: KringDocument,
  locale: Locale,
  options: ContactCommandOptions = {},
): Command[] {
  const newId = idMaker(doc, options.idTag);
  const commands: Command[] = [];
  const persons = new Map(doc.persons.map((p) => [p.id, p]));
  for (const entry of plan.entries) {
    if (entry.status === 'onMap' && entry.update && options.update?.has(entry.line)) {
      const person = persons.get(entry.match!);
      if (!person) continue;
      const { phone, email } = entry.update;
      commands.push(
        setContact(person.id, {
          ...person.contact,
          ...(phone === undefined ? {} : { phone }),
          ...(email === undefined ? {} : { email }),
        }),
      );
      continue;
    }
    if (entry.status !== 'new') continue;
    if (entry.kind === 'organisation') {
      const notes = notesOf(entry, plan.preset, locale, true);
      commands.push(
        addOrganisation({
          id: newId('organisation'),
          name: entry.name,
          category: entry.category ?? 'other',
          ...(notes === '' ? {} : { notes }),
        }),
      );
    } else commands.push(addPerson(personOf(entry, newId('person'), plan.preset, locale)));
  }
  return commands;
}

/**
 * The new map, with the focus's id, the line it came from and how many others were added; or why no map
 * could be made (an empty focus name, an organisation as focus, no person in the list).
 */
export type ContactDocumentResult =
  | {
      ok: true;
      document: KringDocument;
      focus: Id;
      /** The line of the list the focus came from; absent when the focus is a name not in the list. */
      focusLine?: number;
      added: number;
    }
  | { ok: false; problem: InteropMessage };

/** Options of {@link contactListDocument}. */
export interface ContactDocumentOptions {
  /** Language of the title and of the notes written from the relation and sector columns. */
  locale: Locale;
  /** The client: a name of the list (accents and case ignored) or a new name; default the first person. */
  focus?: string;
  /** The map's title; default "Netwerk van {name}" in `locale`. */
  title?: string;
  /** The map's reference date (`YYYY-MM-DD`, the date ages are counted to); default today. */
  referenceDate?: string;
}

/**
 * A new map from a contact list: the focus (the row named by `focus`, or a new person of that name, or the
 * first person of the list) and everyone else of the list, not yet placed.
 */
export function contactListDocument(
  plan: ContactPlan,
  options: ContactDocumentOptions,
): ContactDocumentResult {
  const { locale } = options;
  const wanted = options.focus === undefined ? undefined : fold(options.focus);
  if (wanted === '') return { ok: false, problem: { key: 'interop.contacts.focusEmpty' } };
  const candidates = plan.entries.filter((e) => e.status === 'new');
  const focusEntry =
    wanted === undefined
      ? candidates.find((e) => e.kind === 'person')
      : candidates.find((e) => fold(e.name) === wanted);
  if (focusEntry?.kind === 'organisation')
    return {
      ok: false,
      problem: { key: 'interop.contacts.focusOrganisation', params: { name: focusEntry.name } },
    };
  if (focusEntry === undefined && wanted === undefined)
    return { ok: false, problem: { key: 'interop.contacts.noPersons' } };
  const focusId = 'p-focus';
  const focusName = focusEntry?.name ?? options.focus!.replace(/\s+/g, ' ').trim();
  const focus: Person = focusEntry
    ? personOf(focusEntry, focusId, plan.preset, locale)
    : { id: focusId, name: focusName, gender: 'unknown' };
  const doc = newDocument({
    title: options.title ?? t(locale, 'interop.contacts.title', { name: focusName }),
    referenceDate: options.referenceDate ?? new Date().toISOString().slice(0, 10),
    focus: focusId,
    persons: [focus],
  });
  const rest: ContactPlan = { ...plan, entries: plan.entries.filter((e) => e !== focusEntry) };
  const commands = contactListCommands(rest, doc, locale);
  for (const command of commands)
    if (command.type === 'person.add') doc.persons.push(command.person);
    else if (command.type === 'organisation.add') doc.organisations.push(command.organisation);
  return focusEntry
    ? { ok: true, document: doc, focus: focusId, focusLine: focusEntry.line, added: commands.length }
    : { ok: true, document: doc, focus: focusId, added: commands.length };
}

/** The roles, in the order the column-mapping step shows them. */
export { COLUMN_ROLES, type ColumnRole };
