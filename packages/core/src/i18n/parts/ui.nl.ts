/** Dutch messages of the editor; must have every key of ui.en.ts. */
import type { uiEn } from './ui.en.js';

export const uiNl: Record<keyof typeof uiEn, string> = {};
