/**
 * Sibling bars of child groups in one row that overlap horizontally would read as one family: each group
 * gets its own track (height) by greedy interval colouring, lowest track first.
 */
export interface Span {
  key: number;
  left: number;
  right: number;
}

/** Track number per span key, and the number of tracks used. */
export function assignTracks(spans: Span[], gap = 6): { track: Map<number, number>; count: number } {
  const sorted = [...spans].sort((a, b) => a.left - b.left || a.right - b.right || a.key - b.key);
  const ends: number[] = [];
  const track = new Map<number, number>();
  for (let i = 0; i < sorted.length; i++) {
    const s = sorted[i]!;
    let t = -1;
    for (let j = 0; j < ends.length && t < 0; j++) if (ends[j]! + gap <= s.left) t = j;
    if (t < 0) {
      t = ends.length;
      ends.push(s.right);
    } else ends[t] = s.right;
    track.set(s.key, t);
  }
  return { track, count: ends.length };
}
