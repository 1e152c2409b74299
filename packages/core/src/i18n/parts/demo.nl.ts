/** Dutch messages of the demo site; must have every key of demo.en.ts. */
import type { demoEn } from './demo.en.js';

export const demoNl: Record<keyof typeof demoEn, string> = {};
