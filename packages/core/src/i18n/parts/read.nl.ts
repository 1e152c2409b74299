/** Dutch messages of the reader; must have every key of read.en.ts. */
import type { readEn } from './read.en.js';

export const readNl: Record<keyof typeof readEn, string> = {};
