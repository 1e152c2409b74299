/**
 * The outline of a large map (a genealogy of thousands): listing every person at once puts ten thousand
 * elements in the page before anyone asks for them, and a screen reader user has to get past a list of
 * thousands to reach what follows. Then each family generation and household is a disclosure (a heading
 * with a button, `aria-expanded`): a closed group says how many it holds and lists them when opened. At
 * first the groups nearest the focus person's generation are open, as long as what they list together stays
 * within OPEN_ITEMS; a smaller outline lists everything, as before.
 */
import type { OutlineGroup, OutlineModel } from './outline-model.js';

/** Outlines listing more persons and household members than this open with groups closed. */
export const OPEN_ITEMS = 150;

/** A group's key: its generation (`g:-2`, `g:none` for the unconnected) or its household's place (`h:0`). */
export const familyKey = (group: OutlineGroup): string => `g:${group.generation ?? 'none'}`;
export const householdKey = (index: number): string => `h:${index}`;

/** Whether the outline is long enough for its groups to open and close. */
export function collapsible(model: OutlineModel): boolean {
  let items = 0;
  for (const group of model.generations) items += group.items.length;
  for (const group of model.households) items += group.items.length;
  return items > OPEN_ITEMS;
}

/**
 * The keys of the groups open at first: family generations by their distance from the focus person's
 * (then the unconnected), then the households, while the items listed stay within OPEN_ITEMS.
 */
export function openAtFirst(model: OutlineModel): Set<string> {
  const groups = [
    ...model.generations.map((g) => ({
      key: familyKey(g),
      size: g.items.length,
      distance: g.generation === undefined ? Infinity : Math.abs(g.generation),
    })),
    ...model.households.map((h, i) => ({ key: householdKey(i), size: h.items.length, distance: Infinity })),
  ];
  // A stable sort: among equal distances the older generation (listed first) comes first.
  groups.sort((a, b) => a.distance - b.distance);
  const open = new Set<string>();
  let listed = 0;
  for (const group of groups) {
    if (listed + group.size > OPEN_ITEMS) break;
    listed += group.size;
    open.add(group.key);
  }
  return open;
}

/** A selection larger than this (select all) opens no group: the outline would list the whole map again. */
export const OPEN_FOR_SELECTION = 10;

/**
 * Groups listing more than this do not open for a selection (the unconnected of a 5,000-person genealogy: a
 * tap would put thousands of buttons in the page); the user still opens them.
 */
export const OPEN_FOR_SELECTION_ITEMS = 1000;

/**
 * The keys of the groups (family generations and households) that list one of `selection`'s ids, so the
 * outline can show what is selected on the drawing; none for a selection over OPEN_FOR_SELECTION ids, and
 * no group listing over OPEN_FOR_SELECTION_ITEMS.
 */
export function groupsHolding(model: OutlineModel, selection: readonly string[]): string[] {
  if (selection.length === 0 || selection.length > OPEN_FOR_SELECTION) return [];
  const wanted = new Set(selection);
  const holds = (group: OutlineGroup) =>
    group.items.length <= OPEN_FOR_SELECTION_ITEMS &&
    group.items.some((item) => item.ids.some((id) => wanted.has(id)));
  return [
    ...model.generations.filter(holds).map(familyKey),
    ...model.households.flatMap((h, i) => (holds(h) ? [householdKey(i)] : [])),
  ];
}
