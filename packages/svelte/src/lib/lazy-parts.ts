/**
 * The editor's lazily loaded parts (lazy-part.svelte.ts). The side panels' other tabs (plan, insight,
 * snapshots) and insight's map legend are loaded where they are shown, with `{#await import(…)}`.
 */
import { lazyPart } from './lazy-part.svelte.js';

export const INSPECTOR = lazyPart(() => import('./inspector/Inspector.svelte'));
export const LEGEND = lazyPart(() => import('./panels/Legend.svelte'));
export const OUTLINE = lazyPart(() => import('./panels/Outline.svelte'));
export const CONTEXT_MENU = lazyPart(() => import('./menu/ContextMenu.svelte'));
export const HELP = lazyPart(() => import('./toolbar/HelpPopover.svelte'));
export const DOCUMENT_ERROR = lazyPart(() => import('./element/DocumentError.svelte'));

/** Starts loading every part (after the first picture), so that they are there before they are asked for. */
export function preloadParts(): Promise<unknown> {
  return Promise.all([INSPECTOR, LEGEND, OUTLINE, CONTEXT_MENU, HELP, DOCUMENT_ERROR].map((p) => p.load()));
}
