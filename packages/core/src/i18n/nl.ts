/** The Dutch message catalogue. Must have every key of en.ts (the type enforces it). */
import type { MessageKey } from './en.js';
import { enumsNl } from './parts/enums.nl.js';

export const nl: Record<MessageKey, string> = {
  ...enumsNl,
};
