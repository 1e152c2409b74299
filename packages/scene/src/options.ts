import type { KringDocument, Locale } from '@kring/core';
import type { Scene } from './types.js';

/** What every renderer (document → scene) accepts. */
export interface RenderOptions {
  locale: Locale;
  /** Show initials instead of names (for sharing a map outside the case file). */
  pseudonymise?: boolean;
}

/** A view's layout function: pure and deterministic (same document and options → same scene). */
export type Renderer = (document: KringDocument, options: RenderOptions) => Scene;
