/**
 * X placement by blocks (after Reingold–Tilford and Walker): every unit (a person with their partners) is
 * placed from its own contents, so an edit moves only its family's block and what must make room for it.
 *
 * A spanning tree over the units, breadth first from the focus's topmost ancestor: a unit hangs under the
 * couple one of its members is a child of (down), or — for a partner who married in — their parents hang
 * above them (up). Bottom-up, each unit's block is built in its own coordinates (its leftmost member at 0):
 * the children of each couple packed side by side by their blocks' outlines (contour.ts) and centred under
 * the couple's descent line; the family of a partner who married in beside the couple on that partner's side,
 * their parents centred over the partner and the partner's siblings. A block pushed aside by another keeps
 * its own shape, so its contents do not move relative to each other. Order within a row follows the
 * ordering pass wherever the blocks allow.
 */
import type { Family } from '../model/family.js';
import { Contour, type Separation } from './contour.js';
import type { Generations } from './generations.js';
import type { PersonMeasure } from './measure.js';
import type { Ordering } from './ordering.js';

interface Piece {
  unit: number;
  desired: number;
  key: number;
}

/**
 * Centre x of each person (the root of the family at 0), by blocks: `units` are the units pass's (not mirrored
 * by the ordering, whose sweeps an edit anywhere can change); `run` separates family, others and loose.
 */
