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
  for (let k = 0; k < family.unions.length; k++) {
    const u = family.unions[k]!;
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

  // Cluster graph: parent cluster → child cluster, over every parent-child link (each edge once, in the
  // order first met), as flat lists: down[c] = downData[downStart[c] .. downStart[c + 1]), up likewise. Index
  // loops over typed arrays: the first layout of a process runs this in V8's interpreter (issue 16).
  const edgeFrom: number[] = [];
  const edgeTo: number[] = [];
  const seen = new Set<number>();
  const downStart = new Int32Array(clusterCount + 1);
  const upStart = new Int32Array(clusterCount + 1);
  const addEdge = (p: number, c: number) => {
    const cp = clusterOf[p]!;
    const cc = clusterOf[c]!;
    if (cp === cc) return;
    const key = cp * clusterCount + cc;
    if (seen.has(key)) return;
    seen.add(key);
    edgeFrom.push(cp);
    edgeTo.push(cc);
    downStart[cp + 1]!++;
    upStart[cc + 1]!++;
  };
  const { anchorOf, unions, extraLinks } = family;
  for (let c = 0; c < n; c++) {
    const a = anchorOf[c]!;
    if (a < 0) continue;
    const u = unions[a]!;
    addEdge(u.a, c);
    if (u.b >= 0) addEdge(u.b, c);
  }
  for (let i = 0; i < extraLinks.length; i++) addEdge(extraLinks[i]!.parent, extraLinks[i]!.child);
  for (let c = 0; c < clusterCount; c++) {
    downStart[c + 1] = downStart[c + 1]! + downStart[c]!;
    upStart[c + 1] = upStart[c + 1]! + upStart[c]!;
  }
  const downData = new Int32Array(edgeFrom.length);
  const upData = new Int32Array(edgeFrom.length);
  const downAt = downStart.slice();
  const upAt = upStart.slice();
  for (let e = 0; e < edgeFrom.length; e++) {
    downData[downAt[edgeFrom[e]!]!++] = edgeTo[e]!;
    upData[upAt[edgeTo[e]!]!++] = edgeFrom[e]!;
  }

  // Relative generations by breadth-first walks, the focus's component first.
  const level = new Int32Array(clusterCount);
  const visited = new Uint8Array(clusterCount);
  const queue = new Int32Array(clusterCount);
  for (let from = -1; from < clusterCount; from++) {
    const s = from < 0 ? (clusterOf[family.focus] ?? 0) : from;
    if (s >= clusterCount || visited[s]) continue;
    visited[s] = 1;
    level[s] = 0;
    let head = 0;
    let tail = 0;
    queue[tail++] = s;
    while (head < tail) {
      const c = queue[head++]!;
      for (let i = downStart[c]!; i < downStart[c + 1]!; i++) {
        const d = downData[i]!;
        if (!visited[d]) {
          visited[d] = 1;
          level[d] = level[c]! + 1;
          queue[tail++] = d;
        }
      }
      for (let i = upStart[c]!; i < upStart[c + 1]!; i++) {
        const p = upData[i]!;
        if (!visited[p]) {
          visited[p] = 1;
          level[p] = level[c]! - 1;
          queue[tail++] = p;
        }
      }
    }
  }

  // Topological order (Kahn); clusters on a cycle keep their walk level.
  const indegree = new Int32Array(clusterCount);
  for (let c = 0; c < clusterCount; c++) indegree[c] = upStart[c + 1]! - upStart[c]!;
  const topo = new Int32Array(clusterCount);
  let sorted = 0;
  for (let c = 0; c < clusterCount; c++) if (indegree[c] === 0) topo[sorted++] = c;
  for (let i = 0; i < sorted; i++) {
    const c = topo[i]!;
    for (let j = downStart[c]!; j < downStart[c + 1]!; j++)
      if (--indegree[downData[j]!]! === 0) topo[sorted++] = downData[j]!;
  }
  for (let i = 0; i < sorted; i++) {
    const c = topo[i]!;
    for (let j = downStart[c]!; j < downStart[c + 1]!; j++) {
      const d = downData[j]!;
      if (level[d]! < level[c]! + 1) level[d] = level[c]! + 1;
    }
  }
  // Couples without parents in the map sit right above their highest child.
  for (let i = sorted - 1; i >= 0; i--) {
    const c = topo[i]!;
    if (upStart[c + 1]! > upStart[c]! || downStart[c + 1] === downStart[c]) continue;
    let min = Infinity;
    for (let j = downStart[c]!; j < downStart[c + 1]!; j++) min = Math.min(min, level[downData[j]!]!);
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
      upStart[c + 1] === upStart[c] &&
      downStart[c + 1] === downStart[c] &&
      family.unionsOf[p]!.length === 0
    );
  };
  for (let p = 0; p < n; p++) {
    const h = family.householdOf[p]!;
    if (h < 0 || loosePet(p)) continue;
    youngest.set(h, Math.max(youngest.get(h) ?? -1, rowOf[clusterOf[p]!]!));
  }
  for (let p = 0; p < n && youngest.size > 0; p++) {
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
