/**
 * X placement by blocks (after Reingold–Tilford and Walker): every unit (a person with their partners) is
 * placed from its own contents, so an edit moves only its family's block and what must make room for it.
 *
 * A spanning tree over the units, breadth first from the focus's topmost ancestor: a unit hangs under the
 * couple one of its members is a child of (down), or — for a partner who married in — their parents hang
 * above them (up). Bottom-up, each unit's block is built in its own coordinates (its leftmost member at 0):
 * the children of each couple are centred under the couple's descent line as their own row packs them (the
 * children's symbols side by side, not what hangs below them), and where the blocks below those children
 * need more room they make it outward, away from the couple: a child's block right of the middle moves right,
 * one left of it moves left, each only as far as its neighbour nearer the couple makes it. So a family that
 * grows below pushes the blocks beside it only where they touch, and its parents and grandparents keep
 * their place above (they do not re-centre over the grown family, which still hangs below them). The family
 * of a partner who married in stands beside the couple on that partner's side, their parents centred over
 * the partner and the partner's siblings. A block pushed aside by another keeps its own shape, so its
 * contents do not move relative to each other. Order within a row follows the ordering pass wherever the
 * blocks allow.
 *
 * The topmost ancestor alone has no couple above to keep them in place: where their own row is taken by what
 * hangs from their children's blocks (the families of partners who married in), they stand aside at the
 * nearer free end of that row, and the blocks stay where they want to be under them, so a push there moves
 * the ancestor's two symbols rather than the bulk of the map.
 */
import type { Family } from '../model/family.js';
import { ContourPool, type Separation } from './contour.js';
import type { Generations } from './generations.js';
import type { PersonMeasure } from './measure.js';
import type { Ordering } from './ordering.js';

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
  units: number[][],
  run: Uint8Array,
  root: number,
  loneOffset: number,
  step: number,
): Blocks {
  const placer = PLACER.start(family, generations, ordering, measures, sep, units, run, loneOffset);
  placer.span(root);
  for (let c = 0; c < generations.clusterCount; c++) if (!placer.visited[c]) placer.span(c);
  placer.offsets();
  for (let i = placer.orderLength - 1; i >= 0; i--) placer.block(placer.order[i]!);
  const x = placer.positions(step);
  const { parent, up, order } = placer;
  placer.finish();
  return { x, parent, up, order };
}

/**
 * How far the blocks of the topmost ancestor's children are pushed away at most by the ancestor's own row,
 * where what hangs from them (the families of partners who married in) stands: beyond it the ancestor stands
 * aside instead (about three couples' width; in a family of a few generations the push is less).
 */
const ANCESTOR_REACH = 480;

/** What the block placement gives: the centres, and the spanning tree the blocks hang in. */
export interface Blocks {
  /** Centre x of each person. */
  x: Float64Array;
  /** Each unit's parent in the tree (-1: a root), and how it hangs there: 0 below it (children of one of its
   * couples), 1 above it (the parents of a partner who married in), 2 beside it (a pet). */
  parent: Int32Array;
  up: Uint8Array;
  /** Every unit, each after its parent. */
  order: Int32Array;
}

/** Ascending insertion sort of `list` by `key` (stable; the lists are a couple's children). */
function sortBy(list: number[], key: (item: number) => number, descending = false): void {
  for (let i = 1; i < list.length; i++) {
    const item = list[i]!;
    const k = key(item);
    let j = i - 1;
    while (j >= 0 && (descending ? key(list[j]!) < k : key(list[j]!) > k)) {
      list[j + 1] = list[j]!;
      j--;
    }
    list[j + 1] = item;
  }
}

/**
 * The block placement of one layout at a time, one instance for every layout (as RowPlacer and Sweeper: its
 * methods are the hot loops, and the outlines live in a pool reused across layouts).
 */
