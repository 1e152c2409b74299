/**
 * Pass 1 — generations. Partners are merged into partner clusters (they share a row); every cluster gets a
 * row so that children sit below all their parents. Rows start from a breadth-first walk from the focus
 * (relative generations), then a topological pass pushes children down where needed and pulls parentless
 * couples (people who married in) down next to their children's row. A significant other takes the row of the
 * person whose emotional line brought them in.
 */
import type { Family } from '../model/family.js';

export interface Generations {
  /** Cluster number of each person. */
  clusterOf: Int32Array;
  clusterCount: number;
  /** Row of each cluster, 0 = top. */
  rowOf: Int32Array;
  rowCount: number;
  /** Pets with no family links of their own, placed in their household's youngest row (ordering puts them
   * right after its members). */
  pets: number[];
}

function find(parent: Int32Array, x: number): number {
  while (parent[x] !== x) {
    parent[x] = parent[parent[x]!]!;
    x = parent[x]!;
  }
  return x;
}

export function assignGenerations(family: Family): Generations {
  const n = family.persons.length;
  const parent = new Int32Array(n);
  for (let i = 0; i < n; i++) parent[i] = i;
  for (const u of family.unions) {
    if (u.b < 0) continue;
    const ra = find(parent, u.a);
    const rb = find(parent, u.b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
  const clusterOf = new Int32Array(n);
  const rootCluster = new Int32Array(n).fill(-1);
  let clusterCount = 0;
  for (let i = 0; i < n; i++) {
    const r = find(parent, i);
    if (rootCluster[r] === -1) rootCluster[r] = clusterCount++;
    clusterOf[i] = rootCluster[r]!;
  }

  // Cluster graph: parent cluster → child cluster, over every parent-child link.
  const down: number[][] = Array.from({ length: clusterCount }, () => []);
  const up: number[][] = Array.from({ length: clusterCount }, () => []);
  const seen = new Set<number>();
  const addEdge = (p: number, c: number) => {
    const cp = clusterOf[p]!;
    const cc = clusterOf[c]!;
    if (cp === cc) return;
    const key = cp * clusterCount + cc;
    if (seen.has(key)) return;
    seen.add(key);
    down[cp]!.push(cc);
    up[cc]!.push(cp);
  };
  for (let c = 0; c < n; c++) {
    const a = family.anchorOf[c]!;
    if (a < 0) continue;
    const u = family.unions[a]!;
    addEdge(u.a, c);
    if (u.b >= 0) addEdge(u.b, c);
  }
  for (const e of family.extraLinks) addEdge(e.parent, e.child);

  // Relative generations by breadth-first walks, the focus's component first.
  const level = new Int32Array(clusterCount);
  const visited = new Uint8Array(clusterCount);
  const queue = new Int32Array(clusterCount);
  const starts = [clusterOf[family.focus] ?? 0];
  for (let c = 0; c < clusterCount; c++) starts.push(c);
  for (const s of starts) {
    if (s >= clusterCount || visited[s]) continue;
    visited[s] = 1;
    level[s] = 0;
    let head = 0;
    let tail = 0;
    queue[tail++] = s;
    while (head < tail) {
      const c = queue[head++]!;
      for (const d of down[c]!)
        if (!visited[d]) {
          visited[d] = 1;
          level[d] = level[c]! + 1;
          queue[tail++] = d;
        }
      for (const p of up[c]!)
        if (!visited[p]) {
          visited[p] = 1;
          level[p] = level[c]! - 1;
          queue[tail++] = p;
        }
    }
  }

  // Topological order (Kahn); clusters on a cycle keep their walk level.
  const indegree = new Int32Array(clusterCount);
  for (let c = 0; c < clusterCount; c++) indegree[c] = up[c]!.length;
  const topo: number[] = [];
  for (let c = 0; c < clusterCount; c++) if (indegree[c] === 0) topo.push(c);
  for (let i = 0; i < topo.length; i++) {
    const c = topo[i]!;
    for (const d of down[c]!) if (--indegree[d]! === 0) topo.push(d);
  }
  for (const c of topo) for (const d of down[c]!) if (level[d]! < level[c]! + 1) level[d] = level[c]! + 1;
  // Couples without parents in the map sit right above their highest child.
  for (let i = topo.length - 1; i >= 0; i--) {
    const c = topo[i]!;
    if (up[c]!.length > 0 || down[c]!.length === 0) continue;
    let min = Infinity;
    for (const d of down[c]!) min = Math.min(min, level[d]!);
    level[c] = min - 1;
  }

  let minLevel = Infinity;
  let maxLevel = -Infinity;
  const significant = new Uint8Array(clusterCount);
  for (let p = 0; p < n; p++) if (family.significantOf[p]! >= 0) significant[clusterOf[p]!] = 1;
  for (let c = 0; c < clusterCount; c++) {
    if (significant[c]) continue;
    minLevel = Math.min(minLevel, level[c]!);
    maxLevel = Math.max(maxLevel, level[c]!);
  }
  const rowOf = new Int32Array(clusterCount);
  for (let c = 0; c < clusterCount; c++) rowOf[c] = level[c]! - minLevel;

  // A pet without family links sits in the row of its household's youngest generation.
  const pets: number[] = [];
  const youngest = new Map<number, number>();
  const loosePet = (p: number) => {
    const c = clusterOf[p]!;
    return (
      family.persons[p]!.pet === true &&
      up[c]!.length === 0 &&
      down[c]!.length === 0 &&
      family.unionsOf[p]!.length === 0
    );
  };
  for (let p = 0; p < n; p++) {
    const h = family.householdOf[p]!;
    if (h < 0 || loosePet(p)) continue;
    youngest.set(h, Math.max(youngest.get(h) ?? -1, rowOf[clusterOf[p]!]!));
  }
  for (let p = 0; p < n; p++) {
    const row = youngest.get(family.householdOf[p]!);
    if (row === undefined || !loosePet(p)) continue;
    rowOf[clusterOf[p]!] = row;
    pets.push(p);
  }
  for (let p = 0; p < n; p++) {
    const to = family.significantOf[p]!;
    if (to >= 0) rowOf[clusterOf[p]!] = rowOf[clusterOf[to]!]!;
  }
  return { clusterOf, clusterCount, rowOf, rowCount: clusterCount === 0 ? 0 : maxLevel - minLevel + 1, pets };
}
