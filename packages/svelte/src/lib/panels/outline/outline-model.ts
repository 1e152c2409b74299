/**
 * The outline of a network as plain data: what Outline.svelte lists, in reading order. Built from the queries
 * so it says what the pictures show: the focus; family by generation with relation words; households;
 * the network by sector and ring with support, strength and stress; organisations; emotional lines.
 */
import {
  altersOfFocus,
  generations,
  kinshipWords,
  SECTOR_PRESETS,
  type Alter,
  type Emotional,
  type Id,
  type KringDocument,
  type Locale,
  type Person,
  type SectorKey,
  type Tie,
} from '@kring/core';
import type { Translate } from '../controls/translator.js';
import { shownName } from '../controls/shown-name.js';
import { personDetail } from './person-detail.js';
import type { EditorMessageKey, EditorMessages } from '../../messages.js';

/** One selectable line: `ids` is what selecting it selects. */
export interface OutlineItem {
  ids: Id[];
  /** The button text. */
  text: string;
  /** Plain text after the button. */
  detail?: string;
}

export interface OutlineGroup {
  heading: string;
  items: OutlineItem[];
  /** A family group's generation relative to the focus person (0: theirs); none for the unconnected. */
  generation?: number;
}

export interface OutlineAlter {
  person: OutlineItem;
  /** One per tie (the ties that make this an alter). */
  ties: OutlineItem[];
}

export interface OutlineSector {
  heading: string;
  rings: { heading: string; alters: OutlineAlter[] }[];
}

export interface OutlineModel {
  focus: OutlineItem | undefined;
  generations: OutlineGroup[];
  households: OutlineGroup[];
  network: OutlineSector[];
  organisations: OutlineItem[];
  emotional: OutlineItem[];
}

const GENERATION_KEYS: Record<string, EditorMessageKey> = {
  '-2': 'panel.outline.gen.grandparents',
  '-1': 'panel.outline.gen.parents',
  '0': 'panel.outline.gen.own',
  '1': 'panel.outline.gen.children',
  '2': 'panel.outline.gen.grandchildren',
};

/**
 * The items made for each person object, with what they were made from. An edit leaves most persons of the
 * document as they were (immer keeps their objects): their items come back as the same objects, so the
 * outline's list leaves their DOM alone and an edit at genealogy scale does not redo 5,000 lines.
 */
const personItems = new WeakMap<
  Person,
  {
    tr: Translate;
    referenceDate: KringDocument['referenceDate'];
    word: string | undefined;
    item: OutlineItem;
  }
>();

function personItem(doc: KringDocument, person: Person, tr: Translate, word?: string): OutlineItem {
  const made = personItems.get(person);
  if (made && made.tr === tr && made.referenceDate === doc.referenceDate && made.word === word)
    return made.item;
  const detail = [word, personDetail(doc, person, tr)].filter(Boolean).join(', ');
  const text = shownName(person.name, tr);
  const item = detail ? { ids: [person.id], text, detail } : { ids: [person.id], text };
  personItems.set(person, { tr, referenceDate: doc.referenceDate, word, item });
  return item;
}

function familyByGeneration(
  doc: KringDocument,
  tr: Translate,
  locale: Locale,
  messages?: EditorMessages,
): OutlineGroup[] {
  // Core's kinship words, relative to the focus (packages/core/src/queries/kinship.ts).
  const words = kinshipWords(doc, locale, doc.focus, messages);
  const byGeneration = new Map<number, Person[]>();
  const gens = generations(doc);
  const unconnected: Person[] = [];
  const inNetwork = new Set(doc.ties.flatMap((t) => [t.from, t.to]));
  for (const person of doc.persons) {
    if (person.id === doc.focus) continue;
    const g = gens.get(person.id);
    if (g === undefined) {
      // Friends, neighbours and professionals are listed under the network, not as unconnected family.
      if (!inNetwork.has(person.id)) unconnected.push(person);
      continue;
    }
    const list = byGeneration.get(g);
    if (list) list.push(person);
    else byGeneration.set(g, [person]);
  }
  const groups: OutlineGroup[] = [...byGeneration.keys()]
    .sort((a, b) => a - b)
    .map((g) => ({
      heading: tr(GENERATION_KEYS[String(g)] ?? 'panel.outline.gen.other', { n: g > 0 ? `+${g}` : g }),
      items: byGeneration.get(g)!.map((p) => personItem(doc, p, tr, words.get(p.id))),
      generation: g,
    }));
  if (unconnected.length > 0)
    groups.push({
      heading: tr('panel.outline.gen.unconnected'),
      items: unconnected.map((p) => personItem(doc, p, tr)),
    });
  return groups;
}