class BlockPlacer {
  pool = new ContourPool();
  family: Family | undefined;
  generations: Generations | undefined;
  ordering: Ordering | undefined;
  measures: PersonMeasure[] = [];
  sep: Separation = () => 0;
  run: Uint8Array = new Uint8Array(0);
  loneOffset = 0;
  /** Members of each unit, left to right: mem[memStart[c] … memStart[c + 1]). */
  memStart = new Int32Array(0);
  mem = new Int32Array(0);
  off = new Float64Array(0);
  width = new Float64Array(0);
  birthRank = new Int32Array(0);
  rowIndex = new Int32Array(0);
  /** Couples with children headed by each unit, in union order. */
  headStart = new Int32Array(0);
  headData = new Int32Array(0);
  petHost = new Int32Array(0);
  /** The spanning tree: parent unit, the couple (down) or member (up) it hangs by, and how (1 up, 2 pet). */
  parent = new Int32Array(0);
  via = new Int32Array(0);
  up = new Uint8Array(0);
  visited = new Uint8Array(0);
  order = new Int32Array(0);
  orderLength = 0;
  /** Each unit's children in the tree: order[kidStart[c] … kidEnd[c]); each couple's: uStart … uEnd. */
  kidStart = new Int32Array(0);
  kidEnd = new Int32Array(0);
  uStart = new Int32Array(0);
  uEnd = new Int32Array(0);
  roots: number[] = [];
  /** Per unit: its block's outline, offset from its tree parent, the phantom child's x, its side, wish. */
  outline = new Int32Array(0);
  shift = new Float64Array(0);
  phantomX = new Float64Array(0);
  side = new Int8Array(0);
  desired = new Float64Array(0);
  /** How far the topmost ancestor stands aside from where their block's frame has them (block()). */
  aside = 0;
  // Scratch lists, reused.
  groups: number[] = [];
  seq: number[] = [];
  pieceUnit: number[] = [];
  pieceAt: number[] = [];
  pieceGroup: number[] = [];
  wanted: number[] = [];
  placed: number[] = [];
  right: number[] = [];
  left: number[] = [];
  tail: number[] = [];
  rankOf = new Float64Array(0);
  keyOf = new Float64Array(0);

  start(
    family: Family,
    generations: Generations,
    ordering: Ordering,
    measures: PersonMeasure[],
    sep: Separation,
    units: number[][],
    run: Uint8Array,
    loneOffset: number,
  ): this {
    this.family = family;
    this.generations = generations;
    this.ordering = ordering;
    this.measures = measures;
    this.sep = sep;
    this.run = run;
    this.loneOffset = loneOffset;
    this.pool.reset(sep);
    const C = generations.clusterCount;
    const n = family.persons.length;
    const { unions, childrenOf } = family;
    const { clusterOf, rowOf } = generations;
    this.memStart = new Int32Array(C + 1);
    for (let c = 0; c < C; c++) this.memStart[c + 1] = this.memStart[c]! + units[c]!.length;
    this.mem = new Int32Array(this.memStart[C]!);
    for (let c = 0; c < C; c++) this.mem.set(units[c]!, this.memStart[c]!);
    this.off = new Float64Array(n);
    this.width = new Float64Array(C);
    this.birthRank = new Int32Array(n);
    // Index loops here and below: the first layout of a process runs this in V8's interpreter (issue 16), where
    // an array iterator allocates per step.
    for (let k = 0; k < childrenOf.length; k++) {
      const list = childrenOf[k]!;
      for (let i = 0; i < list.length; i++) this.birthRank[list[i]!] = i;
    }
    this.rowIndex = new Int32Array(C);
    for (let r = 0; r < ordering.rows.length; r++) {
      const row = ordering.rows[r]!;
      for (let i = 0; i < row.length; i++) this.rowIndex[row[i]!] = i;
    }
    this.headStart = new Int32Array(C + 1);
    for (let k = 0; k < unions.length; k++)
      if (childrenOf[k]!.length) this.headStart[clusterOf[unions[k]!.a]! + 1]!++;
    for (let c = 0; c < C; c++) this.headStart[c + 1] = this.headStart[c + 1]! + this.headStart[c]!;
    this.headData = new Int32Array(this.headStart[C]!);
    const fill = this.headStart.slice(0, C);
    for (let k = 0; k < unions.length; k++)
      if (childrenOf[k]!.length) this.headData[fill[clusterOf[unions[k]!.a]!]!++] = k;
    // A pet with no family links of its own stands right after its household's last unit in its row.
    this.petHost = new Int32Array(C).fill(-1);
    for (const pet of generations.pets) {
      const c = clusterOf[pet]!;
      const h = family.householdOf[pet]!;
      for (const d of ordering.rows[rowOf[c]!]!)
        if (d !== c && this.members(d).some((m) => family.householdOf[m] === h)) this.petHost[c] = d;
    }
    this.parent = new Int32Array(C).fill(-1);
    this.via = new Int32Array(C).fill(-1);
    this.up = new Uint8Array(C);
    this.visited = new Uint8Array(C);
    this.order = new Int32Array(C);
    this.orderLength = 0;
    this.kidStart = new Int32Array(C);
    this.kidEnd = new Int32Array(C);
    this.uStart = new Int32Array(unions.length);
    this.uEnd = new Int32Array(unions.length);
    this.roots = [];
    this.outline = new Int32Array(C);
    this.shift = new Float64Array(C);
    this.phantomX = new Float64Array(C);
    this.side = new Int8Array(C);
    this.desired = new Float64Array(C);
    this.aside = 0;
    this.rankOf = new Float64Array(C);
    this.keyOf = new Float64Array(C);
    return this;
  }

