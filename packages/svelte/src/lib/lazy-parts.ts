/**
 * The editor's lazily loaded parts (lazy-part.svelte.ts): loaded after the first picture (the Details tab's
 * three, the context menu, the keyboard help, the error panel: preloadParts()) or when first opened (the
 * plan, insight and snapshots tabs, insight's map legend, the snapshot stage, the erase dialog:
 * preloadTabs() loads them ahead, for preloadEditor()).
 */
import type Inspector from './inspector/Inspector.svelte';
import { type LazyPart, lazyPart } from './lazy-part.svelte.js';
import type EraseDialog from './menu/EraseDialog.svelte';
import type Legend from './panels/Legend.svelte';
import type Outline from './panels/Outline.svelte';
import type PlanPanel from './panels/PlanPanel.svelte';
import type InsightPanel from './panels/insight/InsightPanel.svelte';
import type MapLegend from './panels/insight/MapLegend.svelte';
import type SnapshotStage from './panels/snapshots/SnapshotStage.svelte';
import type SnapshotsPanel from './panels/snapshots/SnapshotsPanel.svelte';

// Annotated: the inferred types name each component's own (unexported) `Props`, which a declaration file
// cannot name, so svelte-package would ship no lazy-parts.d.ts (the build fails on that now).
export const INSPECTOR: LazyPart<typeof Inspector> = lazyPart(() => import('./inspector/Inspector.svelte'));
export const LEGEND: LazyPart<typeof Legend> = lazyPart(() => import('./panels/Legend.svelte'));
export const OUTLINE: LazyPart<typeof Outline> = lazyPart(() => import('./panels/Outline.svelte'));
export const CONTEXT_MENU = lazyPart(() => import('./menu/ContextMenu.svelte'));
export const HELP = lazyPart(() => import('./toolbar/HelpPopover.svelte'));
export const DOCUMENT_ERROR = lazyPart(() => import('./element/DocumentError.svelte'));
export const PLAN: LazyPart<typeof PlanPanel> = lazyPart(() => import('./panels/PlanPanel.svelte'));
export const INSIGHT: LazyPart<typeof InsightPanel> = lazyPart(
  () => import('./panels/insight/InsightPanel.svelte'),
);
export const MAP_LEGEND: LazyPart<typeof MapLegend> = lazyPart(
  () => import('./panels/insight/MapLegend.svelte'),
);
export const SNAPSHOTS: LazyPart<typeof SnapshotsPanel> = lazyPart(
  () => import('./panels/snapshots/SnapshotsPanel.svelte'),
);
export const SNAPSHOT_STAGE: LazyPart<typeof SnapshotStage> = lazyPart(
  () => import('./panels/snapshots/SnapshotStage.svelte'),
);
export const ERASE_DIALOG: LazyPart<typeof EraseDialog> = lazyPart(() => import('./menu/EraseDialog.svelte'));

/** The parts loaded right after the editor starts, so that they are there before they are asked for. */
const FIRST_PARTS: readonly LazyPart<unknown>[] = [
  INSPECTOR,
  LEGEND,
  OUTLINE,
  CONTEXT_MENU,
  HELP,
  DOCUMENT_ERROR,
];
/** The parts loaded when first opened. */
const TAB_PARTS: readonly LazyPart<unknown>[] = [
  PLAN,
  INSIGHT,
  MAP_LEGEND,
  SNAPSHOTS,
  SNAPSHOT_STAGE,
  ERASE_DIALOG,
];

/** Starts loading every part the editor shows early (after the first picture). */
export function preloadParts(): Promise<unknown> {
  return Promise.all(FIRST_PARTS.map((p) => p.load()));
}

/** Loads the parts the editor loads when first opened: for `preloadEditor()`, after which opening any fetches nothing. */
export function preloadTabs(): Promise<unknown> {
  return Promise.all(TAB_PARTS.map((p) => p.load()));
}

/** Loads again every part whose load failed (the editor's "try again", PartFailed.svelte). */
export function retryFailedParts(): void {
  for (const part of [...FIRST_PARTS, ...TAB_PARTS]) if (part.failed) part.load().catch(() => {});
}
