/**
 * Loads the chunks KringEditor.svelte imports with `{#await import(…)}` where they are first shown (the
 * plan, insight and snapshots tabs, insight's map legend, the snapshot stage, the erase dialog): for
 * `preloadEditor()`, after which opening any of them fetches nothing. The paths are the same literals, so
 * they are the same chunks. A module of its own, loaded by preloadEditor(): its imports cost the first load
 * nothing.
 */
export function preloadTabs(): Promise<unknown> {
  return Promise.all([
    import('./panels/PlanPanel.svelte'),
    import('./panels/insight/InsightPanel.svelte'),
    import('./panels/insight/MapLegend.svelte'),
    import('./panels/snapshots/SnapshotsPanel.svelte'),
    import('./panels/snapshots/SnapshotStage.svelte'),
    import('./menu/EraseDialog.svelte'),
  ]);
}