  finish(): void {
    this.family = this.generations = this.ordering = undefined;
    this.measures = [];
    this.sep = () => 0;
    this.pool.reset(this.sep);
  }

  members(c: number): Int32Array {
    return this.mem.subarray(this.memStart[c]!, this.memStart[c + 1]!);
  }

  /** The member of unit d that is a child of couple k. */
  blood(d: number, k: number): number {
    const anchorOf = this.family!.anchorOf;
    for (let i = this.memStart[d]!; i < this.memStart[d + 1]!; i++)
      if (anchorOf[this.mem[i]!] === k) return this.mem[i]!;
    return -1;
  }

  /** -1 / 1 when a member of d other than m has parents in the map (their family stands on that side), else 0. */
  inLawSide(d: number, m: number): number {
    const { anchorOf, unions } = this.family!;
    const { clusterOf, rowOf } = this.generations!;
    const s = this.memStart[d]!;
    const count = this.memStart[d + 1]! - s;
    for (let i = 0; i < count; i++) {
      const q = this.mem[s + i]!;
      const a = anchorOf[q]!;
      if (q !== m && a >= 0 && rowOf[clusterOf[unions[a]!.a]!]! < rowOf[d]!)
        return 2 * i < count - 1 ? -1 : 1;
    }
    return 0;
  }

  /**
   * The children of couple k that hang in the tree, in the order the blocks put them: birth order, a child
   * whose partner's family stands beside them at that end; a child with a partner but no in-laws in the map
   * at either end faces their siblings (the partners outward).
   */
  orient(k: number): void {
    const from = this.uStart[k]!;
    const to = this.uEnd[k]!;
    if (to - from < 2) return;
    let first = -1;
    let last = -1;
    let low = Infinity;
    let high = -Infinity;
    for (let i = from; i < to; i++) {
      const d = this.order[i]!;
      const m = this.blood(d, k);
      const s = this.inLawSide(d, m);
      const key = s < 0 ? -Infinity : s > 0 ? Infinity : this.birthRank[m]!;
      if (first < 0 || key < low) {
        first = d;
        low = key;
      }
      if (last < 0 || key >= high) {
        last = d;
        high = key;
      }
    }
    this.flip(first, k, 0);
    this.flip(last, k, 1);
  }

  flip(d: number, k: number, end: number): void {
    const s = this.memStart[d]!;
    const count = this.memStart[d + 1]! - s;
    const m = this.blood(d, k);
    if (count < 2 || this.inLawSide(d, m) !== 0) return;
    if (this.mem[end === 0 ? s : s + count - 1] === m) this.members(d).reverse();
  }

