/**
 * Kinship words relative to anyone: how each person is related to a chosen person ("mother", "half-brother",
 * "foster father", "aunt", "nephew", "sister-in-law", "ex-partner"), in Dutch or English through the message
 * catalogue. Derived from the queries: parents, children, partners, siblings (full or half), grandparents,
 * grandchildren, the parents' siblings, the siblings' children, the parents' siblings' children, and the
 * in-laws through a current partnership. Gendered where the person's gender is man or woman, neutral
 * otherwise. The first, closest relation found wins (a guardian who is also an aunt is the guardian).
 * Framework-free: the outline, the inspector, insight's findings and the CLI use the same words.
 */
import type { Gender, ParentChildKind } from '../model/enums.js';
import type { Id, KringDocument, Partnership } from '../model/types.js';
import type { CoreTemplates, MessageKey } from '../i18n/en.js';
import { type Locale, type MessageOverrides, type MessageParams } from '../i18n/catalogue.js';
import { createRuntimeKeyTranslator } from '../i18n/runtime-key-translator.js';
import { coreMessageParts } from '../i18n/message-parts.js';
import { kinshipMessages } from '../i18n/parts/kinship.js';
import { documentIndex } from './document-index.js';
import { childrenOf, parentsOf, partnersOf } from './relatives.js';
import { siblingsOf } from './siblings-of.js';

/**
 * Core's parts and this module's part: its own translator, so only bundles that carry this module carry its
 * words. Its keys come from run-time data too.
 */
const t = /* @__PURE__ */ createRuntimeKeyTranslator([...coreMessageParts, kinshipMessages]);

/** A relation that has a word of its own. */
export type KinRole =
  | 'parent'
  | 'child'
  | 'partner'
  | 'exPartner'
  | 'sibling'
  | 'halfSibling'
  | 'grandparent'
  | 'grandchild'
  | 'auntUncle'
  | 'nephewNiece'
  | 'cousin'
  | 'parentInLaw'
  | 'childInLaw'
  | 'siblingInLaw';

/** How one person is related to another, before it becomes a word. */
export interface Kinship {
  /** Which relation it is (mother and father are both `parent`; the gender picks the word). */
  role: KinRole;
  /** The related person's gender (the word's form). */
  gender: Gender;
  /** For a parent or child: the kind of the link (adoptive, foster, step, guardian, donor, biological). */
  kind?: ParentChildKind;
}

const ENDING_EVENTS = new Set(['separated', 'divorced', 'ended', 'annulled']);

/** Whether the partnership's last event ended it (separated, divorced, ended, annulled). */
export function hasEnded(partnership: Partnership): boolean {
  const last = partnership.events.at(-1);
  return last !== undefined && ENDING_EVENTS.has(last.kind);
}

/**
 * Every relative of `of` that has a kinship word, by person id, closest first: parents, children, partners
 * (ex- partners when the last event of the partnership ended it), siblings and half-siblings, grandparents,
 * grandchildren, aunts and uncles, nephews and nieces, cousins, and in-laws through a partnership that has
 * not ended. The first relation found wins (a guardian who is also an aunt is the guardian); `of` itself is
 * never in it. Cost: proportional to the links around `of`, not cached.
 */
export function kinshipOf(doc: KringDocument, of: Id): Map<Id, Kinship> {
  const out = new Map<Id, Kinship>();
  const persons = documentIndex(doc).persons;
  const put = (id: Id, role: KinRole, kind?: ParentChildKind) => {
    const person = persons.get(id);
    if (id === of || person === undefined || out.has(id)) return;
    out.set(id, kind === undefined ? { role, gender: person.gender } : { role, gender: person.gender, kind });
  };
  const parents = parentsOf(doc, of);
  const children = childrenOf(doc, of);
  const partners = partnersOf(doc, of);
  const siblings = siblingsOf(doc, of);
  for (const p of parents) put(p.person.id, 'parent', p.kind);
  for (const c of children) put(c.person.id, 'child', c.kind);
  for (const p of partners) put(p.person.id, hasEnded(p.partnership) ? 'exPartner' : 'partner');
  for (const s of siblings) put(s.person.id, s.kind === 'full' ? 'sibling' : 'halfSibling');
  for (const p of parents) for (const g of parentsOf(doc, p.person.id)) put(g.person.id, 'grandparent');
  for (const c of children) for (const g of childrenOf(doc, c.person.id)) put(g.person.id, 'grandchild');
  const auntsUncles = parents.flatMap((p) => siblingsOf(doc, p.person.id).map((s) => s.person.id));
  for (const id of auntsUncles) put(id, 'auntUncle');
  for (const s of siblings) for (const c of childrenOf(doc, s.person.id)) put(c.person.id, 'nephewNiece');
  for (const id of auntsUncles) for (const c of childrenOf(doc, id)) put(c.person.id, 'cousin');
  // In-laws only through a partnership that has not ended.
  const current = partners.filter((p) => !hasEnded(p.partnership)).map((p) => p.person.id);
  for (const id of current) for (const g of parentsOf(doc, id)) put(g.person.id, 'parentInLaw');
  for (const c of children)
    for (const p of partnersOf(doc, c.person.id))
      if (!hasEnded(p.partnership)) put(p.person.id, 'childInLaw');
  for (const id of current) for (const s of siblingsOf(doc, id)) put(s.person.id, 'siblingInLaw');
  for (const s of siblings)
    for (const p of partnersOf(doc, s.person.id))
      if (!hasEnded(p.partnership)) put(p.person.id, 'siblingInLaw');
  return out;
}