export function placeByBlocks(
  family: Family,
  generations: Generations,
  ordering: Ordering,
  measures: PersonMeasure[],
  sep: Separation,
  unitsIn: number[][],
  run: Uint8Array,
  root: number,
  loneOffset: number,
  step: number,
): Float64Array {
  const { clusterOf, rowOf, clusterCount: C } = generations;
  const { rows } = ordering;
  const { unions, childrenOf, anchorOf } = family;
  const n = family.persons.length;

  const units = unitsIn.map((m) => [...m]);
  const birthRank = new Int32Array(n);
  for (const list of childrenOf) list.forEach((ch, i) => (birthRank[ch] = i));
  const rowIndex = new Int32Array(C);
  for (const row of rows) row.forEach((c, i) => (rowIndex[c] = i));
  const headed: number[][] = Array.from({ length: C }, () => []);
  unions.forEach((u, k) => {
    if (childrenOf[k]!.length) headed[clusterOf[u.a]!]!.push(k);
  });
  const descent = (k: number): number => {
    const u = unions[k]!;
    return u.b < 0 ? off[u.a]! + measures[u.a]!.half + loneOffset : (off[u.a]! + off[u.b]!) / 2;
  };

  // Spanning tree, breadth first: children first, then the parents of partners who married in.
  const parent = new Int32Array(C).fill(-1);
  const via = new Int32Array(C).fill(-1);
  const up = new Uint8Array(C);
  const visited = new Uint8Array(C);
  const order: number[] = [];
  const kids: number[][] = Array.from({ length: C }, () => []);
  const roots: number[] = [];
  // A pet with no family links of its own stands right after its household's last unit in its row.
  const petsOf: number[][] = Array.from({ length: C }, () => []);
  for (const pet of generations.pets) {
    const c = clusterOf[pet]!;
    const h = family.householdOf[pet]!;
    let host = -1;
    for (const d of rows[rowOf[c]!]!)
      if (d !== c && units[d]!.some((m) => family.householdOf[m] === h)) host = d;
    if (host >= 0) petsOf[host]!.push(c);
  }
  /** -1 / 1 when a member other than `m` has parents in the map (their family stands on that side), else 0. */
  const inLawSide = (d: number, m: number): number => {
    const members = units[d]!;
    for (let i = 0; i < members.length; i++) {
      const q = members[i]!;
      const a = anchorOf[q]!;
      if (q !== m && a >= 0 && rowOf[clusterOf[unions[a]!.a]!]! < rowOf[d]!)
        return 2 * i < members.length - 1 ? -1 : 1;
    }
    return 0;
  };
  /**
   * The children of couple k that hang in the tree, in the order the blocks put them: birth order, a child
   * whose partner's family stands beside them at that end; a child with a partner but no in-laws in the map
   * at either end faces their siblings (the partners outward).
   */
  const orient = (k: number, list: number[]) => {
    const blood = (d: number) => units[d]!.find((q) => anchorOf[q] === k)!;
    const key = (d: number) => {
      const s = inLawSide(d, blood(d));
      return s < 0 ? -Infinity : s > 0 ? Infinity : birthRank[blood(d)]!;
    };
    if (list.length < 2) return;
    const sorted = [...list].sort((a, b) => key(a) - key(b));
    const flip = (d: number, end: number) => {
      const members = units[d]!;
      if (members.length < 2 || inLawSide(d, blood(d)) !== 0) return;
      if (members.indexOf(blood(d)) === (end === 0 ? 0 : members.length - 1)) members.reverse();
    };
    flip(sorted[0]!, 0);
    flip(sorted[sorted.length - 1]!, 1);
  };
  const span = (start: number) => {
    visited[start] = 1;
    roots.push(start);
    order.push(start);
    for (let i = order.length - 1; i < order.length; i++) {
      const c = order[i]!;
      const r = rowOf[c]!;
      for (const k of headed[c]!)
        for (const ch of childrenOf[k]!) {
          const d = clusterOf[ch]!;
          if (visited[d] || rowOf[d]! <= r || run[d] !== run[c]) continue;
          visited[d] = 1;
          parent[d] = c;
          via[d] = k;
          kids[c]!.push(d);
          order.push(d);
        }
      for (const k of headed[c]!)
        orient(
          k,
          kids[c]!.filter((d) => via[d] === k && parent[d] === c),
        );
      for (const m of units[c]!) {
        const a = anchorOf[m]!;
        if (a < 0) continue;
        const p = clusterOf[unions[a]!.a]!;
        if (visited[p] || rowOf[p]! >= r || run[p] !== run[c]) continue;
        visited[p] = 1;
        parent[p] = c;
        via[p] = m;
        up[p] = 1;
        kids[c]!.push(p);
        order.push(p);
      }
      for (const p of petsOf[c]!) {
        if (visited[p]) continue;
        visited[p] = 1;
        parent[p] = c;
        up[p] = 2;
        kids[c]!.push(p);
        order.push(p);
      }
    }
  };
  if (C > 0) span(root);
  // Other parts in document order (cluster numbers follow it), not the ordering's, which an edit reshuffles.
  for (let c = 0; c < C; c++) if (!visited[c]) span(c);

  // Each unit's members at fixed offsets from its leftmost member.
  const off = new Float64Array(n);
  const width = new Float64Array(C);
  for (let c = 0; c < C; c++) {
    const m = units[c]!;
    for (let i = 1; i < m.length; i++) off[m[i]!] = off[m[i - 1]!]! + sep(m[i - 1]!, m[i]!);
    width[c] = m.length ? off[m[m.length - 1]!]! : 0;
  }

  /** Which side of unit t the family of its member m stands on: -1 left, 1 right. */
  const sideOf = (t: number, m: number): number => {
    const members = units[t]!;
    const twice = 2 * members.indexOf(m);
    if (twice !== members.length - 1) return twice < members.length - 1 ? -1 : 1;
    for (const s of childrenOf[anchorOf[m]!]!) {
      const d = clusterOf[s]!;
      if (d !== t && rowOf[d] === rowOf[t]) return rowIndex[d]! < rowIndex[t]! ? -1 : 1;
    }
    return 1;
  };

  const contour: (Contour | undefined)[] = new Array<Contour | undefined>(C);
  const shift = new Float64Array(C);
  const phantomX = new Float64Array(C);
  const side = new Int8Array(C);
  for (let i = order.length - 1; i >= 0; i--) {
    const c = order[i]!;
    const members = units[c]!;
    const box = new Contour(rowOf[c]!, 0, members[0]!, width[c]!, members[members.length - 1]!);
    // Reached upwards: the child member of the unit above stands among its siblings, on the inner side.
    let phantom = -1;
    if (up[c] === 1) {
      phantom = via[c]!;
      side[c] = sideOf(parent[c]!, phantom);
    }
    const groups = new Map<number, number[]>();
    for (const d of kids[c]!) {
      if (up[d]) continue;
      const list = groups.get(via[d]!);
      if (list) list.push(d);
      else groups.set(via[d]!, [d]);
    }
    const phantomUnion = phantom >= 0 ? anchorOf[phantom]! : -1;
    if (phantomUnion >= 0 && !groups.has(phantomUnion)) groups.set(phantomUnion, []);
    const unionsInOrder = [...groups.keys()].sort((a, b) => descent(a) - descent(b) || a - b);

    const pieces: Piece[] = [];
    let groupsAcc: Contour | undefined;
    const wanted: number[] = [];
    const placed: number[] = [];
    const groupPieces: { unit: number; at: number }[][] = [];
    for (const k of unionsInOrder) {
      // Siblings in birth order (the ordering may shuffle them; the blocks keep to the notation).
      // A sibling whose partner's family stands beside them goes to that end of the row of siblings.
      const rank = (d: number) => {
        let sides = 0;
        for (const u of kids[d]!) if (up[u] === 1) sides |= side[u]! > 0 ? 2 : 1;
        if (sides === 1) return -Infinity;
        if (sides === 2) return Infinity;
        let best = Infinity;
        for (const m of units[d]!) if (anchorOf[m] === k) best = Math.min(best, birthRank[m]!);
        return best;
      };
      const list = groups.get(k)!.sort((a, b) => rank(a) - rank(b));
      const seq = k === phantomUnion ? (side[c]! > 0 ? [-1, ...list] : [...list, -1]) : list;
      let acc: Contour | undefined;
      let prev = 0;
      let lo = Infinity;
      let hi = -Infinity;
      const at: { unit: number; at: number }[] = [];
      for (const d of seq) {
        const piece = d < 0 ? new Contour(rowOf[clusterOf[phantom]!]!, 0, phantom, 0, phantom) : contour[d]!;
        let o = 0;
        if (acc) {
          const need = acc.rightOf(piece, sep);
          o = need === -Infinity ? prev : need;
        } else acc = new Contour(piece.top, Infinity, -1, -Infinity, -1);
        acc.merge(piece, o);
        prev = o;
        at.push({ unit: d, at: o });
        if (d < 0) {
          lo = Math.min(lo, o);
          hi = Math.max(hi, o);
        } else
          for (const m of units[d]!)
            if (anchorOf[m] === k) {
              lo = Math.min(lo, o + off[m]!);
              hi = Math.max(hi, o + off[m]!);
            }
      }
      const want = lo === Infinity ? 0 : descent(k) - (lo + hi) / 2;
      let g = want;
      if (groupsAcc) {
        const need = groupsAcc.rightOf(acc!, sep);
        if (need > g) g = need;
        groupsAcc.merge(acc!, g);
      } else {
        groupsAcc = new Contour(acc!.top, Infinity, -1, -Infinity, -1);
        groupsAcc.merge(acc!, g);
      }
      wanted.push(want);
      placed.push(g);
      groupPieces.push(at);
    }
    // Groups pushed apart are shifted back together so they stay centred under their couples on average.
    let back = 0;
    for (let g = 0; g < placed.length; g++) back += wanted[g]! - placed[g]!;
    back = placed.length ? back / placed.length : 0;
    groupPieces.forEach((at, g) => {
      for (const { unit, at: o } of at) {
        const x = placed[g]! + back + o;
        if (unit < 0) phantomX[c] = x;
        else pieces.push({ unit, desired: x, key: x + width[unit]! / 2 });
      }
    });

    // Outward from the unit itself: the right pieces left to right, then the left ones right to left.
    const centre = width[c]! / 2;
    const right = pieces.filter((p) => p.key >= centre);
    const left = pieces.filter((p) => p.key < centre).reverse();
    let end = members[members.length - 1]!;
    let at = width[c]!;
    for (const d of kids[c]!) {
      if (up[d] !== 2) continue;
      const first = units[d]![0]!;
      at += sep(end, first);
      right.push({ unit: d, desired: at, key: 0 });
      end = first;
    }
    for (const d of kids[c]!) {
      if (up[d] !== 1) continue;
      const m = via[d]!;
      const piece = { unit: d, desired: off[m]! - phantomX[d]!, key: members.indexOf(m) };
      if (side[d]! > 0) right.push(piece);
      else left.push(piece);
    }
    const ups = (list: Piece[], from: number, ascending: boolean) => {
      const tail = list.splice(from).sort((a, b) => (ascending ? a.key - b.key : b.key - a.key));
      list.push(...tail);
    };
    ups(right, right.findIndex((p) => up[p.unit] === 1) >>> 0, true);
    ups(left, left.findIndex((p) => up[p.unit] === 1) >>> 0, false);
    for (const p of right) {
      const piece = contour[p.unit]!;
      const o = Math.max(p.desired, box.rightOf(piece, sep));
      box.merge(piece, o);
      shift[p.unit] = o;
      contour[p.unit] = undefined;
    }
    for (const p of left) {
      const piece = contour[p.unit]!;
      const o = Math.min(p.desired, box.leftOf(piece, sep));
      box.merge(piece, o);
      shift[p.unit] = o;
      contour[p.unit] = undefined;
    }
    contour[c] = box;
  }

  // The parts of each run side by side.
  const origin = new Float64Array(C);
  const acc: (Contour | undefined)[] = [undefined, undefined, undefined];
  for (const c of roots) {
    const block = contour[c]!;
    const a = acc[run[c]!];
    let o = 0;
    if (a) {
      // On a grid, so a part that grows a little does not push the parts after it.
      const need = a.rightOf(block, sep);
      o = need === -Infinity ? 0 : Math.ceil(need / step) * step;
      a.merge(block, o);
    } else acc[run[c]!] = block;
    origin[c] = o;
  }
  for (const c of order) if (parent[c]! >= 0) origin[c] = origin[parent[c]!]! + shift[c]!;
  const x = new Float64Array(n);
  for (let c = 0; c < C; c++) for (const m of units[c]!) x[m] = origin[c]! + off[m]!;
  return x;
}