  visit(d: number, parent: number, via: number, up: number): void {
    this.visited[d] = 1;
    this.parent[d] = parent;
    this.via[d] = via;
    this.up[d] = up;
    this.order[this.orderLength++] = d;
  }

  /** Spanning tree, breadth first from `start`: children first, then the parents of partners who married in. */
  span(start: number): void {
    const { unions, childrenOf, anchorOf } = this.family!;
    const { clusterOf, rowOf, pets } = this.generations!;
    const { run, visited } = this;
    this.roots.push(start);
    this.visit(start, -1, -1, 0);
    for (let i = this.orderLength - 1; i < this.orderLength; i++) {
      const c = this.order[i]!;
      const r = rowOf[c]!;
      this.kidStart[c] = this.orderLength;
      for (let h = this.headStart[c]!; h < this.headStart[c + 1]!; h++) {
        const k = this.headData[h]!;
        this.uStart[k] = this.orderLength;
        const children = childrenOf[k]!;
        for (let j = 0; j < children.length; j++) {
          const d = clusterOf[children[j]!]!;
          if (visited[d] || rowOf[d]! <= r || run[d] !== run[c]) continue;
          this.visit(d, c, k, 0);
        }
        this.uEnd[k] = this.orderLength;
      }
      for (let h = this.headStart[c]!; h < this.headStart[c + 1]!; h++) this.orient(this.headData[h]!);
      for (let j = this.memStart[c]!; j < this.memStart[c + 1]!; j++) {
        const m = this.mem[j]!;
        const a = anchorOf[m]!;
        if (a < 0) continue;
        const p = clusterOf[unions[a]!.a]!;
        if (visited[p] || rowOf[p]! >= r || run[p] !== run[c]) continue;
        this.visit(p, c, m, 1);
      }
      for (let j = 0; j < pets.length; j++) {
        const p = clusterOf[pets[j]!]!;
        if (this.petHost[p] === c && !visited[p]) this.visit(p, c, -1, 2);
      }
      this.kidEnd[c] = this.orderLength;
    }
  }

  /** Each unit's members at fixed offsets from its leftmost member. */
  offsets(): void {
    const { mem, memStart, off, width, sep } = this;
    for (let c = 0; c < width.length; c++) {
      const s = memStart[c]!;
      const e = memStart[c + 1]!;
      for (let i = s + 1; i < e; i++) off[mem[i]!] = off[mem[i - 1]!]! + sep(mem[i - 1]!, mem[i]!);
      width[c] = e > s ? off[mem[e - 1]!]! : 0;
    }
  }

  descent(k: number): number {
    const u = this.family!.unions[k]!;
    const { off } = this;
    return u.b < 0 ? off[u.a]! + this.measures[u.a]!.half + this.loneOffset : (off[u.a]! + off[u.b]!) / 2;
  }

  /** Which side of unit t the family of its member m stands on: -1 left, 1 right. */
  sideOf(t: number, m: number): number {
    const { childrenOf, anchorOf } = this.family!;
    const { clusterOf, rowOf } = this.generations!;
    const s = this.memStart[t]!;
    const count = this.memStart[t + 1]! - s;
    let twice = 0;
    for (let i = 0; i < count; i++) if (this.mem[s + i] === m) twice = 2 * i;
    if (twice !== count - 1) return twice < count - 1 ? -1 : 1;
    for (const sib of childrenOf[anchorOf[m]!]!) {
      const d = clusterOf[sib]!;
      if (d !== t && rowOf[d] === rowOf[t]) return this.rowIndex[d]! < this.rowIndex[t]! ? -1 : 1;
    }
    return 1;
  }

  /** Rank of child unit d among the children of couple k: birth order, in-law sided ones at their end. */
  rank(d: number, k: number): number {
    let sides = 0;
    for (let i = this.kidStart[d]!; i < this.kidEnd[d]!; i++) {
      const u = this.order[i]!;
      if (this.up[u] === 1) sides |= this.side[u]! > 0 ? 2 : 1;
    }
    if (sides === 1) return -Infinity;
    if (sides === 2) return Infinity;
    return this.birthRank[this.blood(d, k)]!;
  }

