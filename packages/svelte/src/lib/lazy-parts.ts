/**
 * The editor's lazily loaded parts (lazy-part.svelte.ts). The side panels' other tabs (plan, insight,
 * snapshots) and insight's map legend are loaded where they are shown, with `{#await import(…)}`.
 */
import type Inspector from './inspector/Inspector.svelte';
import { type LazyPart, lazyPart } from './lazy-part.svelte.js';
import type Legend from './panels/Legend.svelte';
import type Outline from './panels/Outline.svelte';

// Annotated: the inferred types name each component's own (unexported) `Props`, which a declaration file
// cannot name, so svelte-package would ship no lazy-parts.d.ts (the build fails on that now).
export const INSPECTOR: LazyPart<typeof Inspector> = lazyPart(() => import('./inspector/Inspector.svelte'));
export const LEGEND: LazyPart<typeof Legend> = lazyPart(() => import('./panels/Legend.svelte'));
export const OUTLINE: LazyPart<typeof Outline> = lazyPart(() => import('./panels/Outline.svelte'));
export const CONTEXT_MENU = lazyPart(() => import('./menu/ContextMenu.svelte'));
export const HELP = lazyPart(() => import('./toolbar/HelpPopover.svelte'));
export const DOCUMENT_ERROR = lazyPart(() => import('./element/DocumentError.svelte'));

/** Starts loading every part (after the first picture), so that they are there before they are asked for. */
export function preloadParts(): Promise<unknown> {
  return Promise.all([INSPECTOR, LEGEND, OUTLINE, CONTEXT_MENU, HELP, DOCUMENT_ERROR].map((p) => p.load()));
}
