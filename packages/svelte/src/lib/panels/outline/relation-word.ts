/**
 * The word for how someone is related to the focus ("moeder", "halfbroer", "stiefvader", "ex-partner"),
 * derived from the queries: parents, children, partners, siblings, grandparents, grandchildren, and the
 * parents' siblings. Gendered where the person's gender is man or woman, neutral otherwise ("ouder", "kind").
 * Undefined when no word can be derived.
 */
import {
  childrenOf,
  parentsOf,
  partnersOf,
  siblingsOf,
  type Gender,
  type Id,
  type KringDocument,
  type MessageKey,
  type ParentChildKind,
  type Partnership,
} from '@kring/core';
import type { Translate } from '../controls/translator.js';

type Role = 'parent' | 'child' | 'sibling' | 'halfSibling' | 'grandparent' | 'grandchild' | 'auntUncle';

const genderSuffix = (gender: Gender) => (gender === 'woman' ? 'woman' : gender === 'man' ? 'man' : 'other');

function word(tr: Translate, role: Role, gender: Gender): string {
  return tr(`panel.rel.${role}.${genderSuffix(gender)}` as MessageKey);
}

/** "pleegmoeder", "stepson", "voogd": the parent/child word for a non-biological link. */
function withKind(tr: Translate, base: string, kind: ParentChildKind, side: 'parent' | 'child'): string {
  switch (kind) {
    case 'biological':
      return base;
    case 'adoptive':
    case 'foster':
    case 'step':
      return tr(`panel.relKind.${kind}`, { word: base });
    case 'guardian':
    case 'donor':
      return tr(`panel.relKind.${kind}.${side}`, { word: base });
  }
}

const ENDING_EVENTS = new Set(['separated', 'divorced', 'ended', 'annulled']);

/** Whether the partnership's last event ended it. */
export function hasEnded(partnership: Partnership): boolean {
  const last = partnership.events.at(-1);
  return last !== undefined && ENDING_EVENTS.has(last.kind);
}

/** A map from person id to their relation word with respect to `of` (default: the focus). */
export function relationWords(doc: KringDocument, tr: Translate, of: Id = doc.focus): Map<Id, string> {
  const words = new Map<Id, string>();
  const put = (id: Id, text: string) => {
    if (id !== of && !words.has(id)) words.set(id, text);
  };
  const parents = parentsOf(doc, of);
  for (const p of parents)
    put(p.person.id, withKind(tr, word(tr, 'parent', p.person.gender), p.kind, 'parent'));
  for (const c of childrenOf(doc, of))
    put(c.person.id, withKind(tr, word(tr, 'child', c.person.gender), c.kind, 'child'));
  for (const p of partnersOf(doc, of))
    put(p.person.id, tr(hasEnded(p.partnership) ? 'panel.rel.exPartner' : 'panel.rel.partner'));
  for (const s of siblingsOf(doc, of))
    put(s.person.id, word(tr, s.kind === 'full' ? 'sibling' : 'halfSibling', s.person.gender));
  for (const p of parents) {
    for (const g of parentsOf(doc, p.person.id)) put(g.person.id, word(tr, 'grandparent', g.person.gender));
    for (const s of siblingsOf(doc, p.person.id)) put(s.person.id, word(tr, 'auntUncle', s.person.gender));
  }
  for (const c of childrenOf(doc, of))
    for (const g of childrenOf(doc, c.person.id)) put(g.person.id, word(tr, 'grandchild', g.person.gender));
  return words;
}