  /** Builds unit c's block from its children's (all built already). */
  block(c: number): void {
    const { pool, order, up, via, outline, desired } = this;
    const { anchorOf } = this.family!;
    const { clusterOf, rowOf } = this.generations!;
    const sep = this.sep;
    const ms = this.memStart[c]!;
    const me = this.memStart[c + 1]!;
    const ks = this.kidStart[c]!;
    const ke = this.kidEnd[c]!;
    let top = rowOf[c]!;
    let bottom = top;
    for (let i = ks; i < ke; i++) {
      const h = outline[order[i]!]!;
      top = Math.min(top, pool.top[h]!);
      bottom = Math.max(bottom, pool.top[h]! + pool.len[h]! - 1);
    }
    let box = pool.make(top, bottom);
    // The topmost ancestor may stand aside (below).
    const yields = c === this.roots[0];
    if (!yields) pool.put(box, rowOf[c]!, 0, this.mem[ms]!, this.width[c]!, this.mem[me - 1]!);
    // Reached upwards: the child member of the unit above stands among its siblings, on the inner side.
    let phantomUnion = -1;
    let phantomPerson = -1;
    let phantomRow = -1;
    if (up[c] === 1) {
      phantomPerson = via[c]!;
      phantomUnion = anchorOf[phantomPerson]!;
      this.side[c] = this.sideOf(this.parent[c]!, phantomPerson);
      phantomRow = rowOf[clusterOf[phantomPerson]!]!;
    }

    // The couples' groups of children, left to right by where their descent lines leave.
    const groups = this.groups;
    groups.length = 0;
    for (let h = this.headStart[c]!; h < this.headStart[c + 1]!; h++) {
      const k = this.headData[h]!;
      if (this.uEnd[k]! > this.uStart[k]! || k === phantomUnion) groups.push(k);
    }
    sortBy(groups, (k) => this.descent(k) + k * 1e-9);
    const { pieceUnit, pieceAt, pieceGroup, wanted, placed, seq } = this;
    pieceUnit.length = pieceAt.length = pieceGroup.length = wanted.length = placed.length = 0;
    let groupsLine = -1;
    for (let g = 0; g < groups.length; g++) {
      const k = groups[g]!;
      seq.length = 0;
      for (let i = this.uStart[k]!; i < this.uEnd[k]!; i++) {
        const d = order[i]!;
        if (this.parent[d] !== c || up[d] !== 0) continue;
        this.rankOf[d] = this.rank(d, k);
        seq.push(d);
      }
      sortBy(seq, (d) => this.rankOf[d]!);
      if (k === phantomUnion) {
        if (this.side[c]! > 0) seq.unshift(-1);
        else seq.push(-1);
      }
      // Packed by the children's own row (their symbols side by side, not what hangs below them): what needs
      // more room further down makes it outward later.
      let lineTop = Infinity;
      let lineBottom = -Infinity;
      for (let j = 0; j < seq.length; j++) {
        const d = seq[j]!;
        const row = d < 0 ? phantomRow : rowOf[d]!;
        lineTop = Math.min(lineTop, row);
        lineBottom = Math.max(lineBottom, row);
      }
      const acc = pool.make(lineTop, lineBottom);
      let prev = 0;
      let lo = Infinity;
      let hi = -Infinity;
      for (let j = 0; j < seq.length; j++) {
        const d = seq[j]!;
        const row = d < 0 ? phantomRow : rowOf[d]!;
        const first = d < 0 ? phantomPerson : this.mem[this.memStart[d]!]!;
        const last = d < 0 ? phantomPerson : this.mem[this.memStart[d + 1]! - 1]!;
        let o = 0;
        if (j > 0) {
          const need = pool.rightOfPerson(acc, row, first);
          o = need === -Infinity ? prev : need;
        }
        pool.put(acc, row, o, first, o + (d < 0 ? 0 : this.width[d]!), last);
        prev = o;
        pieceUnit.push(d);
        pieceAt.push(o);
        pieceGroup.push(g);
        if (d < 0) {
          lo = Math.min(lo, o);
          hi = Math.max(hi, o);
        } else
          for (let i = this.memStart[d]!; i < this.memStart[d + 1]!; i++) {
            const m = this.mem[i]!;
            if (anchorOf[m] !== k) continue;
            lo = Math.min(lo, o + this.off[m]!);
            hi = Math.max(hi, o + this.off[m]!);
          }
      }
      const want = lo === Infinity ? 0 : this.descent(k) - (lo + hi) / 2;
      let at = want;
      if (groupsLine < 0) groupsLine = pool.make(top, bottom);
      else {
        const need = pool.rightOf(groupsLine, acc);
        if (need > at) at = need;
      }
      pool.merge(groupsLine, acc, at);
      wanted.push(want);
      placed.push(at);
    }
    // Groups pushed apart are shifted back together so they stay centred under their couples on average.
    let back = 0;
    for (let g = 0; g < placed.length; g++) back += wanted[g]! - placed[g]!;
    back = placed.length ? back / placed.length : 0;

    // Outward from the unit itself: the right pieces left to right, then the left ones right to left.
    const { right, left } = this;
    right.length = left.length = 0;
    const centre = this.width[c]! / 2;
    for (let j = 0; j < pieceUnit.length; j++) {
      const d = pieceUnit[j]!;
      const x = placed[pieceGroup[j]!]! + back + pieceAt[j]!;
      if (d < 0) this.phantomX[c] = x;
      else {
        desired[d] = x;
        if (x + this.width[d]! / 2 >= centre) right.push(d);
        else left.push(d);
      }
    }
    left.reverse();
    let end = this.mem[me - 1]!;
    let at = this.width[c]!;
    for (let i = ks; i < ke; i++) {
      const d = order[i]!;
      if (up[d] !== 2) continue;
      const first = this.mem[this.memStart[d]!]!;
      at += sep(end, first);
      desired[d] = at;
      right.push(d);
      end = first;
    }
    const kinRight = right.length;
    const kinLeft = left.length;
    this.inLaws(right, 1, c);
    this.inLaws(left, -1, c);
    // The topmost ancestor: where the blocks of their children reach far into the ancestor's own row (the
    // families of partners who married in), the ancestor stands aside, away from the side pushed most, rather
    // than push those blocks (and with them the bulk of the map) further than ANCESTOR_REACH away.
    let aside = 0;
    if (yields) {
      const own = this.ownRow(c);
      const rightKin = pool.make(top, bottom);
      this.outward(rightKin, 0, kinRight, 0, 0);
      const leftKin = pool.make(top, bottom);
      this.outward(leftKin, 0, 0, 0, kinLeft);
      const pushRight = Math.max(0, pool.rightOf(own, rightKin));
      const pushLeft = Math.max(0, -pool.leftOf(own, leftKin));
      if (pushRight >= pushLeft) aside = -Math.max(0, pushRight - ANCESTOR_REACH);
      else aside = Math.max(0, pushLeft - ANCESTOR_REACH);
      pool.put(box, rowOf[c]!, aside, this.mem[ms]!, aside + this.width[c]!, this.mem[me - 1]!);
      // The in-laws' families stand by the partners who married in, wherever the ancestor now stands.
      for (let i = kinRight; i < right.length; i++) desired[right[i]!] = desired[right[i]!]! + aside;
      for (let i = kinLeft; i < left.length; i++) desired[left[i]!] = desired[left[i]!]! + aside;
    }
    this.outward(box, 0, kinRight, 0, kinLeft);
    this.outward(box, kinRight, right.length, kinLeft, left.length);
    if (aside !== 0) {
      // Back into the unit's own frame (its leftmost member at 0); positions() puts the unit at `aside`.
      const framed = pool.make(top, bottom);
      pool.merge(framed, box, -aside);
      box = framed;
      for (let i = ks; i < ke; i++) {
        const d = order[i]!;
        this.shift[d] = this.shift[d]! - aside;
      }
    }
    if (yields) this.aside = aside;
    outline[c] = box;
  }

