/** Dutch messages of the renderers; must have every key of render.en.ts. */
import type { renderEn } from './render.en.js';

export const renderNl: Record<keyof typeof renderEn, string> = {};