function nameOf(doc: KringDocument, id: Id, tr: Translate): string {
  const name = doc.persons.find((p) => p.id === id)?.name ?? doc.organisations.find((o) => o.id === id)?.name;
  return name === undefined ? id : shownName(name, tr);
}

function households(doc: KringDocument, tr: Translate): OutlineGroup[] {
  return doc.households.map((h, i) => {
    const label = h.label ?? tr('panel.outline.householdN', { n: i + 1 });
    const when = tr(h.current ? 'panel.outline.current' : 'panel.outline.past');
    return {
      heading: `${label} (${when})`,
      items: [
        { ids: [h.id], text: tr('panel.outline.selectHousehold', { label: h.label ?? String(i + 1) }) },
        ...h.members.map((id) => ({ ids: [id], text: nameOf(doc, id, tr) })),
      ],
    };
  });
}

/** "emotional support (received), practical help (given, potential)" */
export function supportText(tie: Tie, tr: Translate): string {
  return (tie.support ?? [])
    .map((s) => {
      const how = [tr(`supportDirection.${s.direction}`), s.potential ? tr('panel.potential') : '']
        .filter(Boolean)
        .join(', ');
      return `${tr(`supportType.${s.type}`)} (${how})`;
    })
    .join('; ');
}

function tieItem(doc: KringDocument, alter: Alter, tie: Tie, tr: Translate): OutlineItem {
  const parts: string[] = [];
  if (tie.strength !== undefined) parts.push(tr(`tieStrength.${tie.strength}`));
  if (tie.stress !== undefined) parts.push(tr(`stress.${tie.stress}`));
  const other = tie.from === alter.id ? tie.to : tie.from;
  const via = other === doc.focus ? '' : tr('panel.outline.via', { name: nameOf(doc, other, tr) });
  const text = [tr('panel.outline.tie'), ...parts].join(', ') + (via ? ` ${via}` : '');
  const support = supportText(tie, tr);
  return support ? { ids: [tie.id], text, detail: support } : { ids: [tie.id], text };
}

function network(doc: KringDocument, tr: Translate): OutlineSector[] {
  const alters = altersOfFocus(doc);
  const sectors: (SectorKey | null)[] = [...SECTOR_PRESETS[doc.options.sectors], null];
  const rings: (number | null)[] = [...Array.from({ length: doc.options.rings }, (_, i) => i + 1), null];
  const out: OutlineSector[] = [];
  for (const sector of sectors) {
    const inSector = alters.filter((a) => a.sector === sector);
    if (inSector.length === 0) continue;
    out.push({
      heading: sector === null ? tr('panel.outline.noSector') : tr(`sector.${sector}`),
      rings: rings
        .map((ring) => ({
          heading:
            ring === null
              ? tr('panel.outline.noRing')
              : tr('panel.outline.ring', { n: ring, label: tr(`ring.${ring}` as EditorMessageKey) }),
          alters: inSector
            .filter((a) => a.ring === ring)
            .map((a) => ({
              person: {
                ids: [a.id],
                text: shownName(a.kind === 'person' ? a.person.name : a.organisation.name, tr),
                ...(a.kind === 'organisation'
                  ? { detail: tr(`systemCategory.${a.organisation.category}`) }
                  : {}),
              },
              ties: a.ties.map((t) => tieItem(doc, a, t, tr)),
            })),
        }))
        .filter((r) => r.alters.length > 0),
    });
  }
  return out;
}

/** "conflictual between Noor and Yasmina", "focused on from Ruud to Noor". */
export function emotionalText(doc: KringDocument, e: Emotional, tr: Translate): string {
  const kind = tr(`emotionalKind.${e.kind}`);
  const [a, b] = [nameOf(doc, e.a, tr), nameOf(doc, e.b, tr)];
  if (e.direction === 'a_to_b') return tr('panel.outline.emotionalFromTo', { kind, a, b });
  if (e.direction === 'b_to_a') return tr('panel.outline.emotionalFromTo', { kind, a: b, b: a });
  return tr('panel.outline.emotionalBetween', { kind, a, b });
}

export function outlineModel(
  doc: KringDocument,
  tr: Translate,
  locale: Locale,
  messages?: EditorMessages,
): OutlineModel {
  const focusPerson = doc.persons.find((p) => p.id === doc.focus);
  return {
    focus: focusPerson && personItem(doc, focusPerson, tr),
    generations: familyByGeneration(doc, tr, locale, messages),
    households: households(doc, tr),
    network: network(doc, tr),
    organisations: doc.organisations.map((o) => ({
      ids: [o.id],
      text: o.name,
      detail: tr(`systemCategory.${o.category}`),
    })),
    emotional: doc.emotional.map((e) => ({ ids: [e.id], text: emotionalText(doc, e, tr) })),
  };
}