  /** Merges pieces right[r0 … r1) left to right and left[l0 … l1) right to left into `box`, each where it
   * wants to be unless what the box holds already makes it move outward. */
  outward(box: number, r0: number, r1: number, l0: number, l1: number): void {
    const { pool, outline, desired, right, left } = this;
    for (let i = r0; i < r1; i++) {
      const d = right[i]!;
      const h = outline[d]!;
      const o = Math.max(desired[d]!, pool.rightOf(box, h));
      pool.merge(box, h, o);
      this.shift[d] = o;
    }
    for (let i = l0; i < l1; i++) {
      const d = left[i]!;
      const h = outline[d]!;
      const o = Math.min(desired[d]!, pool.leftOf(box, h));
      pool.merge(box, h, o);
      this.shift[d] = o;
    }
  }

  /** A new outline of unit d's own members only (its row, nothing that hangs from it). */
  ownRow(d: number): number {
    const row = this.generations!.rowOf[d]!;
    const h = this.pool.make(row, row);
    this.pool.put(
      h,
      row,
      0,
      this.mem[this.memStart[d]!]!,
      this.width[d]!,
      this.mem[this.memStart[d + 1]! - 1]!,
    );
    return h;
  }

  /** Appends to `list` the families of unit c's partners who married in on side `sideWanted` (1 right, −1
   * left), outward in the order of those partners in the unit. */
  inLaws(list: number[], sideWanted: number, c: number): void {
    const { order, up, via, desired, tail } = this;
    const ms = this.memStart[c]!;
    const me = this.memStart[c + 1]!;
    tail.length = 0;
    for (let i = this.kidStart[c]!; i < this.kidEnd[c]!; i++) {
      const d = order[i]!;
      if (up[d] !== 1 || (this.side[d]! > 0 ? 1 : -1) !== sideWanted) continue;
      const m = via[d]!;
      desired[d] = this.off[m]! - this.phantomX[d]!;
      let index = 0;
      for (let j = ms; j < me; j++) if (this.mem[j] === m) index = j - ms;
      this.keyOf[d] = index;
      tail.push(d);
    }
    sortBy(tail, (d) => this.keyOf[d]!, sideWanted < 0);
    for (let i = 0; i < tail.length; i++) list.push(tail[i]!);
  }

