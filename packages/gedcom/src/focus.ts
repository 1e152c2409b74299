/**
 * Choosing the focus of an imported family, and keeping only the focus's family up to N generations.
 */
import type { Id, ParentChild, Partnership, Person } from '@kring/core';
import type { InteropMessage } from './messages.js';

/** The focus's id (with a note when the name matched more than one person), or why none was found. */
export type FocusResult =
  { ok: true; id: Id; note?: InteropMessage } | { ok: false; message: InteropMessage };

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * The person `query` names: an id (a GEDCOM identifier, with or without its `@`s), else a name — the whole
 * name first, then every word of the query in the name (accents and case ignored). Several matches: the first,
 * with a note. No query: the first person.
 */
export function resolveFocus(persons: readonly Person[], query: string | undefined): FocusResult {
  if (query === undefined || query.trim() === '') return { ok: true, id: persons[0]!.id };
  const q = query.trim();
  const bare = /^@(.+)@$/.exec(q)?.[1] ?? q;
  const byId = persons.find((p) => p.id === bare);
  if (byId) return { ok: true, id: byId.id };
  const wanted = fold(q);
  let matches = persons.filter((p) => fold(p.name) === wanted);
  if (matches.length === 0) {
    const words = wanted.split(' ');
    matches = persons.filter((p) => {
      const name = ` ${fold(p.name)} `;
      return words.every((w) => name.includes(` ${w} `) || name.includes(` ${w}`));
    });
  }
  if (matches.length === 0)
    return { ok: false, message: { key: 'interop.gedcom.focusNotFound', params: { query: q } } };
  const first = matches[0]!;
  if (matches.length === 1) return { ok: true, id: first.id };
  return {
    ok: true,
    id: first.id,
    note: {
      key: 'interop.note.focusAmbiguous',
      params: { query: q, count: matches.length, name: first.name, id: first.id },
    },
  };
}

/**
 * The focus's family up to `generations` steps along parent-child links (up to grandparents and down to
 * grandchildren at 2, with siblings, aunts and uncles as far as the steps reach), and the partners of everyone
 * in it (who bring no relatives of their own).
 */
export function selectFamily(
  focus: Id,
  generations: number,
  persons: readonly Person[],
  partnerships: readonly Partnership[],
  parentChild: readonly ParentChild[],
): Set<Id> {
  const neighbours = new Map<Id, Id[]>();
  const add = (a: Id, b: Id) => {
    const list = neighbours.get(a);
    if (list) list.push(b);
    else neighbours.set(a, [b]);
  };
  for (const link of parentChild) {
    add(link.parent, link.child);
    add(link.child, link.parent);
  }
  const depth = new Map<Id, number>([[focus, 0]]);
  let frontier: Id[] = [focus];
  const limit = Math.max(0, Math.floor(generations));
  for (let step = 1; step <= limit && frontier.length > 0; step++) {
    const next: Id[] = [];
    for (const id of frontier)
      for (const other of neighbours.get(id) ?? [])
        if (!depth.has(other)) {
          depth.set(other, step);
          next.push(other);
        }
    frontier = next;
  }
  const family = new Set(depth.keys());
  for (const p of partnerships) {
    if (depth.has(p.a)) family.add(p.b);
    if (depth.has(p.b)) family.add(p.a);
  }
  const known = new Set(persons.map((p) => p.id));
  for (const id of family) if (!known.has(id)) family.delete(id);
  return family;
}
