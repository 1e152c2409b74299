import { describe, expect, it } from 'vitest';
import type { OutlineGroup, OutlineModel } from './outline-model.js';
import {
  collapsible,
  groupsHolding,
  OPEN_FOR_SELECTION,
  OPEN_FOR_SELECTION_ITEMS,
  openAtFirst,
  OPEN_ITEMS,
} from './outline-open.js';

const group = (generation: number | undefined, size: number): OutlineGroup => ({
  heading: `g${generation}`,
  items: Array.from({ length: size }, (_, i) => ({ ids: [`p${generation}-${i}`], text: `P${i}` })),
  ...(generation === undefined ? {} : { generation }),
});
const model = (generations: OutlineGroup[], households: OutlineGroup[] = []): OutlineModel => ({
  focus: undefined,
  generations,
  households,
  network: [],
  organisations: [],
  emotional: [],
});

describe('the outline of a large map', () => {
  it('groups open and close only beyond OPEN_ITEMS persons and household members', () => {
    expect(collapsible(model([group(0, OPEN_ITEMS - 10)], [group(undefined, 10)]))).toBe(false);
    expect(collapsible(model([group(0, OPEN_ITEMS - 10)], [group(undefined, 11)]))).toBe(true);
  });

  it('opens the generations nearest the focus person first, within OPEN_ITEMS', () => {
    const m = model(
      [
        group(-3, 40),
        group(-2, 40),
        group(-1, 40),
        group(0, 40),
        group(1, 40),
        group(2, 40),
        group(undefined, 5),
      ],
      [group(undefined, 3)],
    );
    // 0, then -1 and +1, then -2 (older first among equals): 160 would pass 150.
    expect([...openAtFirst(m)]).toEqual(['g:0', 'g:-1', 'g:1']);
  });

  it('a focus generation larger than OPEN_ITEMS stays closed, and so does everything after it', () => {
    expect([...openAtFirst(model([group(-1, 3), group(0, OPEN_ITEMS + 1)]))]).toEqual([]);
  });
});

describe('the groups holding the selection', () => {
  const m = model([group(-1, 3), group(0, 9), group(undefined, 2)], [group(undefined, 2)]);
  it('are the generations and households that list a selected id', () => {
    expect(groupsHolding(m, ['p0-1'])).toEqual(['g:0']);
    expect(groupsHolding(m, ['p-1-2', 'pundefined-1'])).toEqual(['g:-1', 'g:none', 'h:0']);
    expect(groupsHolding(m, ['nobody'])).toEqual([]);
  });
  it('are none for no selection or one over OPEN_FOR_SELECTION ids (select all)', () => {
    expect(groupsHolding(m, [])).toEqual([]);
    const all = m.generations.flatMap((g) => g.items.flatMap((item) => item.ids));
    expect(all.length).toBeGreaterThan(OPEN_FOR_SELECTION);
    expect(groupsHolding(m, all)).toEqual([]);
  });
  it('leave a group listing over OPEN_FOR_SELECTION_ITEMS closed', () => {
    const large = model([group(0, OPEN_FOR_SELECTION_ITEMS + 1), group(1, OPEN_FOR_SELECTION_ITEMS)]);
    expect(groupsHolding(large, ['p0-0', 'p1-0'])).toEqual(['g:1']);
  });
});
