import type { KringDocument, Locale } from '@kring/core';
import type { Scene } from './types.js';

/** What every renderer (document → scene) accepts. */
export interface RenderOptions {
  /** Language of every string the renderer writes (legend, description, unknown-name placeholders). */
  locale: Locale;
  /**
   * Pseudonymised output (for sharing a map outside the case file): initials instead of names, and no title,
   * notes, places, household labels, occupations or calendar years (ages stay). See privacy.ts.
   */
  pseudonymise?: boolean;
  /** Hide health data: condition labels become neutral ("kenmerk 1", "trait 1", …). */
  hideHealth?: boolean;
}

/** A view's layout function: pure and deterministic (same document and options → same scene). */
export type Renderer = (document: KringDocument, options: RenderOptions) => Scene;