  /** The parts of each run side by side (on a grid, so a part that grows a little does not push the parts
   * after it), then every unit's members from the offsets down the tree. */
  positions(step: number): Float64Array {
    const { pool, outline, run, roots } = this;
    const C = this.width.length;
    const origin = new Float64Array(C);
    for (let part = 0; part < 3; part++) {
      let top = Infinity;
      let bottom = -Infinity;
      for (const c of roots) {
        if (run[c] !== part) continue;
        const h = outline[c]!;
        top = Math.min(top, pool.top[h]!);
        bottom = Math.max(bottom, pool.top[h]! + pool.len[h]! - 1);
      }
      if (top === Infinity) continue;
      const acc = pool.make(top, bottom);
      let first = true;
      for (const c of roots) {
        if (run[c] !== part) continue;
        let o = c === roots[0] ? this.aside : 0;
        if (!first) {
          const need = pool.rightOf(acc, outline[c]!);
          o = need === -Infinity ? 0 : Math.ceil(need / step) * step;
        }
        first = false;
        pool.merge(acc, outline[c]!, o);
        origin[c] = o;
      }
    }
    for (let i = 0; i < this.orderLength; i++) {
      const c = this.order[i]!;
      if (this.parent[c]! >= 0) origin[c] = origin[this.parent[c]!]! + this.shift[c]!;
    }
    const x = new Float64Array(this.off.length);
    for (let c = 0; c < C; c++)
      for (let i = this.memStart[c]!; i < this.memStart[c + 1]!; i++)
        x[this.mem[i]!] = origin[c]! + this.off[this.mem[i]!]!;
    return x;
  }
}

const PLACER = new BlockPlacer();
