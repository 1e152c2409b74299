/** Dutch messages of the editor's side panels; must have every key of inspector.en.ts. */
import type { inspectorEn } from './inspector.en.js';

export const inspectorNl: Record<keyof typeof inspectorEn, string> = {};
