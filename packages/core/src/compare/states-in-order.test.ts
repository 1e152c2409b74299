import { describe, expect, it } from 'vitest';
import type { KringDocument } from '../model/types.js';
import { emptyDocument } from '../queries/test-support/family.js';
import { networkStateOf } from './network-state.js';
import { statesInOrder } from './states-in-order.js';

function withSnapshots(dates: [string, string][]): KringDocument {
  const doc = emptyDocument({ focus: 'f', persons: [{ id: 'f', name: 'Sam', gender: 'man' }] });
  const state = networkStateOf(doc);
  return {
    ...doc,
    layouts: { genogram: { nodes: { f: { x: 10, y: 20 } } } } as KringDocument['layouts'],
    snapshots: dates.map(([id, date]) => ({ id, label: id.toUpperCase(), date, state })),
  };
}

describe('statesInOrder', () => {
  it('orders snapshots by date, partial dates at the start of their period, then now', () => {
    const doc = withSnapshots([
      ['c', '2025-06-01'],
      ['a', '~2024'],
      ['b', '2025-06'],
      ['d', '2025-06-01'],
    ]);
    expect(statesInOrder(doc).map((s) => s.ref)).toEqual(['a', 'b', 'c', 'd', 'now']);
  });

  it('keeps the order taken for equal dates and draws every state without layouts or snapshots', () => {
    const doc = withSnapshots([
      ['y', '2025-01-01'],
      ['x', '2025-01-01'],
    ]);
    const states = statesInOrder(doc);
    expect(states.map((s) => s.ref)).toEqual(['y', 'x', 'now']);
    for (const state of states) {
      expect(state.document.layouts).toEqual({});
      expect(state.document.snapshots).toEqual([]);
    }
    expect(states[0]!.snapshot).toBe(doc.snapshots[0]);
    expect(states[2]!.snapshot).toBeNull();
    expect(states[2]!.document.persons).toBe(doc.persons);
  });

  it('is only now without snapshots', () => {
    expect(statesInOrder(withSnapshots([])).map((s) => s.ref)).toEqual(['now']);
  });
});