/** Core's `t()` (it knows this part), for a key only known at run time. */
function kinT(
  locale: Locale,
  key: MessageKey,
  params?: MessageParams,
  overrides?: MessageOverrides<CoreTemplates>,
): string {
  return t(locale, key, params, overrides);
}

const genderSuffix = (gender: Gender) => (gender === 'woman' ? 'woman' : gender === 'man' ? 'man' : 'other');

/** The word for a kinship in `locale` ("pleegmoeder", "stepson", "voogd", "tante"). */
export function kinshipLabel(
  kinship: Kinship,
  locale: Locale,
  overrides?: MessageOverrides<CoreTemplates>,
): string {
  const tr = (key: string, params?: MessageParams) => kinT(locale, key as MessageKey, params, overrides);
  const { role, gender, kind } = kinship;
  if (role === 'partner' || role === 'exPartner') return tr(`kinship.${role}`);
  const base = tr(`kinship.${role}.${genderSuffix(gender)}`);
  if ((role !== 'parent' && role !== 'child') || kind === undefined) return base;
  switch (kind) {
    case 'biological':
      return base;
    case 'adoptive':
    case 'foster':
    case 'step':
      return tr(`kinship.kind.${kind}`, { word: base });
    case 'guardian':
    case 'donor':
      return tr(`kinship.kind.${kind}.${role}`, { word: base });
  }
}

/**
 * A map from person id to their kinship word with respect to `of` (default: the focus), in `locale`, e.g.
 * "moeder", "halfbroer", "schoonzus". People without a kinship word are absent.
 */
export function kinshipWords(
  doc: KringDocument,
  locale: Locale,
  of: Id = doc.focus,
  overrides?: MessageOverrides<CoreTemplates>,
): Map<Id, string> {
  const out = new Map<Id, string>();
  for (const [id, kinship] of kinshipOf(doc, of)) out.set(id, kinshipLabel(kinship, locale, overrides));
  return out;
}

/**
 * `kinshipOf(doc, of)` kept per document (documents are immutable) for the one-word look-ups below, which a
 * list of names makes once per person (the editor's relations list at every edit). Read only: never handed out.
 */
const kept = new WeakMap<KringDocument, Map<Id, ReadonlyMap<Id, Kinship>>>();

function keptKinship(doc: KringDocument, of: Id): ReadonlyMap<Id, Kinship> {
  let byOf = kept.get(doc);
  if (!byOf) kept.set(doc, (byOf = new Map()));
  let kin = byOf.get(of);
  if (!kin) byOf.set(of, (kin = kinshipOf(doc, of)));
  return kin;
}

/** The kinship word of `id` with respect to `of` (default: the focus); undefined when there is none. */
export function kinshipWord(
  doc: KringDocument,
  id: Id,
  locale: Locale,
  of: Id = doc.focus,
  overrides?: MessageOverrides<CoreTemplates>,
): string | undefined {
  const kinship = keptKinship(doc, of).get(id);
  return kinship === undefined ? undefined : kinshipLabel(kinship, locale, overrides);
}

function nameOf(
  doc: KringDocument,
  id: Id,
  locale: Locale,
  overrides?: MessageOverrides<CoreTemplates>,
): string {
  const index = documentIndex(doc);
  const name = index.persons.get(id)?.name ?? index.organisations.get(id)?.name;
  if (name === undefined) return id;
  return name.trim() === '' ? kinT(locale, 'kinship.unnamed', undefined, overrides) : name;
}

/**
 * A name with its kinship word to the focus, for sentences ("tante Marieke Jansen"); the name alone for the
 * focus, organisations and people who are not family.
 *
 * @param shown - The name as the caller shows it (default: the document's, "(no name)" when empty).
 */
export function kinNamed(
  doc: KringDocument,
  id: Id,
  locale: Locale,
  overrides?: MessageOverrides<CoreTemplates>,
  shown?: string,
): string {
  const name = shown ?? nameOf(doc, id, locale, overrides);
  const word = kinshipWord(doc, id, locale, doc.focus, overrides);
  return word === undefined ? name : kinT(locale, 'kinship.named', { word, name }, overrides);
}

/**
 * "Voor tante Marieke Jansen is Noor Verhoeven een nicht" / "For aunt Marieke Jansen, Noor Verhoeven is a
 * niece": how `id` is related to `of`, with `of`'s own word to the focus. When there is no word, says so.
 */
export function kinshipSentence(
  doc: KringDocument,
  id: Id,
  of: Id,
  locale: Locale,
  overrides?: MessageOverrides<CoreTemplates>,
): string {
  const name = nameOf(doc, id, locale, overrides);
  const ofNamed = kinNamed(doc, of, locale, overrides);
  const word = kinshipWord(doc, id, locale, of, overrides);
  if (word === undefined) return kinT(locale, 'kinship.unrelated', { name, of: ofNamed }, overrides);
  const article = kinT(
    locale,
    /^[aeiou]/i.test(word) ? 'kinship.article.vowel' : 'kinship.article.consonant',
    undefined,
    overrides,
  );
  return kinT(locale, 'kinship.sentence', { of: ofNamed, name, article, word }, overrides);
}
