import type { ParentChild } from '../model/types.js';

/** Parent links that make descent: the graph over these must be acyclic (format.md invariant 3). */
export const DESCENT_KINDS: ReadonlySet<ParentChild['kind']> = new Set(['biological', 'adoptive']);

/**
 * The parent-child links that close a cycle of descent (someone their own ancestor), as indices into `links`
 * in the order an iterative depth-first search (no recursion: descent chains can be long) meets them. Only
 * biological and adoptive links make descent; a link from a person to themselves is left out (it is a problem
 * of its own). Without the links returned, the descent graph is acyclic. The reader reports them
 * (`read.parentCycle`); the GEDCOM import drops them.
 */
export function descentCycleLinks(
  links: readonly Pick<ParentChild, 'parent' | 'child' | 'kind'>[],
): number[] {
  /** child → [parent, link index] over descent links. */
  const parentsOf = new Map<string, [string, number][]>();
  links.forEach((link, i) => {
    if (!DESCENT_KINDS.has(link.kind) || link.parent === link.child) return;
    const list = parentsOf.get(link.child);
    if (list) list.push([link.parent, i]);
    else parentsOf.set(link.child, [[link.parent, i]]);
  });
  const closing: number[] = [];
  // 1 = on the stack, 2 = done.
  const state = new Map<string, 1 | 2>();
  for (const start of parentsOf.keys()) {
    if (state.has(start)) continue;
    const stack: [string, number][] = [[start, 0]];
    state.set(start, 1);
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const edges = parentsOf.get(top[0]) ?? [];
      if (top[1] >= edges.length) {
        state.set(top[0], 2);
        stack.pop();
        continue;
      }
      const [parent, linkIndex] = edges[top[1]++]!;
      const seen = state.get(parent);
      if (seen === 1) closing.push(linkIndex);
      else if (seen === undefined) {
        state.set(parent, 1);
        stack.push([parent, 0]);
      }
    }
  }
  return closing;
}
