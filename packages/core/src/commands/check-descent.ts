/**
 * Checks for a parent-child link about to be added or changed (format.md invariants 2, 3, 5 and
 * docs/notation-spec.md §4.4 rule 9), against the document's other links only:
 * the parent is a live-born person, the child a person, not the same; a named partnership exists and
 * (except for donors) has the parent as a partner; at most two biological parents; no cycle through
 * biological/adoptive links; members of a multiple birth keep the same biological parents where recorded.
 */
import type { Message } from '../i18n/translate.js';
import type { Id, KringDocument, ParentChild } from '../model/types.js';
import { checkDate, checkPerson, findById, nameOf } from './lookup.js';
import { refuse } from './refusal.js';

const DESCENT: ReadonlySet<string> = new Set(['biological', 'adoptive']);

/** The sorted biological parents of `child` in `links`, or undefined when none are recorded. */
function biologicalKey(links: readonly ParentChild[], child: Id): string | undefined {
  const parents: Id[] = [];
  for (const l of links) if (l.child === child && l.kind === 'biological') parents.push(l.parent);
  return parents.length === 0 ? undefined : parents.sort().join('\u0000');
}

/**
 * Refusal when, with `links` as the document's parent-child links, a multiple birth containing `child`
 * would have members with different recorded biological parents.
 */
export function checkTwinParents(
  doc: KringDocument,
  links: readonly ParentChild[],
  child: Id,
): Message | undefined {
  const groups = doc.multipleBirths.filter((m) => m.members.includes(child));
  if (groups.length === 0) return undefined;
  const own = biologicalKey(links, child);
  if (own === undefined) return undefined;
  for (const group of groups)
    for (const member of group.members) {
      if (member === child) continue;
      const theirs = biologicalKey(links, member);
      if (theirs !== undefined && theirs !== own)
        return refuse('commands.twinParentsDiffer', { a: nameOf(doc, child), b: nameOf(doc, member) });
    }
  return undefined;
}

/** Whether `ancestor` is `person` or one of its ancestors over descent links in `links`. */
function isAncestorOrSelf(links: readonly ParentChild[], ancestor: Id, person: Id): boolean {
  const parents = new Map<Id, Id[]>();
  for (const l of links) {
    if (!DESCENT.has(l.kind)) continue;
    const list = parents.get(l.child);
    if (list) list.push(l.parent);
    else parents.set(l.child, [l.parent]);
  }
  const seen = new Set<Id>([person]);
  const stack = [person];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (id === ancestor) return true;
    for (const p of parents.get(id) ?? [])
      if (!seen.has(p)) {
        seen.add(p);
        stack.push(p);
      }
  }
  return false;
}

/**
 * Refusal for `link` placed among the document's links (replacing the link with the same id, if any).
 * `others` are the document's links without that one.
 */
export function checkParentLink(doc: KringDocument, link: ParentChild): Message | undefined {
  const problem =
    checkPerson(doc, link.parent, true) ??
    checkPerson(doc, link.child, false) ??
    (link.parent === link.child
      ? refuse('commands.selfLink', { name: nameOf(doc, link.parent) })
      : undefined) ??
    checkDate(link.from) ??
    checkDate(link.to);
  if (problem) return problem;
  if (link.partnership !== undefined) {
    const couple = findById(doc.partnerships, link.partnership);
    if (!couple)
      return refuse('commands.notAPartnership', {
        id: link.partnership,
        name: nameOf(doc, link.partnership),
      });
    if (link.kind !== 'donor' && couple.a !== link.parent && couple.b !== link.parent)
      return refuse('commands.parentNotInPartnership', {
        parent: nameOf(doc, link.parent),
        partnership: nameOf(doc, link.partnership),
      });
  }
  const others = doc.parentChild.filter((l) => l.id !== link.id);
  if (link.kind === 'biological') {
    let count = 0;
    for (const l of others) if (l.child === link.child && l.kind === 'biological') count++;
    if (count >= 2) return refuse('commands.thirdBiologicalParent', { name: nameOf(doc, link.child) });
  }
  if (DESCENT.has(link.kind) && isAncestorOrSelf(others, link.child, link.parent))
    return refuse('commands.parentCycle', {
      parent: nameOf(doc, link.parent),
      child: nameOf(doc, link.child),
    });
  return checkTwinParents(doc, [...others, link], link.child);
}
